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
        let readings = lexicon.analyses(of: form)
        if let participle = readings.first(where: Self.isPastParticiple) { return participle.lemma }
        guard readings.isEmpty, let lemma = suffixes.lemma(of: form, as: .verb) else { return nil }
        // Only the participle endings of the first group (a past participle ends in `é`,
        // `ée`, `és` or `ées`) give a participle: take the ending the rule replaced.
        let stemLength = lemma.count - Self.firstGroupInfinitiveEnding.count
        guard lemma.hasSuffix(Self.firstGroupInfinitiveEnding), stemLength >= 0 else { return nil }
        let ending = form.dropFirst(stemLength)
        return Self.firstGroupParticipleEndings.contains(String(ending)) ? lemma : nil
    }

    /// The infinitive ending of the first group.
    private static let firstGroupInfinitiveEnding = "er"
    /// The past participle endings of the first group, in their four agreements.
    private static let firstGroupParticipleEndings: Set<String> = ["é", "ée", "és", "ées"]

    private static func isPastParticiple(_ reading: LexicalAnalysis) -> Bool {
        reading.partOfSpeech == .verb && reading.feature("VerbForm") == "Part" && reading.feature("Tense") == "Past"
    }
}
