import ParoleCore

/// The verbs of saying of `Resources/lexicons/quotes-speech-verbs.txt` with their frames,
/// read in one place for every stage: the quotes stage builds its speech-verb table
/// from them, the entities stage the verbs that name a news outlet after them
/// (`a déclaré au Journal`).
///
/// A row is `lemma <TAB> frames`: a pronominal lemma starts with `se ` or `s'`, words
/// after the verb are a fixed tail (`faire savoir`), frames are comma-separated names
/// of ``SpeechFrameName``. A row with another field count or an unknown frame throws
/// ``LexiconError/malformed(_:_:_:)`` naming the file and line.
package struct SpeechVerbRows: Sendable {
    /// One verb of the file.
    package struct Row: Sendable, Hashable {
        /// The lemma as the file writes it (`déclarer`, `s'inquiéter`, `faire savoir`).
        package let lemma: String
        /// The conjugated verb: the lemma's first word without `se` or `s'`.
        package let head: String
        /// Whether the verb is pronominal (its forms need `se` before them).
        package let isPronominal: Bool
        /// The fixed words after the conjugated verb (`savoir` in `faire savoir`).
        package let tail: [String]
        /// What the verb introduces.
        package let frames: Set<SpeechFrameName>
        /// The row's line in the file.
        package let line: Int
    }

    /// The file's name in the resources, without `.txt`.
    package static let lexiconName = "quotes-speech-verbs"

    /// The rows, in file order.
    package let rows: [Row]

    /// Reads the shipped file.
    package init() throws {
        try self.init(Lexicon.named(Self.lexiconName))
    }

    /// Reads the rows of `lexicon`.
    package init(_ lexicon: Lexicon) throws {
        try lexicon.check(LexiconSchema(fields: 2...2))
        rows = try zip(lexicon.lines, lexicon.entries).map { line, entry in
            var words = entry[0].split(separator: " ").map(String.init)
            var isPronominal = false
            if words.first == "se", words.count > 1 {
                isPronominal = true
                words.removeFirst()
            } else if let first = words.first, first.hasPrefix("s'") || first.hasPrefix("s’") {
                isPronominal = true
                words[0] = String(first.dropFirst(2))
            }
            var frames: Set<SpeechFrameName> = []
            for name in entry[1].split(separator: ",") {
                let name = String(name.filter { !$0.isWhitespace })
                guard let frame = SpeechFrameName(rawValue: name) else {
                    let known = SpeechFrameName.allCases.map(\.rawValue).joined(separator: ", ")
                    throw LexiconError.malformed(lexicon.name, line, "unknown frame \(name) (known: \(known))")
                }
                frames.insert(frame)
            }
            return Row(
                lemma: entry[0], head: words[0], isPronominal: isPronominal, tail: Array(words.dropFirst()),
                frames: frames, line: line)
        }
    }

    /// The conjugated verbs of the rows that have `frame`, each once, in file order.
    package func heads(with frame: SpeechFrameName) -> [String] {
        var seen: Set<String> = []
        return rows.filter { $0.frames.contains(frame) && seen.insert($0.head).inserted }.map(\.head)
    }
}

/// The frames of `quotes-speech-verbs.txt`: what a verb of saying can introduce.
package enum SpeechFrameName: String, CaseIterable, Sendable {
    /// A reported clause: `a déclaré que ...`.
    case que
    /// A reported infinitive: `dit vouloir ...`.
    case infinitive = "inf"
    /// An inverted incise, or the clause before it: `« ... », a-t-il ajouté`.
    case incise
    /// A quotation after a colon: `a déclaré : « ... »`.
    case intro
    /// A quoted fragment: `a qualifié les négociations de « constructives »`.
    case mark
    /// Also with a reflexive pronoun: `s'est dite « soulagée »`.
    case reflexive = "refl"
    /// A reported infinitive after `de`: `a promis d'engager ...`.
    case deInfinitive = "de"
    /// The speaker is the source named after the verb: `a-t-on appris auprès de X`.
    case source
    /// A verb of belief (`penser que`): what a subject holds true, a report only when
    /// the subject names who holds it.
    case belief
    /// With a reflexive pronoun, an attribute of the subject that an infinitive completes:
    /// `s'est dit prêt à signer`.
    case attribute = "attr"
    /// With `que`, an addressee as direct object before it: `a informé le ministre que ...`.
    case addressee = "addr"
    /// With `que`, a report only when the subject names someone: a thing as subject gives
    /// the verb another sense (`cette hausse signifie que ...`).
    case agent
    /// A verb of denial or doubt, whose negation still reports (`n'exclut pas que ...`,
    /// `ne nie pas avoir ...`): the negation of any other verb reports nothing.
    case denial
    /// A verb of reply (`a répliqué que ...`): its subject answers someone else's words.
    case reply
}
