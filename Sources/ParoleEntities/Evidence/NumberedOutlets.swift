import ParoleCore
import ParoleText

/// News outlets whose title is a number and a unit of time, written in lowercase (the
/// Swiss daily `24 heures`, the free paper `20 minutes`): the words are the outlet, not a
/// length of time, where the dates read them so (`OutletTitles` in ParoleDates, the same
/// cues of `dates-context-words.txt`): after a source's preposition or a newspaper's noun
/// (`selon 20 minutes`, `le quotidien 24 heures`), after a noun for its pages and `de`
/// (`les colonnes de 24 heures`), after a verb of saying or its `à` at the end of the
/// clause (`rapporte 20 minutes.`, `a déclaré à 24 heures que`), after `par` and a
/// participle at the end of the clause (`Contactée par 20 minutes, la police`), or opening
/// a sentence before a verb of saying (`20 minutes révèle que`).
struct NumberedOutlets {
    let context: EntityContext

    /// The cue words, by key, read once per process.
    struct Cues: Sendable {
        /// The units of time a title ends with (`minutes`, `heures`).
        let units: Set<String>
        /// Source prepositions and newspaper nouns (`selon`, `quotidien`).
        let outletCues: Set<String>
        /// Nouns for an outlet's pages (`colonnes`, `micro`).
        let channels: Set<String>
        /// Cues whose first word is elided, by their last word (`après` of `d'après`).
        let elidedCues: Set<String>
        /// Words that close the clause after a title (`que`), and their elided forms by the
        /// letters before the apostrophe (`qu`).
        let closers: Set<String>
        let elidedClosers: Set<String>
        /// The agent's preposition after a participle (`par`).
        let agents: Set<String>
        /// The conjunction joining a title to another outlet's name (`et`).
        let joins: Set<String>

        /// The shipped cues; none if the file cannot be read.
        static let shipped: Cues = (try? Cues()) ?? Cues(empty: ())

        /// No cues.
        private init(empty: Void) {
            (units, outletCues, channels, elidedCues) = ([], [], [], [])
            (closers, elidedClosers, agents, joins) = ([], [], [], [])
        }

        /// Reads the classes of `dates-context-words.txt`.
        init() throws {
            let entries = try Lexicon.named("dates-context-words").entries
            func keys(_ kind: String, elided: Bool = false) -> Set<String> {
                Set(
                    entries.filter { $0.count >= 2 && $0[1] == kind && Self.isElided($0[0]) == elided }.map {
                        Self.lastWordKey($0[0])
                    })
            }
            units = keys("outletUnit")
            outletCues = keys("outletCue")
            channels = keys("outletChannel")
            elidedCues = keys("outletCue", elided: true)
            closers = keys("outletCloser")
            elidedClosers = keys("outletCloser", elided: true)
            agents = keys("outletAgent")
            joins = keys("outletJoin")
        }

        /// Whether `phrase` opens with an elided word (`d'après`).
        private static func isElided(_ phrase: String) -> Bool {
            phrase.contains("'") || phrase.contains("’")
        }

        /// The key of the last word of `phrase` (`après` of `d'après`).
        private static func lastWordKey(_ phrase: String) -> String {
            let last = phrase.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" }).last.map(String.init)
            return Normalizer.foldingKey(last ?? phrase)
        }
    }

    /// `mentions` with the titles found in unclaimed tokens added as organisations.
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        let cues = Cues.shipped
        guard !cues.units.isEmpty else { return mentions }
        var added: [Mention] = []
        let count = context.traits.count
        for index in context.digitTokens() where index + 1 < count {
            guard !claimed[index], !claimed[index + 1],
                cues.units.contains(context.key(index + 1)), isTitle(index, cues: cues)
            else { continue }
            claimed[index] = true
            claimed[index + 1] = true
            added.append(Mention(tokens: index..<(index + 2), label: .organization, strength: .strong))
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Whether the number at `start` and its unit after it stand where a title does.
    private func isTitle(_ start: Int, cues: Cues) -> Bool {
        let end = start + 2
        let speech = MediaOutlets.Cues.shipped.speechForms
        if context.traits[start].isSentenceInitial {
            return end < context.traits.count && speech.contains(context.key(end))
        }
        guard start >= 1 else { return false }
        let before = context.key(start - 1)
        if cues.outletCues.contains(before) { return true }
        // `d'après 24 heures`, not `après 20 minutes` (a length of time).
        if cues.elidedCues.contains(before), start >= 2, context.traits[start - 2].isElision { return true }
        if context.traits[start - 1].isDeForm, start >= 2, cues.channels.contains(context.key(start - 2)) {
            return true
        }
        let closes =
            end >= context.traits.count || !context.traits[end].isWord
            || cues.closers.contains(context.key(end))
            || context.traits[end].isElision && cues.elidedClosers.contains { context.key(end).hasPrefix($0) }
        if closes {
            let verb = before == "a" && start >= 2 ? start - 2 : start - 1
            if speech.contains(context.key(verb)) { return true }
            if cues.agents.contains(before) && start >= 2 && isParticiple(start - 2) { return true }
        }
        // (Both complements of one `de`: `Il a attendu 24 heures et la Croix-Rouge est arrivée` is a length.)
        return context.traits[start - 1].isDeForm && isCoordinatedWithName(after: end, cues: cues)
    }

    /// Whether `et` at `index` leads to a capitalised name after a `de` form (`de 24 heures
    /// et du Temps`, `et de la Tribune`; not `de 2 ans et Jean de 10 mois`, a list of lengths).
    private func isCoordinatedWithName(after index: Int, cues: Cues) -> Bool {
        guard index < context.traits.count, cues.joins.contains(context.key(index)) else { return false }
        var name = index + 1
        while name < min(context.traits.count, index + 3),
            context.traits[name].isDeForm || context.traits[name].isArticle
        {
            name += 1
        }
        guard name > index + 1, name < context.traits.count, context.traits[index + 1].isDeForm else {
            return false
        }
        let traits = context.traits[name]
        return traits.isWord && traits.isCapitalized && !traits.isAcronym && !traits.isDeForm && !traits.isArticle
    }

    /// Whether token `index` is a past participle (`contactée`, `interrogé`).
    private func isParticiple(_ index: Int) -> Bool {
        FormFactsIndex.wordForms?.verbTimes(of: context.norm(index))?.contains(.pastParticiple) == true
    }
}
