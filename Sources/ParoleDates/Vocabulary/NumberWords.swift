import ParoleCore
import ParoleText

/// French number words, cardinal and ordinal, as written by ICU's spell-out rules.
///
/// The table is built once from ``Spellout`` (0 to 100 and the hundreds, with
/// `une` for `un`), so that `quarante-cinq`, `vingt et un` and
/// `quatre-vingt-dix-huit` are read without a hand-typed list; larger numbers
/// are composed from it (`deux cent cinquante`, `trois mille`). Words are compared in a hyphenated form, so that
/// the traditional (`vingt et un`) and the 1990 (`vingt-et-un`) spellings match.
struct NumberWords: Sendable {
    private let cardinals: [String: Int]
    private let ordinals: [String: Int]
    /// Every hyphen-separated piece of a number word (`quarante`, `cinq`, `et`).
    private let pieces: Set<String>
    /// A quick test that rejects most words that are not number words.
    private let filter: HeadFilter

    /// Builds the tables with ICU's spell-out rules for French in France, and in
    /// Belgium and Switzerland (`septante`, `nonante`, `huitante`) when ICU has them.
    init(locales: [String] = ["fr", "fr_BE", "fr_CH"]) throws {
        var spellouts: [Spellout] = []
        for locale in locales {
            if let spellout = try? Spellout(locale: locale) { spellouts.append(spellout) }
        }
        if spellouts.isEmpty { spellouts.append(try Spellout(locale: "fr")) }
        var cardinals: [String: Int] = [:]
        for spellout in spellouts {
            for value in Array(0...100) + Array(stride(from: 200, through: 900, by: 100)) {
                NumberWords.add(try spellout.words(for: value), value, to: &cardinals)
            }
        }
        var ordinals: [String: Int] = [
            "premier": 1, "première": 1, "premiers": 1, "premières": 1,
            "second": 2, "seconde": 2,
        ]
        for (word, value) in cardinals where (1...100).contains(value) {
            if let ordinal = NumberWords.ordinal(of: word) { ordinals[ordinal] = value }
        }
        self.cardinals = cardinals
        self.ordinals = ordinals
        self.pieces = Set(cardinals.keys.flatMap { $0.split(separator: "-").map(String.init) } + ["mille"])
        self.filter = HeadFilter(Array(cardinals.keys) + Array(pieces))
    }

    /// Adds ICU's spelling of `value` to `cardinals`, with `une` for `un` and
    /// both spellings of 80 and the hundreds (`quatre-vingts`, `quatre-vingt`).
    private static func add(_ words: String, _ value: Int, to cardinals: inout [String: Int]) {
        let key = NumberWords.hyphenated(words)
        if cardinals[key] == nil { cardinals[key] = value }
        if key == "un" || key.hasSuffix("-un") { cardinals[key + "e"] = value }
        if key.hasSuffix("vingts") || key.hasSuffix("cents") { cardinals[String(key.dropLast())] = value }
    }

    /// Whether `word` (a token's norm) can be part of a number in words.
    func isPiece(_ word: String) -> Bool {
        guard !word.isEmpty, filter.mayContain(word) else { return false }
        if pieces.contains(word) || cardinals[word] != nil { return true }
        guard word.utf8.contains(0x2D) else { return false }  // (a byte scan, not Foundation's search)
        return word.split(separator: "-").allSatisfy { pieces.contains(String($0)) }
    }

    /// The value of the cardinal written by `words` (token norms), such as
    /// `["vingt", "et", "un"]`, `["deux", "cent", "cinquante"]` or `["deux", "mille"]`.
    func cardinal(_ words: [String]) -> Int? {
        let joined = words.joined(separator: "-")
        if let value = cardinals[joined] { return value }
        return compose(joined.split(separator: "-").map(String.init))
    }

    /// The value of hyphen-separated pieces beyond the table: thousands and hundreds.
    private func compose(_ parts: [String]) -> Int? {
        guard !parts.isEmpty else { return 0 }
        for (word, unit) in [("mille", 1000), ("cent", 100)] {
            guard let index = parts.firstIndex(where: { $0 == word || $0 == word + "s" }) else { continue }
            let head = Array(parts[..<index])
            let tail = Array(parts[(index + 1)...])
            let multiplier = head.isEmpty ? 1 : cardinals[head.joined(separator: "-")] ?? compose(head)
            guard let multiplier, multiplier > 0, multiplier < unit || unit == 1000 else { return nil }
            let rest = tail.isEmpty ? 0 : cardinals[tail.joined(separator: "-")] ?? compose(tail)
            guard let rest, rest < unit else { return nil }
            return multiplier * unit + rest
        }
        return nil
    }

    /// The value of the ordinal word `word` (`deuxième` → 2, `premier` → 1).
    func ordinal(_ word: String) -> Int? { ordinals[word] }

    /// The ordinal of a cardinal word: `quatre` → `quatrième`, `cinq` → `cinquième`.
    static func ordinal(of cardinal: String) -> String? {
        var stem = cardinal
        if stem == "un" || stem == "une" { return nil }
        if stem.hasSuffix("une") { return nil }
        if stem.hasSuffix("vingts") || stem.hasSuffix("cents") { stem.removeLast() }
        if stem.hasSuffix("e") { stem.removeLast() }
        if stem.hasSuffix("q") { stem += "u" }
        if stem.hasSuffix("f") { stem = String(stem.dropLast()) + "v" }
        return stem + "ième"
    }

    /// `text` lowercased with its spaces as hyphens, the form the tables use.
    static func hyphenated(_ text: String) -> String {
        String(text.lowercased().map { $0 == " " || $0 == "\u{00A0}" ? "-" : $0 })
    }
}
