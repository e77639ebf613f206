import ParoleCore
import ParoleText

/// Towns that a sports report names as a team's opponent: `Face à Brest, nous n'avons pas
/// concédé d'occasions`, `Battus par Davos, les Dragons …`, `qui affrontent dimanche Lorient
/// et Troyes`. Near two mentions of a club's staff (`l'entraîneur`, `le coach`), such a
/// known town is the club; ``ClubTowns`` then relabels its other mentions too. The words that
/// introduce an opponent are data (`entities-sports-opponents.txt`); a country stays a
/// place (national teams are annotated as their country).
struct SportsOpponents {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The words that introduce an opponent, read once per process.
    struct Markers: Sendable {
        /// Word sequences (by key) right before the opponent: `contre`, `face a`.
        let before: [[String]]
        /// Every form (by key) of the verbs whose object is the opponent: `affrontent`.
        let verbForms: Set<String>
        /// Past participles (by key) whose `par` complement is the opponent: `battus`.
        let participles: Set<String>
        /// Country and world-region names from ICU, by key of their text.
        let countries: Set<String>
        /// The keys of the noun of `face à`, `face au`: what follows is faced, an opponent
        /// or an adversary more often than a place.
        var facing: Set<String> = []
        /// Every form (by key) of the verbs whose subject is a team: the opponent verbs and
        /// the winner verbs (`remporte`, `imposé`).
        var subjectForms: Set<String> = []

        /// The shipped markers; none if the file cannot be read.
        static let shipped: Markers =
            (try? Markers(lexicon: Lexicon.named("entities-sports-opponents")))
            ?? Markers(before: [], verbForms: [], participles: [], countries: [])

        init(before: [[String]], verbForms: Set<String>, participles: Set<String>, countries: Set<String>) {
            self.before = before
            self.verbForms = verbForms
            self.participles = participles
            self.countries = countries
        }

        /// Reads `word<TAB>kind` lines; the forms of each verb come from the French lexicon.
        init(lexicon: Lexicon) {
            var before: [[String]] = []
            var verbs: [String] = []
            var winners: [String] = []
            var facing: Set<String> = []
            for entry in lexicon.entries where entry.count >= 2 {
                switch entry[1] {
                case "before": before.append(entry[0].split(separator: " ").map { Normalizer.foldingKey(String($0)) })
                case "verb": verbs.append(entry[0])
                case "winner": winners.append(entry[0])
                case "facing": facing.insert(Normalizer.foldingKey(entry[0]))
                default: continue
                }
            }
            var verbForms: Set<String> = []
            var participles: Set<String> = []
            // One walk of the lexicon for both kinds of verb: `inflections(of:as:)` reads every entry.
            let inflections = FormFactsIndex.wordForms?.inflections(of: verbs + winners, as: .verb) ?? [:]
            for form in verbs.compactMap({ inflections[$0] }).joined() {
                let key = Normalizer.foldingKey(form.form)
                verbForms.insert(key)
                if form.features.contains("VerbForm=Part"), form.features.contains("Tense=Past") {
                    participles.insert(key)
                }
            }
            self.init(
                before: before, verbForms: verbForms, participles: participles,
                countries: Set(EntityLexicons.icuPlaceNames().map(Normalizer.foldingKey)))
            self.subjectForms =
                verbForms.union(winners.compactMap({ inflections[$0] }).joined().map { Normalizer.foldingKey($0.form) })
            self.facing = facing
        }
    }

    /// The keys of the known towns named as an opponent near a club's staff, or anywhere
    /// in a document where other evidence already found a club (`clubsFound`: `l'entraîneur
    /// de Lille`, `Nice (6e)`).
    func towns(in mentions: [Mention], clubsFound: Bool) -> Set<String> {
        let markers = Markers.shipped
        var towns: Set<String> = []
        var lastOpponentEnd = -1
        for mention in mentions where mention.label == .location {
            let tokens = mention.tokens
            // `face à Stade Lausanne Ouchy`: a club named like a venue, with no article, right
            // after a marker (a venue takes one: `face au stade`).
            if !isKnownTown(tokens) {
                guard isClubLikeVenue(tokens), introducesOpponent(before: tokens.lowerBound, markers) else { continue }
            }
            // `affrontent dimanche Lorient et Troyes`: a name coordinated with an opponent.
            let coordinated =
                lastOpponentEnd >= 0 && tokens.lowerBound == lastOpponentEnd + 1
                && context.traits[lastOpponentEnd].isWord && context.key(lastOpponentEnd) == "et"
            guard
                coordinated || introducesOpponent(before: tokens.lowerBound, markers)
                    || isPlayingSubject(after: tokens.upperBound, markers)
            else { continue }
            guard !markers.countries.contains(Normalizer.foldingKey(context.text(tokens))),
                clubsFound || namesClubStaff(around: tokens.lowerBound)
            else { continue }
            towns.insert(context.key(tokens))
            lastOpponentEnd = tokens.upperBound
        }
        return towns
    }

