import ParoleCore
import ParoleText

/// Venues named like a body: `le Centre commercial de Fontvieille`, `le Centre
/// international des conférences`, `le Complexe Multisports Mundi`, `le centre commercial
/// Grand Littoral` are places. An organisation whose name begins with a venue head and
/// holds a venue word, or that follows a lowercase head and a venue word, becomes a
/// place; both lists are data (`entities-venues.txt`). `le Centre national d'études
/// spatiales` has no venue word and stays a body.
struct VenueNames {
    let context: EntityContext

    /// The heads and venue words, by key, read once per process.
    struct Words: Sendable {
        /// Nouns that begin a venue's name: `centre`, `complexe`.
        let heads: Set<String>
        /// Words that make the name a venue's: `commercial`, `conferences`.
        let venues: Set<String>

        /// The shipped words; none if the file cannot be read.
        static let shipped: Words = (try? Words(lexicon: Lexicon.named("entities-venues"))) ?? Words()

        private init() {
            heads = []
            venues = []
        }

        /// Reads `word<TAB>kind` lines.
        init(lexicon: Lexicon) {
            var heads: Set<String> = []
            var venues: Set<String> = []
            for entry in lexicon.entries where entry.count >= 2 {
                switch entry[1] {
                case "head": heads.insert(Normalizer.foldingKey(entry[0]))
                case "venue": venues.insert(Normalizer.foldingKey(entry[0]))
                default: continue
                }
            }
            self.heads = heads
            self.venues = venues
        }
    }

    /// `mentions` with the venues relabelled as places.
    func apply(to mentions: [Mention]) -> [Mention] {
        let words = Words.shipped
        var result = mentions
        for index in result.indices where result[index].label == .organization {
            let tokens = result[index].tokens
            let named =
                words.heads.contains(context.key(tokens.lowerBound))
                && (tokens.dropFirst().contains { context.traits[$0].isWord && words.venues.contains(context.key($0)) }
                    || tokens.count == 2 && isBareName(tokens.lowerBound + 1))
            guard named || followsLowercaseHead(tokens.lowerBound, words) || endsWithEnglishHead(tokens, words)
            else { continue }
            result[index].label = .location
        }
        return result
    }

    /// Whether the word at `index` is a bare name, no French word: `Malvaux` in `le Centre
    /// Malvaux`. A head noun followed by a brand or a family name alone names the building
    /// that bears it, as a sponsor names an arena; a French word after the head says what
    /// the body does (`le Centre hospitalier`) and leaves it an organisation.
    private func isBareName(_ index: Int) -> Bool {
        let traits = context.traits[index]
        return traits.isWord && traits.isCapitalized && !traits.isListedWord && !traits.isFirstName
            && !traits.isAcronym && !traits.isNotName
    }

    /// Whether the venue head ends the name in English order after a bare name: `le
    /// Parkside Centre`. `le Nouveau Centre` ends so after a French word and stays a
    /// body (a party).
    private func endsWithEnglishHead(_ tokens: Range<Int>, _ words: Words) -> Bool {
        let last = tokens.upperBound - 1
        guard tokens.count >= 2, context.traits[last].isCapitalized, words.heads.contains(context.key(last)) else {
            return false
        }
        return isBareName(last - 1)
    }

    /// Whether a lowercase head and a venue word stand right before token `start`: `le
    /// centre commercial Grand Littoral`.
    private func followsLowercaseHead(_ start: Int, _ words: Words) -> Bool {
        guard start >= 2 else { return false }
        let venue = start - 1
        let head = start - 2
        return context.traits[venue].isWord && !context.traits[venue].isCapitalized
            && words.venues.contains(context.key(venue)) && context.traits[head].isWord
            && !context.traits[head].isCapitalized && words.heads.contains(context.key(head))
    }
}
