import ParoleCore

/// What the French lexicon's readings of a word form say about it as a verb: its
/// tenses, moods and non-finite forms, and whether it also reads as another class.
/// Rules that need a verb's time (the dates stage reading the tense around a date) ask
/// the lexicon for it instead of guessing from endings.
///
/// ```swift
/// let lexicon = try FrenchLexicon.shared()
/// lexicon.verbTimes(of: "annonçait")  // [.imperfect]
/// lexicon.verbTimes(of: "portrait")   // [.otherClass]: a noun, whatever its ending
/// lexicon.verbTimes(of: "zappait")    // nil: not in the lexicon
/// ```
package struct VerbTimes: OptionSet, Sendable, Hashable {
    /// The flag bits.
    package let rawValue: UInt16
    /// Creates a set from its bits.
    package init(rawValue: UInt16) { self.rawValue = rawValue }

    /// An infinitive: `annoncer`.
    package static let infinitive = VerbTimes(rawValue: 1 << 0)
    /// A past participle: `annoncé`, `prise`.
    package static let pastParticiple = VerbTimes(rawValue: 1 << 1)
    /// A present participle: `annonçant`.
    package static let presentParticiple = VerbTimes(rawValue: 1 << 2)
    /// A present of the indicative: `annonce`.
    package static let present = VerbTimes(rawValue: 1 << 3)
    /// An imperfect of the indicative: `annonçait`.
    package static let imperfect = VerbTimes(rawValue: 1 << 4)
    /// A passé simple: `annonça`.
    package static let simplePast = VerbTimes(rawValue: 1 << 5)
    /// A future of the indicative: `annoncera`.
    package static let future = VerbTimes(rawValue: 1 << 6)
    /// A conditional: `annoncerait`.
    package static let conditional = VerbTimes(rawValue: 1 << 7)
    /// A subjunctive: `annonce`, `annonçât`.
    package static let subjunctive = VerbTimes(rawValue: 1 << 8)
    /// An imperative: `annonce`.
    package static let imperative = VerbTimes(rawValue: 1 << 9)
    /// A reading of another class than verb (`portrait` a noun, `marché` a noun too).
    package static let otherClass = VerbTimes(rawValue: 1 << 10)

    /// The times of one reading: its class and its UD features (`Mood=Ind|Tense=Imp|…`).
    package init(partOfSpeech: PartOfSpeech, features: String) {
        guard partOfSpeech == .verb || partOfSpeech == .auxiliary else {
            self = .otherClass
            return
        }
        var mood = Substring()
        var tense = Substring()
        var verbForm = Substring()
        for pair in features.split(separator: "|") {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let value = pair[pair.index(after: equals)...]
            switch pair[..<equals] {
            case "Mood": mood = value
            case "Tense": tense = value
            case "VerbForm": verbForm = value
            default: break
            }
        }
        switch (verbForm, mood, tense) {
        case ("Inf", _, _): self = .infinitive
        case ("Part", _, "Past"): self = .pastParticiple
        case ("Part", _, _): self = .presentParticiple
        case (_, "Cnd", _): self = .conditional
        case (_, "Sub", _): self = .subjunctive
        case (_, "Imp", _): self = .imperative
        case (_, _, "Imp"): self = .imperfect
        case (_, _, "Past"): self = .simplePast
        case (_, _, "Fut"): self = .future
        case (_, _, "Pres"): self = .present
        default: self = []
        }
    }
}
