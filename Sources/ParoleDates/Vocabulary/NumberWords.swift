import ParoleCore

/// French number words, cardinal and ordinal, as written by ICU's spell-out rules.
///
/// The table is built once from ``Spellout`` (0 to 999, with `une` for `un`), so
/// that `quarante-cinq`, `vingt et un` and `quatre-vingt-dix-huit` are read
/// without a hand-typed list. Words are compared in a hyphenated form, so that
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
            for value in 0...999 { NumberWords.add(try spellout.words(for: value), value, to: &cardinals) }
        }
        var ordinals: [String: Int] = ["premier": 1, "première": 1, "premiers": 1, "premières": 1,
                                       "second": 2, "seconde": 2]
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
        guard word.contains("-") else { return false }
        return word.split(separator: "-").allSatisfy { pieces.contains(String($0)) }
    }

    /// The value of the cardinal written by `words` (token norms), such as
    /// `["vingt", "et", "un"]` or `["deux", "mille"]`.
    func cardinal(_ words: [String]) -> Int? {
        let joined = words.joined(separator: "-")
        if let value = cardinals[joined] { return value }
        // Thousands: `deux mille`, `mille neuf cent`, `trois mille cinq cents`.
        let parts = joined.split(separator: "-").map(String.init)
        guard let thousand = parts.firstIndex(where: { $0 == "mille" || $0 == "milles" }) else { return nil }
        let head = parts[..<thousand].joined(separator: "-")
        let tail = parts[(thousand + 1)...].joined(separator: "-")
        let multiplier = head.isEmpty ? 1 : cardinals[head]
        let rest = tail.isEmpty ? 0 : cardinals[tail]
        guard let multiplier, let rest, multiplier > 0 else { return nil }
        return multiplier * 1000 + rest
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
