import ParoleCore
import ParoleText

/// What a speech verb can introduce.
package struct SpeechFrames: OptionSet, Sendable, Hashable {
    /// The flag bits.
    package let rawValue: UInt8
    /// Creates a set of frames.
    package init(rawValue: UInt8) { self.rawValue = rawValue }

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

    /// The frames by their name in the lexicon.
    private static let names: [String: SpeechFrames] = [
        "que": .que, "inf": .infinitive, "incise": .incise, "intro": .intro, "mark": .mark, "refl": .reflexive,
        "de": .deInfinitive, "source": .fromSource,
    ]

    /// Parses `que,inf,de,incise,intro,mark,refl,source`; throws, naming `file` and `line`,
    /// on another name.
    init(list: String, file: String, line: Int) throws {
        var frames: SpeechFrames = []
        for name in list.split(separator: ",") {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let frame = Self.names[name] else {
                throw LexiconError.malformed(file, line, "unknown frame \(name) (known: \(Self.names.keys.sorted()))")
            }
            frames.insert(frame)
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
        try lexicon.check(LexiconSchema(fields: 2...2))
        var verbs: [SpeechVerb] = []
        var heads: [String] = []
        var lines: [Int] = []
        for (line, entry) in zip(lexicon.lines, lexicon.entries) {
            guard entry.count == 2 else {
                throw LexiconError.malformed(lexicon.name, line, "expected a lemma and its frames")
            }
            var words = entry[0].split(separator: " ").map(String.init)
            var isPronominal = false
            if words.first == "se", words.count > 1 {
                isPronominal = true
                words.removeFirst()
            } else if words[0].hasPrefix("s'") || words[0].hasPrefix("s’") {
                isPronominal = true
                words[0] = String(words[0].dropFirst(2))
            }
            let frames = try SpeechFrames(list: entry[1], file: lexicon.name, line: line)
            verbs.append(
                SpeechVerb(lemma: entry[0], frames: frames, isPronominal: isPronominal, tail: Array(words.dropFirst())))
            heads.append(words[0])
            lines.append(line)
        }
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
