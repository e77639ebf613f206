import ParoleCore
import ParoleText

/// Names defined by an acronym in parentheses: `Service départemental d'incendie et de
/// secours (SDIS)`, `Conférence des directeurs cantonaux de l'environnement (CDCE)`,
/// and the other way round, `l'OFEV (Office fédéral de l'environnement)`.
///
/// The acronym's letters, matched in order against the words of the name (each letter
/// the first of a word or a later letter of the word before), say where a long name
/// begins, across `et`, `de` and lowercase words that the other rules stop at. The name
/// and the acronym are one organisation, unless the name's head says otherwise
/// (`Festival`, `Mont`).
struct AcronymDefinitions {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Lowercase words inside long names that the acronym need not spell (by key): `de`
    /// forms, articles, `et`, `à` and the prepositions of a purpose (`pour`, `contre`,
    /// `sur`: `Haute Autorité à la Lutte contre la Corruption (HALC)`).
    static let linkWords = FrenchWordLists.grammar.keys(.deForms, .definite, .coordinator, .locative, .purpose)
        .union(FrenchWordLists.particles.keys(.english))

    /// The longest a defined name can be, in tokens.
    static let maximumLength = 12

    /// A name and the acronym that defines it.
    struct Definition {
        /// The name's tokens.
        var name: Range<Int>
        /// The acronym's token.
        var acronym: Int
        /// The label the name's head gives, else ORG.
        var label: Entity.Label
    }

    /// The definitions in the sentence `range`.
    func definitions(in range: Range<Int>) -> [Definition] {
        var found: [Definition] = []
        var index = range.lowerBound
        while index + 2 < range.upperBound {
            defer { index += 1 }
            guard context.isPunct(index, 0x28) else { continue }
            let inner = index + 1
            // A common noun's acronym (`DG`) defines a body only after a body's head: `la
            // Direction générale (DG)`, not `le Directeur général (DG)`.
            if context.isPunct(index + 2, 0x29), isAcronym(inner, afterBody: true),
                let start = nameStart(before: index, acronym: inner, limit: range.lowerBound),
                !context.traits[inner].isNotName || context.traits[start].cue.headLabel == .organization
            {
                found.append(Definition(name: start..<index, acronym: inner, label: label(of: start)))
                continue
            }
            // `l'OFEV (Office fédéral de l'environnement)`, `des Acd (Arrêtés de concession …)`.
            let before = index - 1
            guard before >= range.lowerBound, isAcronym(before),
                let close = (index + 1..<min(range.upperBound, index + 2 + Self.maximumLength)).first(where: {
                    context.isPunct($0, 0x29)
                }),
                close > index + 2, isNameBody((index + 1)..<close), aligns(acronym: before, name: (index + 1)..<close)
            else { continue }
            found.append(Definition(name: (index + 1)..<close, acronym: before, label: label(of: index + 1)))
        }
        return found
    }

    /// Whether the word at `index` is an acronym, in capitals or mixed (`BnF`, `CoE`):
    /// two capitals at least, at most eight letters. A common noun's acronym that names
    /// nothing (`entities-not-names.txt`: `DG`, `DRH`, `PV`) defines no body (`le Directeur
    /// général (DG)` is a role) but `afterBody`, where the name's head is tested next.
    private func isAcronym(_ index: Int, afterBody: Bool = false) -> Bool {
        let traits = context.traits[index]
        if traits.isNotName { return afterBody && traits.isAcronym }
        if traits.isAcronym { return true }
        guard traits.isWord, traits.isCapitalized else { return false }
        let span = context.tokens.span(at: index)
        guard span.length <= 8 else { return false }
        if context.utf16[span.start..<span.end].filter({ $0.isUppercaseUnit }).count >= 2 { return true }
        // An acronym read as a word (`Umih`, `Inrae`): short, unknown, no first name.
        return span.length >= 3 && span.length <= 6 && traits.wordClass == nil && !traits.isFirstName
            && !traits.beginsKnownName
    }

    /// The label a name beginning at `start` has: its head's, else ORG.
    private func label(of start: Int) -> Entity.Label {
        let traits = context.traits[start]
        return traits.isCapitalized ? traits.cue.headLabel ?? .organization : .organization
    }

    /// Where the name before the parenthesis at `open` begins: the farthest capitalised
    /// word from which the words up to `open` spell `acronym`.
    private func nameStart(before open: Int, acronym: Int, limit: Int) -> Int? {
        var start = open
        var best: (start: Int, skipped: Int)?
        while start - 1 >= limit, open - (start - 1) <= Self.maximumLength {
            let candidate = start - 1
            guard isNameWord(candidate), !context.isLineBreak(before: start) else { break }
            start = candidate
            let traits = context.traits[candidate]
            // A name begins with a capitalised noun or name, not `Selon` or `La`.
            // A person's name is no acronym's: `Robert Pandraud (RPR)`.
            guard traits.isCapitalized, !traits.isElision, !Self.linkWords.contains(context.key(candidate)),
                traits.wordClass != .function, traits.wordClass != .verb,
                !(traits.isFirstName && open - candidate <= 2),
                open - candidate >= 2,
                let skipped = skippedWords(acronym: acronym, name: candidate..<open)
            else { continue }
            // The fewest words skipped, then the longest name.
            if best == nil || skipped <= best!.skipped { best = (candidate, skipped) }
        }
        if let best { return best.start }
        return lowercaseNameStart(before: open, acronym: acronym, limit: limit)
    }

