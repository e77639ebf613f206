import ParoleCore
import ParoleText

/// The setting of the speaking after a reported clause: what the reporter adds about when,
/// where or how the words were said, which is not part of them (`a assuré que la question
/// serait réglée, lors d'un point de presse consécutif au sommet`).
extension QuoteFinder {
    /// Whether the words from `index` (right after a comma) to the end of the sentence are
    /// a phrase about the speaking: a preposition of a setting of the speaking (`lors de`,
    /// `au cours d'`, `dans`, `devant`: `quotes-speech-setting-prepositions.txt`; not
    /// `avant`, `malgré`, which mostly go on with the content) whose noun phrase is headed,
    /// within its first words, by a noun of an occasion or channel of speaking
    /// (`quotes-speech-events.txt`), and which has no verb of its own up to the end of the
    /// sentence (a clause there goes on with the content).
    func opensSpeechSetting(at index: Int) -> Bool {
        let frame = scan.frame(of: index)
        guard let head = speechSettingHead(at: index) else { return false }
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

    /// The noun of speaking that heads a phrase about the speaking at `index`: a
    /// preposition of `quotes-speech-setting-prepositions.txt`, then, after articles and at
    /// most two other words (`au cours d'une`, `à l'issue d'un`, `durant son`), a noun of
    /// `quotes-speech-events.txt` (`point de presse`, `conférence`).
    func speechSettingHead(at index: Int) -> Range<Int>? {
        // The preposition first: most words open none, and one table probe says so.
        let frame = scan.frame(of: index)
        guard
            let preposition = phrase(in: text.lexicons.speechSettingPrepositions, at: index, before: frame.upperBound),
            index + 1 < frame.upperBound, !scan.isQuoted(index)
        else { return nil }
        var position = preposition.upperBound
        var others = 0
        while position < min(frame.upperBound, index + 8) && text.isWord(position) {
            if let event = phrase(in: text.lexicons.speechEvents, at: position, before: frame.upperBound) {
                return event
            }
            if !text.isAny(position, [.preposition, .determiner]) && text.keyword(position)?.isDeForm != true {
                others += 1
                if others > 2 { return nil }
            }
            position += 1
        }
        return nil
    }

    /// The tokens of the longest phrase of `phrases` (keyed on its first word's norm, see
    /// ``QuoteLexicons``) that starts at `index` and ends before `upper`, if one does; a
    /// `de` in the phrase stands for any of its forms (`lors d'`, `en marge du`).
    private func phrase(in phrases: [String: [[String]]], at index: Int, before upper: Int) -> Range<Int>? {
        guard let tails = phrases[text.norm(index)] else { return nil }
        var best: Range<Int>?
        for tail in tails where index + 1 + tail.count <= upper {
            let matches = tail.indices.allSatisfy {
                let norm = text.norm(index + 1 + $0)
                return norm == tail[$0] || tail[$0] == "de" && text.keyword(index + 1 + $0)?.isDeForm == true
            }
            if matches && tail.count + 1 > (best?.count ?? 0) { best = index..<(index + 1 + tail.count) }
        }
        return best
    }
}
