import ParoleCore

/// Players named by what they did in a sports report: `une tête de Kovalenko`, `l'exclusion
/// de Mbarga`. One unknown capitalised word after a common noun and `de` is read as a
/// place by that weak `de` alone (a default); near a sentence that names a club's staff
/// or gives a score in brackets, the `de` of a noun of the game names who made the move,
/// a person. A place that a lexicon or a cue names (`le champion de France`, `la commune de
/// Tiéfora`) is no default and stays a place, as the complement of a cue noun does (`le
/// tournoi de Marseille`, an event's place), and so does a name after a verb or an
/// adjective and `de` (`revenir seul de Lagny`). The word's other default readings as a
/// place in the document follow (one label per name); a name the lexicon knows, or that
/// the document gives another label with more than a guess, keeps it.
struct PlayerComplements {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Sentences on either side of a name within which a staff noun or a score makes it
    /// a game's (a match report's paragraph): a page of several articles names a club's
    /// staff far from its other news (`le cimetière de X`, `la prise de X`).
    static let reach = 6

    /// `mentions` with the players named after a noun of the game relabelled as people.
    func apply(to mentions: [Mention]) -> [Mention] {
        // Most documents have no candidate: the sports sentences are read only for those
        // that do.
        let candidates = mentions.filter { isDefaultPlace($0) && followsNounAndDe($0.tokens.lowerBound) }
        guard !candidates.isEmpty else { return mentions }
        var sports = SportsSentences(lexicons: lexicons, context: context)
        var players: Set<String> = []
        for mention in candidates {
            let index = sentence(of: mention.tokens.lowerBound)
            guard index < context.sentenceRanges.count else { continue }
            let window = max(0, index - Self.reach)...min(context.sentenceRanges.count - 1, index + Self.reach)
            if window.contains(where: { sports.isSports($0) }) { players.insert(context.key(mention.tokens)) }
        }
        // A name the lexicon knows, or that the document names elsewhere with more than a
        // guess (`à Kindia`), keeps that reading.
        players = players.filter { lexicons.knownNames[$0] == nil }
        for mention in mentions where mention.strength > .guess && mention.tokens.count == 1 {
            players.remove(context.key(mention.tokens))
        }
        guard !players.isEmpty else { return mentions }
        var result = mentions
        for index in result.indices where isDefaultPlace(result[index]) {
            guard players.contains(context.key(result[index].tokens)) else { continue }
            result[index].label = .person
        }
        return result
    }

    /// The index of the sentence that holds token `token` (the sentences are in order).
    private func sentence(of token: Int) -> Int {
        var low = 0
        var high = context.sentenceRanges.count
        while low < high {
            let middle = (low + high) / 2
            if context.sentenceRanges[middle].upperBound <= token { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether `mention` is one word read as a place by a guess only, no head or cue noun
    /// (`Stade`), which is no surname.
    private func isDefaultPlace(_ mention: Mention) -> Bool {
        mention.label == .location && mention.tokens.count == 1 && mention.strength == .guess
            && context.traits[mention.tokens.lowerBound].cue.isEmpty
            && !context.traits[mention.tokens.lowerBound].isAcronym
            && !context.hasInnerCapital(mention.tokens.lowerBound)
    }

    /// Whether a lowercase common noun and `de` stand right before token `start`; not a
    /// role, and no cue noun, whose complement says what it names (`le tournoi de`).
    private func followsNounAndDe(_ start: Int) -> Bool {
        guard start >= 2 else { return false }
        let traits = context.traits
        let noun = traits[start - 2]
        guard traits[start - 1].isWord, traits[start - 1].isDeForm, context.isDe(start - 1), noun.isWord,
            !noun.isCapitalized, noun.role == nil, noun.cue.isEmpty
        else { return false }
        return noun.wordClass == .noun || (noun.wordClass != .adjective && hasNounReading(start - 2))
    }

    /// Whether the French lexicon reads the word at `index` as a noun: `frappe`, which the
    /// short list of common words gives as a verb, `expulsion`, which it lacks.
    private func hasNounReading(_ index: Int) -> Bool {
        guard let lexicon = FormFactsIndex.wordForms, let form = lexicon.formIndex(context.norm(index)) else {
            return false
        }
        return lexicon.classes(atForm: form).contains(.noun)
    }
}

/// Whether a sentence names a club's staff or gives a score in brackets, read once per
/// sentence and only for the sentences near a candidate.
private struct SportsSentences {
    let context: EntityContext
    private let clubs: ClubTowns
    private var known: [Bool?]

    init(lexicons: EntityLexicons, context: EntityContext) {
        self.context = context
        clubs = ClubTowns(lexicons: lexicons, context: context)
        known = Array(repeating: nil, count: context.sentenceRanges.count)
    }

    /// Whether sentence `sentence` names a club's staff or gives a score in brackets.
    mutating func isSports(_ sentence: Int) -> Bool {
        if let answer = known[sentence] { return answer }
        var answer = false
        for index in context.sentenceRanges[sentence] where index < context.tokens.count {
            let token = context.traits[index]
            if token.isWord ? token.isClubStaff : clubs.hasResult(after: index) {
                answer = true
                break
            }
        }
        known[sentence] = answer
        return answer
    }
}
