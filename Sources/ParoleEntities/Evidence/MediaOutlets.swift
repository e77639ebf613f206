import ParoleCore
import ParoleText

/// Newspapers, stations and agencies named as the outlet a statement is given to or a
/// journalist works for: `a affirmé au Journal`, `a déclaré, le 16 juin, à la TAP`,
/// `journaliste judiciaire au Soir`. After `au`, `à la` or `à l'`, an unknown name reads
/// as a place or a person; after a verb of saying (the incise verbs of
/// `quotes-speech-verbs.txt`, every form from the French lexicon) or a press noun (`entities-media-cues.txt`) it is an
/// organisation. A known place stays one (`a déclaré au Caire`).
struct MediaOutlets {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The words before an outlet, by key, read once per process.
    struct Cues: Sendable {
        /// Every form of the speech verbs.
        let speechForms: Set<String>
        /// Press nouns and their plurals.
        let pressNouns: Set<String>
        /// Channel nouns whose `de` complement is an outlet (`micro`), and their plurals.
        let channelNouns: Set<String>

        /// The shipped cues; none if a file cannot be read.
        static let shipped: Cues = (try? Cues()) ?? Cues(speechForms: [], pressNouns: [], channelNouns: [])

        /// Cues of the given keys.
        init(speechForms: Set<String>, pressNouns: Set<String>, channelNouns: Set<String>) {
            self.speechForms = speechForms
            self.pressNouns = pressNouns
            self.channelNouns = channelNouns
        }

        /// Reads the speech verbs' lemmas, the press nouns and the channel nouns.
        init() throws {
            // Verbs of saying proper, those that make an incise (`a-t-il déclaré`), take an
            // addressee; `prévoir que` does not (`sa venue prévue au Fenua`).
            let lemmas = try SpeechVerbRows().heads(with: .incise)
            let forms = FormFactsIndex.wordForms?.inflections(of: lemmas, as: .verb) ?? [:]
            let nouns = try Lexicon.named("entities-media-cues").words
            let channels = try Lexicon.named("entities-media-channels", schema: EntityLexicons.wordRows).words
            self.init(
                speechForms: Set(forms.values.joined().map { Normalizer.foldingKey($0.form) }),
                pressNouns: Self.keys(withPluralsOf: nouns), channelNouns: Self.keys(withPluralsOf: channels))
        }

        /// The keys of `nouns` and of their plurals.
        private static func keys(withPluralsOf nouns: [String]) -> Set<String> {
            Set((nouns + nouns.compactMap(EntityLexicons.plural(ofCue:))).map(Normalizer.foldingKey))
        }
    }

    /// Longest comma-enclosed insert skipped between the verb and `à` (`, le 16 juin 2023,`).
    static let maximumInsert = 8

    /// `mentions` with the outlets relabelled as organisations. Once the document names an
    /// outlet so, its other mentions that the rules took for a place are the outlet too
    /// (a headline's `Le ministre au Journal : …` before `a-t-il déclaré au Journal`).
    func apply(to mentions: [Mention]) -> [Mention] {
        var result = mentions
        var outlets: Set<String> = []
        // Read once, and only when a channel noun's complement asks for it.
        var places: Set<String>?
        for index in result.indices where mayNameOutlet(result[index]) {
            let start = result[index].tokens.lowerBound
            if isChannelComplement(start) {
                // `selon les informations de Kolwezi` in a text that also says `réunis à
                // Kolwezi`: the town's reporters, not an outlet.
                let towns = places ?? placesAfterA(in: mentions)
                places = towns
                guard !towns.contains(context.key(result[index].tokens)) else { continue }
            } else {
                // After a bare `à`, a name is most often a place (`a convenu à Saint-Denis`):
                // only a press noun (`déclaration à Mosaïque`) or a title's capitalised
                // article (`a confirmé à La Libre`) makes it an outlet.
                guard let preposition = preposition(before: start),
                    isOutletCue(
                        before: preposition,
                        pressOnly: preposition == start - 1 && context.key(preposition) == "a"
                            && !context.traits[start].isArticle),
                    !isPlaceWithArticle(result[index].tokens)
                else { continue }
            }
            outlets.insert(context.key(result[index].tokens))
            markOutlet(&result[index])
        }
        guard !outlets.isEmpty else { return result }
        for index in result.indices
        where result[index].label == .location && mayNameOutlet(result[index])
            && outlets.contains(context.key(result[index].tokens))
        {
            markOutlet(&result[index])
        }
        return result
    }

