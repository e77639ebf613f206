import ParoleCore
import ParoleText

/// What a speech verb can introduce.
package struct SpeechFrames: OptionSet, Sendable, Hashable {
    /// The flag bits.
    package let rawValue: UInt16
    /// Creates a set of frames.
    package init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A reported clause: `a déclaré que ...`.
    package static let que = SpeechFrames(rawValue: 1 << 0)
    /// A reported infinitive: `dit vouloir ...`.
    package static let infinitive = SpeechFrames(rawValue: 1 << 1)
    /// An inverted incise: `« ... », a-t-il ajouté`; also the clause before it.
    package static let incise = SpeechFrames(rawValue: 1 << 2)
    /// A quotation after a colon: `a déclaré : « ... »`.
    package static let intro = SpeechFrames(rawValue: 1 << 3)
    /// A quoted fragment: `a qualifié les négociations de « constructives »`.
    package static let mark = SpeechFrames(rawValue: 1 << 4)
    /// A verb that is not pronominal but still speaks with a reflexive pronoun: `s'est
    /// dite « soulagée »`, `se demande-t-il`.
    package static let reflexive = SpeechFrames(rawValue: 1 << 5)
    /// A reported infinitive after `de`: `a promis d'engager ...`, `menace de saisir ...`.
    package static let deInfinitive = SpeechFrames(rawValue: 1 << 6)

    /// A verb of learning (`a-t-on appris auprès de X`): the words come from the source
    /// named after it, not from its subject.
    package static let fromSource = SpeechFrames(rawValue: 1 << 7)
    /// A verb of belief (`penser que`): the clause is what its subject holds true, a
    /// report only when that subject names who holds it.
    package static let belief = SpeechFrames(rawValue: 1 << 8)
    /// With a reflexive pronoun, an attribute of the subject that an infinitive after `de`
    /// or `à` completes: `s'est dit prêt à signer`, `se déclare heureux d'avoir ...`.
    package static let attribute = SpeechFrames(rawValue: 1 << 9)
    /// With `que`, the person told as a direct object before it: `a informé le ministre
    /// que ...`, `a prévenu la direction que ...` (the verb's construction `qn que`).
    package static let addressee = SpeechFrames(rawValue: 1 << 10)
    /// With `que`, a report only when the subject names someone, not a thing: `le préfet
    /// a signifié que ...`, not `cette hausse signifie que ...`.
    package static let agent = SpeechFrames(rawValue: 1 << 11)
    /// A verb of denial or doubt, whose negation still reports: `n'exclut pas que ...`,
    /// `ne nie pas avoir ...`; negated, any other verb reports nothing (`n'a jamais dit que`).
    package static let denial = SpeechFrames(rawValue: 1 << 12)
    /// A verb of reply: `a répondu que ...`, `a rétorqué le maire`; its subject answers
    /// someone else's words.
    package static let reply = SpeechFrames(rawValue: 1 << 13)

    /// The frames of a row of `quotes-speech-verbs.txt`.
    init(_ names: Set<SpeechFrameName>) {
        var frames: SpeechFrames = []
        for name in names {
            switch name {
            case .que: frames.insert(.que)
            case .infinitive: frames.insert(.infinitive)
            case .incise: frames.insert(.incise)
            case .intro: frames.insert(.intro)
            case .mark: frames.insert(.mark)
            case .reflexive: frames.insert(.reflexive)
            case .deInfinitive: frames.insert(.deInfinitive)
            case .source: frames.insert(.fromSource)
            case .belief: frames.insert(.belief)
            case .attribute: frames.insert(.attribute)
            case .addressee: frames.insert(.addressee)
            case .agent: frames.insert(.agent)
            case .denial: frames.insert(.denial)
            case .reply: frames.insert(.reply)
            }
        }
        self = frames
    }
}

/// A speech verb of the lexicon.
package struct SpeechVerb: Sendable, Hashable {
    /// The lemma as the lexicon writes it (`déclarer`, `s'inquiéter`, `faire savoir`).
    package let lemma: String
    /// What the verb introduces.
    package let frames: SpeechFrames
    /// Whether the verb is pronominal (`s'inquiéter`): its forms need `se` before them.
    package let isPronominal: Bool
    /// Words that must follow the conjugated verb (`savoir` in `faire savoir`).
    package let tail: [String]
}

