import ParoleCore
import ParoleText

/// The setting of the speaking after a reported clause: what the reporter adds about when,
/// where or how the words were said, which is not part of them (`a assuré que la question
/// serait réglée, lors d'un point de presse consécutif au sommet`).
extension QuoteFinder {
    /// Whether the words from `index` (right after a comma) to the end of the sentence are
    /// a phrase about the speaking: a preposition (`lors de`, `au cours d'`, `dans`,
    /// `devant`) whose noun phrase is headed, within its first words, by a noun of an
    /// occasion or channel of speaking (`quotes-speech-events.txt`), and which has no verb
    /// of its own up to the end of the sentence (a clause there goes on with the content).
    func opensSpeechSetting(at index: Int) -> Bool {
        let frame = scan.frame(of: index)
        guard index + 1 < frame.upperBound, text.isAny(index, .preposition), !scan.isQuoted(index),
            text.keyword(index)?.isDeForm != true
        else { return false }
        // The head: after prepositions, articles and at most two other words (`au cours
        // d'une`, `à l'issue d'un`, `en marge du`), a noun of speaking.
        var position = index + 1
        var others = 0
        var head: Range<Int>?
        while position < min(frame.upperBound, index + 8) && text.isWord(position) {
            if let event = speechEvent(at: position, before: frame.upperBound) {
                head = event
                break
            }
            if !text.isAny(position, [.preposition, .determiner]) && text.keyword(position)?.isDeForm != true {
                others += 1
                if others > 2 { return false }
            }
            position += 1
        }
        guard let head else { return false }
        // Up to the end of the sentence: no verb group, quotation or clause of its own.
        var rest = head.upperBound
        while rest < frame.upperBound && !text.isTerminal(rest) {
            if text.isQuotationMark(rest) || text.isPunctuation(rest, .semicolon) || text.isQue(rest)
                || scan.startsVerbGroup(rest) || looksFinite(rest) || scan.isPersonalSubjectPronoun(rest)
            {
                return false
            }
            rest += 1
        }
        return true
    }

    /// The tokens of the noun of speaking (`conférence`, `point de presse`) at `index`, the
    /// longest that ends before `upper`, if one starts there.
    private func speechEvent(at index: Int, before upper: Int) -> Range<Int>? {
        guard let tails = text.lexicons.speechEvents[text.norm(index)] else { return nil }
        var best: Range<Int>?
        for tail in tails where index + 1 + tail.count <= upper {
            let matches = tail.indices.allSatisfy { text.norm(index + 1 + $0) == tail[$0] }
            if matches && tail.count + 1 > (best?.count ?? 0) { best = index..<(index + 1 + tail.count) }
        }
        return best
    }
}

extension QuoteFinder {
    /// The parts of speech after which a clause cannot stop: a verb or an auxiliary waits
    /// for its complement (`est, selon lui, une substance`), a preposition, a determiner, a
    /// conjunction or a pronoun for what it introduces.
    private static let clauseOpeners: [PartOfSpeech] = [
        .verb, .auxiliary, .adposition, .determiner, .coordinatingConjunction, .subordinatingConjunction, .pronoun,
    ]

    /// Whether the word at `index` can end a clause, by the parts of speech the French
    /// lexicon of the `morphology` stage gives its form: none of ``clauseOpeners``
    /// (`inoubliables`, `ambigus`; a number). A form the lexicon does not know can end one
    /// when it is a name or a number.
    func canEndClause(_ index: Int) -> Bool {
        guard index >= 0, index < text.count else { return false }
        if text.isNumber(index) { return true }
        guard text.isWord(index) else { return false }
        let classes = text.lexicons.wordForms.classes(of: text.norm(index))
        if classes.rawValue == 0 { return text.isCapitalized(index) }
        return !Self.clauseOpeners.contains { classes.contains($0) }
    }

    /// Whether token `index` opens a phrase led by a preposition other than `de`, which
    /// completes no clause before it (`à l'instar de`, `en raison de`).
    func opensPrepositionalPhrase(_ index: Int) -> Bool {
        index < text.count && text.isAny(index, .preposition) && !text.isAny(index, .determiner)
            && text.keyword(index)?.isDeForm != true
    }
}