    /// Whether `tokens` are one word that a lexicon knows as a place, or that has a town's
    /// hyphenated shape (`Saint-Trond`, `Villeneuve-d'Ascq`): a town, not a person nor a
    /// name the rules only guessed (`contre Bonaparte`).
    private func isKnownTown(_ tokens: Range<Int>) -> Bool {
        guard tokens.count == 1 else { return false }
        return context.traits[tokens.lowerBound].hasPlaceShape
            || lexicons.knownNames[context.key(tokens.lowerBound)]?.contains {
                $0.label == .location && $0.keys.count == 1
            } == true
    }

    /// Whether `tokens` are capitalised words that a place head opens, with no `de` between
    /// (`Stade Lausanne Ouchy`, not `Stade de France`).
    private func isClubLikeVenue(_ tokens: Range<Int>) -> Bool {
        let head = context.traits[tokens.lowerBound]
        guard tokens.count >= 2, head.isCapitalized, head.cue.contains(.locationHead) else { return false }
        return tokens.allSatisfy { context.traits[$0].isWord && context.traits[$0].isCapitalized }
    }

    /// Most short words (an auxiliary, a reflexive pronoun) between a team and its verb:
    /// `Lens s'est imposé`.
    static let maximumAuxiliaryWords = 2

    /// Whether a verb whose subject is a team follows token `end`, right after it or after
    /// lowercase auxiliary words: `Lens a remporté`, `Lorient s'est imposé`, `Brest bat`.
    private func isPlayingSubject(after end: Int, _ markers: Markers) -> Bool {
        var index = end
        while index < context.tokens.count, context.traits[index].isWord, !context.traits[index].isCapitalized {
            if markers.subjectForms.contains(context.key(index)) { return true }
            guard index - end < Self.maximumAuxiliaryWords, !context.traits[index].isLong else { return false }
            index += 1
        }
        return false
    }

    /// Whether the words before token `start` introduce an opponent: a marker right
    /// before it, a verb form, or a past participle and `par`, with up to two weekday or
    /// month names between (`affrontent dimanche Lorient`).
    private func introducesOpponent(before start: Int, _ markers: Markers) -> Bool {
        var end = start
        while end > 0, start - end < 2, context.traits[end - 1].isCalendarWord { end -= 1 }
        guard end > 0, context.traits[end - 1].isWord else { return false }
        let previous = context.key(end - 1)
        if markers.verbForms.contains(previous) { return true }
        if previous == "par", end >= 2, context.traits[end - 2].isWord,
            markers.participles.contains(context.key(end - 2))
        {
            return true
        }
        return markers.before.contains { words in
            guard words.count <= end else { return false }
            return words.indices.allSatisfy { offset in
                let index = end - words.count + offset
                return context.traits[index].isWord && context.key(index) == words[offset]
            }
        }
    }

    /// How many staff or player nouns make a passage a sports report: one alone may be
    /// another trade's (`un gardien de prison`, `le capitaine du navire`).
    static let minimumStaffNouns = 2

    /// How far, in tokens, the staff nouns may stand from the opponent on either side: a
    /// news article's few paragraphs, not a novel's chapter.
    static let staffWindow = 200

    /// Whether a club's staff or players (`entities-club-staff.txt`) are named at least
    /// ``minimumStaffNouns`` times within ``staffWindow`` tokens of token `index`.
    private func namesClubStaff(around index: Int) -> Bool {
        var count = 0
        let window = max(0, index - Self.staffWindow)..<min(context.tokens.count, index + Self.staffWindow)
        for token in window where context.traits[token].isWord && context.traits[token].isClubStaff {
            count += 1
            if count >= Self.minimumStaffNouns { return true }
        }
        return false
    }
}
