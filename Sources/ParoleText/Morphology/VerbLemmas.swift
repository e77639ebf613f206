import ParoleCore

/// The infinitive of a verb form met in a construction rather than in a table (the verb
/// of an incise, `a-t-il tonné`, `tranche-t-il`): the French lexicon's reading first,
/// then, for a verb the lexicon does not know, the regular verb endings of
/// `lemma-suffixes.txt` (a new French verb is of the first group: `zappait` → `zapper`).
///
/// ```swift
/// let verbs = try VerbLemmas.shipped()
/// verbs.infinitive(of: "soupira")            // "soupirer"
/// verbs.infinitive(ofParticiple: "conclu")   // "conclure"
/// verbs.infinitive(ofParticiple: "maison")   // nil
/// ```
package struct VerbLemmas: Sendable {
    /// The lexicon read first.
    let lexicon: FrenchLexicon
    /// The endings read for the forms it does not know.
    let suffixes: LemmaSuffixRules

    /// Reads both from `lexicon` and `suffixes`.
    package init(lexicon: FrenchLexicon, suffixes: LemmaSuffixRules) {
        self.lexicon = lexicon
        self.suffixes = suffixes
    }

    private static let loaded = Result {
        VerbLemmas(lexicon: try FrenchLexicon.shared(), suffixes: try LemmaSuffixRules())
    }

    /// The shipped lexicon and endings, read once per process.
    package static func shipped() throws -> VerbLemmas { try loaded.get() }

    /// The infinitive of `form` (a lowercase word) read as any form of a verb; the
    /// lowercase word itself when neither the lexicon nor the endings make it a verb.
    package func infinitive(of form: String) -> String {
        lexicon.lemma(of: form, as: .verb) ?? suffixes.lemma(of: form, as: .verb) ?? form
    }

    /// The infinitive of `form` read as a past participle, or `nil` when it is not one:
    /// the lexicon's participle reading of a form it knows (`conclu` → `conclure`,
    /// `tonné` → `tonner`); for an unknown form, a regular first-group participle ending
    /// (`zappé` → `zapper`). A known word with no participle reading is `nil` (`maison`).
    package func infinitive(ofParticiple form: String) -> String? {
        if let times = lexicon.verbTimes(of: form) {
            return times.contains(.pastParticiple) ? lexicon.lemma(of: form, as: .verb) : nil
        }
        // A new verb is of the first group: only its participle endings make a participle.
        guard Self.firstGroupParticipleEndings.contains(where: form.hasSuffix) else { return nil }
        return suffixes.lemma(of: form, as: .verb)
    }

    /// The past participle endings of the first group, in their four agreements
    /// (`word-endings.txt`, class `participle`).
    private static let firstGroupParticipleEndings = FrenchWordLists.endings.list(.participle)
}
