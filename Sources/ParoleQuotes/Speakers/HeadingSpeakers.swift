import ParoleCore

/// A quote that opens its paragraph under a heading naming nobody (`Un choix difficile`,
/// `2. Retrouver des résultats`, or a short quotation the editor took from the speaker's
/// words, `« Il faut du sang neuf »`) goes on from the text above the heading: an
/// interview cut into themes keeps its speaker from one heading to the next (`Paul Roy
/// s'est exprimé sur plusieurs sujets.` ¶ `Le budget` ¶ `« Nous tiendrons … »` ¶ `Les
/// écoles` ¶ `« Rien ne … »`).
extension SpeakerResolver {
    /// Most headings passed over, one above the other.
    static let headingReach = 2

    /// The speaker of candidate `index`, a quote that opens the paragraph after a heading
    /// starting at token `heading` and naming nobody: the person who is the subject right
    /// after the quote, else, above the heading (and a heading over it), the speaker of a
    /// quoted paragraph, else the person who is the subject of a sentence of the prose
    /// paragraph there, the last first.
    mutating func speakerAbove(heading: Int, of index: Int, depth: Int) -> SpeakerIdentity? {
        if let following = followingSubject(of: index) { return following }
        var end = heading
        for _ in 0..<Self.headingReach {
            guard end > 0 else { return nil }
            let start = paragraphStart(of: end - 1)
            if let other = quoteFilling(start..<end, before: index) {
                if let identity = resolve(other, depth: depth + 1) {
                    pronounToken[index] = pronounToken[other]
                    return identity
                }
                guard isHeadingQuote(candidates[other].tokens) else { return nil }
                end = start
                continue
            }
            if isHeading(start..<end) {
                end = start
                continue
            }
            return continuedSpeaker(of: index, paragraph: start..<end, depth: depth, wholeParagraph: true)
        }
        return nil
    }

    /// The direct quote, before candidate `index` in text order, that fills the paragraph
    /// `paragraph` (its marks open and close it), or `nil`.
    func quoteFilling(_ paragraph: Range<Int>, before index: Int) -> Int? {
        let last = paragraph.upperBound - 1
        for rank in stride(from: position[index] - 1, through: 0, by: -1) {
            let other = order[rank]
            let tokens = candidates[other].tokens
            if tokens.lowerBound < paragraph.lowerBound { break }
            if !candidates[other].isDropped, candidates[other].kind == .direct,
                tokens.lowerBound - paragraph.lowerBound <= 1, last - tokens.upperBound < 2
            {
                return other
            }
        }
        return nil
    }

    /// Most words of a quotation alone on its line that serves as a heading.
    static let headingQuoteWords = 16

    /// Whether the quote whose words are `quote` is a heading: a quotation alone on its line
    /// with no final punctuation (`« Il faut un moment ouvrir la porte à d'autres joueurs »`),
    /// longer than an ``isIntertitle(_:)`` may be.
    func isHeadingQuote(_ quote: Range<Int>) -> Bool {
        let after = quote.upperBound + 1
        return quote.lowerBound >= 1 && (quote.lowerBound == 1 || text.startsLine(quote.lowerBound - 1))
            && (after >= text.count || text.startsLine(after)) && !text.isTerminal(quote.upperBound - 1)
            && quote.count(where: { text.isWord($0) }) < Self.headingQuoteWords
    }

    /// Whether the heading `heading` names someone by a role or a noun of persons (`La
    /// réponse du président du club`, `Colère des riverains`) unless it opens with an
    /// indefinite description (`Un sélectionneur fier de son bilan` is the speaker above).
    func namesSomeoneByNoun(_ heading: Range<Int>) -> Bool {
        guard let first = heading.first, !isIndefinite(first) else { return false }
        return heading.contains { text.isAny($0, [.role, .personNoun]) }
    }

    /// Whether token `index` is the indefinite article `un` or `une`, which opens a
    /// description of no one in particular (`Un sélectionneur fier de son bilan`).
    func isIndefinite(_ index: Int) -> Bool {
        let keyword = text.keyword(index)
        return keyword == .un || keyword == .une
    }

    /// Whether the paragraph `paragraph` is a heading: short, and ending with no
    /// punctuation but a closing bracket.
    func isHeading(_ paragraph: Range<Int>) -> Bool {
        let last = paragraph.upperBound - 1
        return paragraph.count - 1 < 12 && (text.kind(last) != .punct || text.isPunctuation(last, .closingBracket))
    }
}
