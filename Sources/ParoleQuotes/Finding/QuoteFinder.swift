import ParoleCore

/// A quote found by the rules, before its speaker is resolved.
struct QuoteCandidate: Sendable {
    /// The tokens of the words said (without quotation marks).
    var tokens: Range<Int>
    /// How the words are reported.
    var kind: Quote.Kind
    /// Who said them, before pronouns and context are resolved.
    var speaker: SpeakerRef
    /// The speech verb or `selon`.
    var cue: Quote.Cue?
    /// For a direct quote followed by an incise, the token after the incise's subject.
    var inciseEnd: Int?
    /// Whether a later rule took the words back (a quotation inside a dialogue turn);
    /// the candidate stays so that references to it by index hold.
    var isDropped = false
    /// The rule that found the quote, for ``RuleLayer`` (set by ``QuoteFinder/add(_:file:function:)``).
    var origin: RuleOrigin?
    /// Whether the cue has no tense of its own (``SpeechCue/isNonFinite(in:)``): a
    /// reported clause whose speaker is then found nowhere reports nobody's words (`une
    /// loi exigeant que`, `hausser le ton menaçant de`).
    var hasNonFiniteCue = false
}

/// What the rules decided about a pair of quotation marks.
enum PairRole: Sendable, Equatable {
    /// Not decided yet: a partial quote if a speaker can be found, else a scare quote.
    case undecided
    /// A direct quote (or a reported clause given whole in marks).
    case direct
}

/// Finds the quotes of one document: direct quotes in marks, reported clauses
/// (`a déclaré que`, `selon X`, a clause before an incise), quoted fragments, and
/// dialogue turns, each with its speaker reference and cue.
struct QuoteFinder {
    /// The document as scanned.
    let scan: QuoteScan
    /// The document's text (``QuoteScan/text``).
    let text: QuoteText
    /// The quotes found so far, in the order found.
    private(set) var candidates: [QuoteCandidate] = []
    /// The candidates indexed by position.
    private(set) var candidateIndex = CandidateIndex()
    /// The role of each pair of quotation marks.
    var pairRoles: [PairRole]

    init(scan: QuoteScan) {
        self.scan = scan
        text = scan.text
        pairRoles = [PairRole](repeating: .undecided, count: scan.pairs.count)
    }

    /// Finds every quote; indirect quotes drop when a direct quote covers the same words.
    /// `Pour X, …` gives X's view: the clause is X's indirect quote (cue `pour`), and the
    /// fragments quoted in it are X's too.
    mutating func find() -> [QuoteCandidate] {
        findDirectQuotes()
        findReportedClauses()
        findSourcePhrases()
        findPartialQuotes()
        findDialogueTurns()
        findQuotedReports()
        return candidates
    }

    /// Adds a candidate and returns its index; its tokens lose trailing commas, colons
    /// and semicolons. Empty candidates are not added. The function that calls it (or the
    /// one given) is recorded as the rule that found the quote.
    @discardableResult
    mutating func add(
        _ candidate: QuoteCandidate, file: StaticString = #fileID, function: StaticString = #function
    ) -> Int? {
        var candidate = candidate
        if candidate.origin == nil { candidate.origin = RuleOrigin(file: file, function: function) }
        var end = candidate.tokens.upperBound
        while end > candidate.tokens.lowerBound
            && (text.isComma(end - 1) || text.isPunctuation(end - 1, .semicolon) || text.isPunctuation(end - 1, .colon))
        {
            end -= 1
        }
        candidate.tokens = candidate.tokens.lowerBound..<end
        guard candidate.tokens.contains(where: { text.isWord($0) || text.isNumber($0) }) else { return nil }
        candidates.append(candidate)
        candidateIndex.add(candidate, at: candidates.count - 1)
        return candidates.count - 1
    }

    /// Marks candidate `index` as taken back (see ``QuoteCandidate/isDropped``).
    mutating func drop(_ index: Int) { candidates[index].isDropped = true }

