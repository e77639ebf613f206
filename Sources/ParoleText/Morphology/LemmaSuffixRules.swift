import ParoleCore

/// Lemmas of words the lexicon does not know, by their ending: `Resources/lexicons/lemma-suffixes.txt`
/// (`NOUN aux al`: *chevaux* → *cheval*; `VERB ait er`: *zappait* → *zapper*).
package struct LemmaSuffixRules: Sendable {
    /// For each part of speech (by raw value), its endings and replacements, longest ending first.
    private let rules: [[(ending: String, replacement: String)]]

    /// The rules of the shipped file.
    package init() throws {
        try self.init(Lexicon.named("lemma-suffixes"))
    }

    /// The rules of a lexicon of `class<TAB>ending[<TAB>replacement]` lines; an unknown
    /// class or a repeated ending fails with the file and entry.
    package init(_ lexicon: Lexicon) throws {
        var rules = [[(ending: String, replacement: String)]](repeating: [], count: PartOfSpeech.allCases.count)
        for (number, entry) in lexicon.entries.enumerated() {
            guard entry.count >= 2, entry.count <= 3, let partOfSpeech = PartOfSpeech(tag: entry[0]) else {
                throw LexiconError.malformed(lexicon.name + ".txt", number + 1, "expected CLASS ending [replacement]")
            }
            let ending = entry[1]
            guard !rules[Int(partOfSpeech.rawValue)].contains(where: { $0.ending == ending }) else {
                throw LexiconError.malformed(lexicon.name + ".txt", number + 1, "duplicate ending \(ending)")
            }
            rules[Int(partOfSpeech.rawValue)].append((ending, entry.count == 3 ? entry[2] : ""))
        }
        self.rules = rules.map { $0.sorted { $0.ending.count > $1.ending.count } }
    }

    /// The lemma of `word` (lowercase) as `partOfSpeech`, or `nil` when no ending matches.
    package func lemma(of word: String, as partOfSpeech: PartOfSpeech) -> String? {
        for rule in rules[Int(partOfSpeech.rawValue)] where word.hasSuffix(rule.ending) {
            let stem = word.dropLast(rule.ending.count)
            guard stem.count >= 2 else { continue }
            return stem + rule.replacement
        }
        return nil
    }
}
