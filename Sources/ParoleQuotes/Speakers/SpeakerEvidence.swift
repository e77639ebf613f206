import ParoleCore

/// What the whole article says about its speakers, for the speaker ranker: how many of
/// its quotes the rules give each speaker, how many of those have a speech verb as cue,
/// and which speakers are named in the title or the first sentence. Speakers are keyed
/// on their canonical name, so that a name, a linked role and a pronoun count as one.
struct SpeakerEvidence: Sendable {
    /// How many quotes the rules give each speaker.
    var quoteCounts: [String: Int] = [:]
    /// How many quotes with a speech verb (not `selon`) the rules give each speaker.
    var speechVerbCounts: [String: Int] = [:]
    /// The speakers named in the article's first two frames (its title and first sentence).
    var opening: Set<String> = []

    /// How many frames at the start of the article count as its opening.
    static let openingFrames = 2

    /// Counts the rules' speakers `identities` (by candidate, of the quotes of `order`
    /// that are kept) and the mentions of the opening frames.
    init(resolver: SpeakerResolver, identities: [SpeakerIdentity?]) {
        let text = resolver.text
        for index in resolver.order where !resolver.candidates[index].isDropped {
            guard let identity = identities[index] else { continue }
            let key = identity.canonical(in: text)
            quoteCounts[key, default: 0] += 1
            if resolver.hasSpeechVerbCue(index) { speechVerbCounts[key, default: 0] += 1 }
        }
        for mention in resolver.mentions {
            guard mention.frame < Self.openingFrames else { break }
            if let identity = mention.identity { opening.insert(identity.canonical(in: text)) }
        }
    }

    /// No evidence (before the rules have run).
    init() {}
}

extension SpeakerResolver {
    /// Whether quote candidate `index` has a cue that is a speech verb, not `selon`,
    /// `pour` or `d'après`.
    func hasSpeechVerbCue(_ index: Int) -> Bool {
        guard let lemma = candidates[index].cue?.lemma else { return false }
        return !Self.isSourceLemma(lemma)
    }

    /// Whether a cue's lemma is one of the source prepositions `selon`, `pour`, `d'après`.
    static func isSourceLemma(_ lemma: String) -> Bool {
        lemma == "selon" || lemma == "pour" || lemma == "d'après"
    }

    /// The frames of the speech verb whose lemma is `lemma`, or `nil` for another cue.
    func frames(ofCue lemma: String) -> SpeechFrames? {
        text.lexicons.speechVerbs.verbs.first { $0.lemma == lemma }?.frames
    }
}
