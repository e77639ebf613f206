import ParoleCore

/// A `que` that closes a comparison, not the `que` of a reported clause: `s'est dit plus
/// rassuré que mardi`, `a davantage convaincu les électeurs que la liste adverse`, `se
/// trouvait davantage au tribunal qu'à l'hôpital`, `recommande la soirée d'ouverture, ainsi
/// que le concert`. The adverbs of degree or manner are the `comparative` words of
/// `quotes-function-words.txt`.
extension QuoteFinder {
    /// Whether the `que` at `que` closes a comparison that a comparative adverb between
    /// `start` (just after the verb) and `que` opens. The adverb counts when the term it
    /// compares is an adjective or a participle (`plus rassuré que`), when the words
    /// after `que` repeat the word after it (`davantage dans … que dans …`), or when a
    /// comma stands right before it and `que` right after (`…, ainsi que`). Not `de plus`,
    /// `en plus`, nor an adverb before a time word (`plus tôt`, `plus tard`).
    func isComparativeQue(_ que: Int, from start: Int) -> Bool {
        guard start < que, que + 1 < text.count else { return false }
        for index in start..<que where text.isAny(index, .comparative) && !scan.isQuoted(index) {
            if index > 0 && (isDePreposition(index - 1) || text.isKeyword(index - 1, .en)) { continue }
            let next = index + 1
            if next == que {
                if index > start && text.isComma(index - 1) { return true }
                continue
            }
            if text.isAny(next, .time) || text.lexicons.adverbials.match(at: index, in: text, limit: que) > 1 {
                continue
            }
            if isComparedAttribute(next) || text.norm(next) == text.norm(que + 1) { return true }
        }
        return false
    }

    /// Whether token `index` is a lowercase adjective or past participle by the French
    /// lexicon: the term of a comparison (`plus rassuré`, `davantage convaincu`).
    private func isComparedAttribute(_ index: Int) -> Bool {
        guard text.isWord(index), !text.isCapitalized(index), !text.isAny(index, [.determiner, .preposition]) else {
            return false
        }
        return text.lexicons.wordForms.classes(of: text.norm(index)).contains(.adjective)
            || text.hasVerbTime(index, .pastParticiple)
    }
}
