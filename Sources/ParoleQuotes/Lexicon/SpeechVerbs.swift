import ParoleCore

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

    /// Parses `que,inf,de,incise,intro,mark,refl,source`.
    init(list: String) {
        var frames: SpeechFrames = []
        for name in list.split(separator: ",") {
            switch name.trimmingCharacters(in: .whitespaces) {
            case "que": frames.insert(.que)
            case "inf": frames.insert(.infinitive)
            case "incise": frames.insert(.incise)
            case "intro": frames.insert(.intro)
            case "mark": frames.insert(.mark)
            case "refl": frames.insert(.reflexive)
            case "de": frames.insert(.deInfinitive)
            case "source": frames.insert(.fromSource)
            default: break
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
/// generated from each lemma's conjugation model.
package struct SpeechVerbTable: Sendable {
    /// The verbs, in lexicon order.
    package let verbs: [SpeechVerb]
    /// The readings of each form, keyed on the token norm (lowercase, accents kept).
    let forms: [String: [VerbForm]]

    /// Builds the table from lexicon entries `lemma <TAB> model <TAB> frames`.
    package init(lexicon: Lexicon) {
        var verbs: [SpeechVerb] = []
        var forms: [String: [VerbForm]] = [:]
        for entry in lexicon.entries where entry.count >= 3 {
            guard let model = ConjugationModel(rawValue: entry[1]) else { continue }
            var words = entry[0].split(separator: " ").map(String.init)
            var isPronominal = false
            if words.first == "se", words.count > 1 {
                isPronominal = true
                words.removeFirst()
            } else if words[0].hasPrefix("s'") || words[0].hasPrefix("s’") {
                isPronominal = true
                words[0] = String(words[0].dropFirst(2))
            }
            guard let inflections = model.inflect(words[0]) else { continue }
            let index = verbs.count
            verbs.append(
                SpeechVerb(
                    lemma: entry[0], frames: SpeechFrames(list: entry[2]), isPronominal: isPronominal,
                    tail: Array(words.dropFirst())))
            func add(_ form: String, _ kind: VerbFormKind) {
                let reading = VerbForm(verb: index, kind: kind)
                if !(forms[form]?.contains(reading) ?? false) { forms[form, default: []].append(reading) }
            }
            for form in inflections.singular + inflections.plural { add(form, .finite) }
            for agreed in inflections.agreedParticiples { add(agreed.form, .pastParticiple) }
            add(inflections.presentParticiple, .presentParticiple)
            add(inflections.infinitive, .infinitive)
        }
        self.verbs = verbs
        // Multi-word verbs first, so that `fait valoir` is tried before `fait`.
        self.forms = forms.mapValues { readings in
            readings.sorted { verbs[$0.verb].tail.count > verbs[$1.verb].tail.count }
        }
    }

}
