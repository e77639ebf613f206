import ParoleCore
import ParoleText

/// Quoted qualities: a fragment that is one adjective or past participle, with at most
/// adverbs before it (`une arme « chargée »`, `l'incendie a été « maîtrisé »`, `des projets
/// « fortement contestés »`), gives someone's judgement of a thing, so it is a quote even
/// with no speaker in sight, where a noun in marks may be a term (`une réunion de
/// « frondeurs »`). An adjective the lexicon also reads as a noun (`civils`,
/// `intérimaire`) may name a kind and does not count, nor does a word right after a
/// determiner, which makes it a noun (`les « disparus »`).
extension QuoteFinder {
    /// Whether the words in `pair` are a quality: up to three adverbs, then a lowercase
    /// adjective with no noun reading or a past participle, by the French lexicon.
    func givesQuality(_ pair: MarkPair) -> Bool {
        let words = pair.inner.filter { text.isWord($0) }
        guard let last = words.last, words.count <= 4, pair.open > 0,
            !text.isAny(pair.open - 1, .determiner),
            !pair.inner.contains(where: { text.isNumber($0) || text.isInEntity($0) })
        else { return false }
        let forms = text.lexicons.wordForms
        let closed: QuoteWordClass = [.determiner, .preposition, .subjectPronoun, .clitic, .conjunction, .time]
        for word in words where text.isCapitalized(word) || text.isAny(word, closed) { return false }
        for word in words.dropLast() where !forms.classes(of: text.norm(word)).contains(.adverb) { return false }
        let classes = forms.classes(of: text.norm(last))
        return classes.contains(.adjective) && !classes.contains(.noun) || text.hasVerbTime(last, .pastParticiple)
    }
}