    /// Where a lowercase name before the parenthesis at `open` begins, when the acronym
    /// spells each of its words (`la police nationale d'Haïti (PNH)`, `la haute autorité
    /// indépendante de la communication audiovisuelle (HAICA)`): after a determiner, at an
    /// institution's noun or an adjective before one (``EntityWordSets/institutionNouns``).
    private func lowercaseNameStart(before open: Int, acronym: Int, limit: Int) -> Int? {
        guard context.key(acronym).utf8.count >= 3 else { return nil }
        var candidate = open - 1
        while candidate - 1 >= limit, open - candidate < Self.maximumLength, isNameWord(candidate),
            !context.isLineBreak(before: candidate + 1)
        {
            let before = context.traits[candidate - 1]
            if opensLowercaseName(candidate), open - candidate >= 2, before.isWord,
                before.isDeterminer || before.isDeForm || before.isElision,
                skippedWords(acronym: acronym, name: candidate..<open) == 0
            {
                return candidate
            }
            candidate -= 1
        }
        return nil
    }

    /// Whether the lowercase word at `index` can open an institution's name: one of its
    /// nouns, or an adjective right before one (`haute autorité`).
    private func opensLowercaseName(_ index: Int) -> Bool {
        let traits = context.traits[index]
        guard traits.isWord, !traits.isCapitalized else { return false }
        if EntityWordSets.shipped.institutionNouns.contains(context.key(index)) { return true }
        return traits.isAdjective && index + 1 < context.traits.count
            && EntityWordSets.shipped.institutionNouns.contains(context.key(index + 1))
    }

    /// Whether token `index` can be inside a long name: a word that is no finite verb, or
    /// a comma before a `de` that lists another field of the body (`Département de la
    /// formation, de la culture et des sports (DFCS)`).
    func isNameWord(_ index: Int) -> Bool {
        let traits = context.traits[index]
        guard traits.isWord else { return isListComma(index) }
        if traits.isCapitalized || Self.linkWords.contains(context.key(index)) { return true }
        switch traits.wordClass {
        case .verb?: return PlaceCues(lexicons: lexicons, context: context).isParticiple(index)
        case .function?: return false
        default: return true
        }
    }

    /// Whether token `index` is a comma followed by a lowercase `de` form.
    private func isListComma(_ index: Int) -> Bool {
        guard context.isPunct(index, 0x2C), index + 1 < context.traits.count else { return false }
        let next = context.traits[index + 1]
        return next.isWord && next.isDeForm && !next.isCapitalized
    }

    /// Whether `range` can be a name: it begins with a capitalised word, and its other
    /// words can be inside a name.
    private func isNameBody(_ range: Range<Int>) -> Bool {
        guard let first = range.first, context.traits[first].isCapitalized, !context.traits[first].isElision else {
            return false
        }
        return range.allSatisfy(isNameWord)
    }

    /// Whether the letters of the acronym at `acronym` spell the name `name`: the first
    /// letter begins its first word, every other letter begins a later word or is a later
    /// letter of the current one, and at most one word (not a link word) is skipped, the
    /// last one included.
    func aligns(acronym: Int, name: Range<Int>) -> Bool {
        skippedWords(acronym: acronym, name: name) != nil
    }

    /// The fewest words the acronym at `acronym` skips in spelling `name`, or `nil` when
    /// it does not spell it (see ``aligns(acronym:name:)``).
    func skippedWords(acronym: Int, name: Range<Int>) -> Int? {
        let letters = Array(context.key(acronym).utf8.filter { $0 >= 0x61 && $0 <= 0x7A })
        var words: [Word] = []
        for index in name where !context.traits[index].isElision {
            // A joined particle lends no letter: `al-Cham` spells C.
            let particle = Int(context.traits[index].facts.joinedParticleLength)
            let word = Array(context.key(index).utf8.dropFirst(particle).filter { $0 >= 0x61 && $0 <= 0x7A })
            guard !word.isEmpty else { continue }
            words.append(Word(letters: word, isLink: Self.linkWords.contains(context.key(index))))
        }
        let required = words.filter { !$0.isLink }.count
        guard letters.count >= 2, required >= 2, required <= letters.count + 1, let first = words.first, !first.isLink,
            letters[0] == first.letters[0]
        else { return nil }
        for allowed in 0...1 where spells(letters, 1, words, word: 0, position: 1, skipped: 0, allowed: allowed) {
            return allowed
        }
        return nil
    }

    /// A word of a name, as letters; a link word (`de`, `et`) may lend its first letter
    /// to the acronym (`des` in `CEDEAO`) or be skipped freely.
    private struct Word {
        var letters: [UInt8]
        var isLink: Bool
    }

    private func spells(
        _ letters: [UInt8], _ letter: Int, _ words: [Word], word: Int, position: Int, skipped: Int, allowed: Int
    ) -> Bool {
        if letter == letters.count {
            let remaining = words[(word + 1)...].filter { !$0.isLink }.count
            return remaining == 0 || (remaining == 1 && skipped < allowed)
        }
        // The first letter of a later word (skipping at most `allowed` words that are no links).
        var next = word + 1
        var skippedHere = 0
        while next < words.count, skipped + skippedHere <= allowed {
            if words[next].letters[0] == letters[letter],
                spells(
                    letters, letter + 1, words, word: next, position: 1, skipped: skipped + skippedHere,
                    allowed: allowed)
            {
                return true
            }
            if !words[next].isLink { skippedHere += 1 }
            next += 1
        }
        // A later letter of the current word, if it is no link.
        guard !words[word].isLink else { return false }
        var offset = position
        while offset < words[word].letters.count {
            if words[word].letters[offset] == letters[letter],
                spells(letters, letter + 1, words, word: word, position: offset + 1, skipped: skipped, allowed: allowed)
            {
                return true
            }
            offset += 1
        }
        return false
    }
}