    /// Gives the direct quote over exactly `tokens` a speaker and a cue, when it has neither.
    mutating func attributeDirect(_ tokens: Range<Int>, speaker: SpeakerRef, cue: Quote.Cue) {
        guard
            let index = candidates.firstIndex(where: {
                $0.kind == .direct && $0.tokens == tokens && !$0.isDropped && $0.cue == nil
            })
        else { return }
        candidates[index].speaker = speaker
        candidates[index].cue = cue
    }

    /// Whether a reported clause over `tokens` would repeat a quote already found:
    /// another reported clause over mostly the same words.
    func overlapsReportedClause(_ tokens: Range<Int>, cue: Quote.Cue? = nil) -> Bool {
        // Another clause over half the union at least starts at most `tokens.count`
        // tokens before `tokens` (else the union is more than twice `tokens`), and
        // before its end.
        let starts = max(0, tokens.lowerBound - tokens.count)..<tokens.upperBound
        return candidateIndex.indirect(startingIn: starts).contains { candidate in
            let other = candidates[candidate]
            if reportsWithin(tokens, cue: cue, other: other) { return false }
            let overlap = max(
                0, min(other.tokens.upperBound, tokens.upperBound) - max(other.tokens.lowerBound, tokens.lowerBound))
            let union =
                max(other.tokens.upperBound, tokens.upperBound) - min(other.tokens.lowerBound, tokens.lowerBound)
            return union > 0 && overlap * 2 >= union
        }
    }

    /// Whether one of two clauses reports the other: the longer holds the shorter one and
    /// the shorter one's speech verb (`Le ministre estime que la grève est légitime, a indiqué
    /// le président`, `Selon le syndicat, le ministre a promis qu'il viendrait`). Both are
    /// quotes. Not a source phrase inside (`Selon lui, X, indique-t-il` is one report).
    private func reportsWithin(_ tokens: Range<Int>, cue: Quote.Cue?, other: QuoteCandidate) -> Bool {
        guard let cue, let otherCue = other.cue, !tokens.isEmpty, !other.tokens.isEmpty, tokens != other.tokens
        else { return false }
        func holds(_ outer: Range<Int>, _ outerCue: Quote.Cue, _ inner: Range<Int>, _ innerCue: Quote.Cue) -> Bool {
            let span = text.span(outer)
            guard
                outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
                    && span.start <= innerCue.span.start && innerCue.span.end <= span.end
                    && !SpeakerResolver.isSourceLemma(innerCue.lemma)
            else { return false }
            // The inner report opens the outer clause: its words come first (before an
            // incise), or no verb stands before its own (not a main clause after a fronted
            // one), and it reports a clause, not an infinitive.
            if inner.lowerBound == outer.lowerBound { return true }
            let lead = outer.lowerBound..<inner.lowerBound
            let verb = lead.first { text.tokens[$0].span.start >= innerCue.span.start } ?? inner.lowerBound
            // `… que sa sœur a appelé un ami pour lui dire que …`: a purpose infinitive reports
            // inside the outer clause, after its verb.
            if text.isKeyword(verb, .pour) && text.tokens[verb].span.start == innerCue.span.start { return true }
            return !(outer.lowerBound..<verb).contains { isFiniteVerb($0) || looksFinite($0) }
                && !isInfinitive(inner.lowerBound)
        }
        return holds(tokens, cue, other.tokens, otherCue) || holds(other.tokens, otherCue, tokens, cue)
    }

    /// The pair whose marks enclose exactly `tokens` (give or take final punctuation), if any.
    func pairCovering(_ tokens: Range<Int>) -> Int? {
        guard !tokens.isEmpty else { return nil }
        var end = tokens.upperBound
        while end > tokens.lowerBound && (text.isTerminal(end - 1) || text.isComma(end - 1)) { end -= 1 }
        let open = tokens.lowerBound
        guard let index = scan.pairIndex(openingAt: open), scan.pairs[index].close == end - 1 else { return nil }
        return index
    }
}
