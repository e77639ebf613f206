import ParoleCore
import ParoleModel
import ParoleText

/// Where a clause can stop before a comma: by the parts of speech of its last word (a noun,
/// an adjective or a past participle can close it; a preposition, a determiner, a
/// pronoun or an auxiliary waits for what it introduces), and whether the words after the
/// comma open a phrase that completes no clause before it.
extension QuoteFinder {
    /// The parts of speech a word that closes a clause cannot have: an auxiliary waits for
    /// its participle or complement (`est, selon lui, une substance`), a preposition, a
    /// determiner, a conjunction or a pronoun for what it introduces.
    private static let clauseOpeners: PartOfSpeechSet = [
        PartOfSpeechSet(.auxiliary), PartOfSpeechSet(.adposition), PartOfSpeechSet(.determiner),
        PartOfSpeechSet(.coordinatingConjunction), PartOfSpeechSet(.subordinatingConjunction),
        PartOfSpeechSet(.pronoun),
    ]

    /// The parts of speech that let a word close a clause even when it can also be read as
    /// a verb (`une hausse`, `le vote`, `inoubliables`).
    private static let clauseClosers: PartOfSpeechSet = [PartOfSpeechSet(.noun), PartOfSpeechSet(.adjective)]

    /// Whether the word at `index` can end a clause: no form of `avoir` or `être` (which the
    /// French lexicon reads as verbs: `est, selon la préfecture, en hausse`), and, by the
    /// readings the French lexicon of the `morphology` stage gives its form, none of
    /// ``clauseOpeners``, and either a noun
    /// or adjective reading, a past participle (`ont été très fréquentées`), or no verb
    /// reading at all (an adverb, a number). A form the lexicon does not know can end one
    /// when it is a name or a number.
    func canEndClause(_ index: Int) -> Bool {
        guard index >= 0, index < text.count else { return false }
        if text.isNumber(index) { return true }
        guard text.isWord(index), !text.isAny(index, .auxiliary) else { return false }
        let norm = text.norm(index)
        let classes = text.lexicons.wordForms.classes(of: norm)
        if classes.isEmpty { return text.isCapitalized(index) }
        guard classes.isDisjoint(with: Self.clauseOpeners) else { return false }
        if !classes.isDisjoint(with: Self.clauseClosers) || !classes.contains(.verb) { return true }
        return text.hasVerbTime(index, .pastParticiple)
    }

    /// Whether token `index` opens a phrase led by a preposition other than `de`, which
    /// completes no clause before it (`à l'instar de`, `en raison de`).
    func opensPrepositionalPhrase(_ index: Int) -> Bool {
        index < text.count && text.isAny(index, .preposition) && !text.isAny(index, .determiner)
            && text.keyword(index)?.isDeForm != true
    }
}