    /// The keys of the place names the document writes after a bare `à` where no outlet is
    /// named (`se sont réunis à Kolwezi`): towns, whatever a channel noun says of them.
    private func placesAfterA(in mentions: [Mention]) -> Set<String> {
        var places: Set<String> = []
        for mention in mentions where mention.label == .location {
            let start = mention.tokens.lowerBound
            guard start >= 1, context.traits[start - 1].isWord, context.key(start - 1) == "a",
                !context.traits[start].isArticle, !isOutletPosition(start)
            else { continue }
            places.insert(context.key(mention.tokens))
        }
        return places
    }

    /// Makes `mention` an outlet, an organisation on strong evidence.
    private func markOutlet(_ mention: inout Mention) {
        mention.label = .organization
        mention.strength = .strong
        mention.isDefault = false
    }

    /// Whether a name starting at token `start` stands where an outlet is named: after `au`,
    /// `à la` or `à l'` with a verb of saying or a press noun before (`accordé au Monde`),
    /// or as a channel noun's complement (`dans les colonnes du Soir`).
    func isOutletPosition(_ start: Int) -> Bool {
        if isChannelComplement(start) { return true }
        guard let preposition = preposition(before: start) else { return false }
        return isOutletCue(
            before: preposition,
            pressOnly: preposition == start - 1 && context.key(preposition) == "a" && !context.traits[start].isArticle)
    }

    /// Whether `mention` may be an outlet that the rules took for something else: a place
    /// they guessed (`au Soir`), or a person's name in capitals (`à la TAP`); not a known
    /// place, an inhabitant (`dit au Vendéen`), a venue's head (`au Palais`) nor a person
    /// written as a name (`demandez à la Vasselin`).
    private func mayNameOutlet(_ mention: Mention) -> Bool {
        guard mention.strength < .lexicon else { return false }
        let first = context.traits[mention.tokens.lowerBound]
        switch mention.label {
        case .location:
            return !mention.tokens.contains { context.traits[$0].isDemonym } && first.cue.headLabel == nil
        case .person: return mention.tokens.allSatisfy { context.traits[$0].isAcronym }
        default: return false
        }
    }

    /// Whether `tokens` after `au` or `à la` name a known place whose name begins with that
    /// article: `au Havre` is `Le Havre`.
    private func isPlaceWithArticle(_ tokens: Range<Int>) -> Bool {
        let keys = tokens.map { context.key($0) }
        return ["le", "la"].contains { article in
            lexicons.knownNames[article]?.contains { $0.label == .location && $0.keys == [article] + keys } == true
        }
    }

    /// Whether the name at `start` is the `de` complement of a channel noun
    /// (`entities-media-channels.txt`): `au micro d'Europe 1`, `dans les colonnes du Soir`.
    private func isChannelComplement(_ start: Int) -> Bool {
        start >= 2 && context.traits[start - 1].isWord && context.traits[start - 1].isDeForm
            && context.traits[start - 2].isWord && Cues.shipped.channelNouns.contains(context.key(start - 2))
    }

    /// The first token of `au`, `à`, `à la` or `à l'` right before token `start`.
    private func preposition(before start: Int) -> Int? {
        guard start >= 1, context.traits[start - 1].isWord else { return nil }
        let previous = context.key(start - 1)
        if previous == "au" || previous == "a" { return start - 1 }
        guard previous == "la" || previous == "l'", start >= 2, context.traits[start - 2].isWord,
            context.key(start - 2) == "a"
        else { return nil }
        return start - 2
    }

    /// Whether a speech verb or a press noun stands before token `start`, right before it,
    /// one word before it (`journaliste judiciaire au`), or before a comma-enclosed insert.
    private func isOutletCue(before start: Int, pressOnly: Bool) -> Bool {
        let cues = Cues.shipped
        var end = start
        if end >= 1, context.isPunct(end - 1, 0x2C) {
            var open = end - 2
            while open >= 0, end - open <= Self.maximumInsert + 1, !context.isPunct(open, 0x2C) { open -= 1 }
            guard open >= 0, context.isPunct(open, 0x2C) else { return false }
            end = open
        }
        guard end >= 1, context.traits[end - 1].isWord else { return false }
        if (!pressOnly && cues.speechForms.contains(context.key(end - 1)))
            || cues.pressNouns.contains(context.key(end - 1))
        {
            return true
        }
        return end >= 2 && context.traits[end - 2].isWord && !context.traits[end - 1].isCapitalized
            && cues.pressNouns.contains(context.key(end - 2))
    }
}