/// How a token form of a speech verb is used.
enum VerbFormKind: UInt8, Sendable {
    /// The use of a verb form with the French lexicon's `features`, or `nil` for a form
    /// the rules do not read (first and second persons, subjunctive, imperative).
    init?(features: String) {
        if features.hasPrefix("VerbForm=Inf") {
            self = .infinitive
        } else if features.hasPrefix("VerbForm=Part|Tense=Pres") {
            self = .presentParticiple
        } else if features.hasPrefix("VerbForm=Part|Tense=Past") {
            self = .pastParticiple
        } else if features.contains("Person=3"),
            features.hasPrefix("Mood=Cnd") || features.hasPrefix("Mood=Ind") && !features.contains("Tense=Pqp")
        {
            self = .finite
        } else {
            return nil
        }
    }

    /// A finite form, third person (`déclare`, `déclaraient`).
    case finite
    /// The past participle, after an auxiliary (`a déclaré`).
    case pastParticiple
    /// The present participle (`déclarant`, `en déclarant`).
    case presentParticiple
    /// The infinitive, after a modal verb (`tient à préciser`).
    case infinitive
}

/// One reading of a token as a form of a speech verb.
struct VerbForm: Sendable, Hashable {
    /// The index of the verb in ``SpeechVerbTable/verbs``.
    let verb: Int
    /// How the form is used.
    let kind: VerbFormKind
}

/// The speech verbs of `quotes-speech-verbs.txt` with every form the stage matches,
/// read from the French lexicon (the one verb morphology of Parole).
package struct SpeechVerbTable: Sendable {
    /// The verbs, in lexicon order.
    package let verbs: [SpeechVerb]
    /// The readings of each form, keyed on the token norm (lowercase, accents kept).
    let forms: [String: [VerbForm]]

    /// Builds the table from lexicon entries `lemma <TAB> frames`, with the
    /// forms of each lemma read from the French lexicon (`french-forms.txt`): the third
    /// persons of the présent, imparfait, passé simple and futur of the indicative and of
    /// the conditionnel, the past participle in its agreements, the present participle
    /// and the infinitive; for a lemma with `î` or `û`, the forms of its 1990 spelling too
    /// (`reconnait`). Throws when a lemma is not a verb of the French lexicon.
    package init(lexicon: Lexicon, forms wordForms: FrenchLexicon) throws {
        let rows = try SpeechVerbRows(lexicon).rows
        let verbs = rows.map {
            SpeechVerb(lemma: $0.lemma, frames: SpeechFrames($0.frames), isPronominal: $0.isPronominal, tail: $0.tail)
        }
        let heads = rows.map(\.head)
        let lines = rows.map(\.line)
        let spellings = Set(heads.flatMap { [$0, Self.reformedSpelling($0)] })
        let inflections = wordForms.inflections(of: Array(spellings), as: .verb)
        var forms: [String: [VerbForm]] = [:]
        for (index, head) in heads.enumerated() {
            guard let known = inflections[head] else {
                throw LexiconError.malformed(lexicon.name, lines[index], "\(head) is not a verb of the French lexicon")
            }
            let reformed = head == Self.reformedSpelling(head) ? [] : inflections[Self.reformedSpelling(head)] ?? []
            for (form, features) in known + reformed {
                guard let kind = VerbFormKind(features: features) else { continue }
                let reading = VerbForm(verb: index, kind: kind)
                if !(forms[form]?.contains(reading) ?? false) { forms[form, default: []].append(reading) }
            }
        }
        self.verbs = verbs
        // Multi-word verbs first, so that `fait valoir` is tried before `fait`.
        self.forms = forms.mapValues { readings in
            readings.sorted { verbs[$0.verb].tail.count > verbs[$1.verb].tail.count }
        }
    }

    /// `verb` in the spelling of the 1990 rectifications: no circumflex on `i` and `u`.
    static func reformedSpelling(_ verb: String) -> String {
        String(verb.map { $0 == "î" ? "i" : $0 == "û" ? "u" : $0 })
    }
}
