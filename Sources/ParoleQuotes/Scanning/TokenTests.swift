import ParoleCore
import ParoleText

/// The tests the rules make on tokens, from what ``QuoteText`` stores: punctuation,
/// word classes, entities and the shapes of words.
extension QuoteText {
    /// Whether token `index` is `que` or `qu'`.
    func isQue(_ index: Int) -> Bool { keyword(index)?.isQue ?? false }

    /// Whether the lexicon reads the norm of token `index` as a verb form of `times`
    /// (`avoir` as an infinitive, `résidant` as a present participle).
    func hasVerbTime(_ index: Int, _ times: VerbTimes) -> Bool {
        lexicons.wordForms.verbTimes(of: norm(index))?.contains(times) == true
    }

    /// Whether token `index` is punctuation whose norm is `mark` (one of the
    /// punctuation shapes: ``FormShape/comma``, ``FormShape/colon``, ...).
    @inline(__always)
    func isPunctuation(_ index: Int, _ mark: FormShape) -> Bool {
        kind(index) == .punct && hasShape(index, mark)
    }

    /// Whether token `index` is a comma.
    @inline(__always)
    func isComma(_ index: Int) -> Bool { isPunctuation(index, .comma) }

    /// Whether token `index` ends a sentence: `.`, `!`, `?`, `…`, `...`.
    @inline(__always)
    func isTerminal(_ index: Int) -> Bool { isPunctuation(index, .terminal) }

    /// Whether token `index` is a dialogue dash: `—`, `–` or `--`.
    @inline(__always)
    func isDash(_ index: Int) -> Bool { isPunctuation(index, .dash) }

    /// Whether token `index` belongs to any of `classes`.
    @inline(__always)
    func isAny(_ index: Int, _ classes: QuoteWordClass) -> Bool { info(index).isAny(classes) }

    /// Whether token `index` is a honorific (`M.`, `Mme`), which must be capitalised.
    func isHonorific(_ index: Int) -> Bool { info(index).classes.contains(.honorific) && isCapitalized(index) }

    /// The entity covering token `index`.
    func entity(at index: Int) -> Entity? {
        let entity = entityIndex(at: index)
        return entity >= 0 ? entities[entity] : nil
    }

    // MARK: Word shapes

    /// The number of tokens of `le fait` at `index` when `que` follows it (`dénonce le fait
    /// que …`): the noun only restates the clause after `que`; else 0.
    func restatingNoun(at index: Int, before upper: Int) -> Int {
        index + 2 < upper && isKeyword(index, .le) && isKeyword(index + 1, .fait) && isQue(index + 2) ? 2 : 0
    }

    /// Whether token `index` is an adverb in -ment (`vivement`, `mélancoliquement`),
    /// not a noun after a determiner (`le gouvernement`).
    func looksLikeAdverb(_ index: Int) -> Bool {
        guard isWord(index), !isCapitalized(index), hasShape(index, .longMentEnding) else { return false }
        return !isAny(index, .speakerHead) && !(index > 0 && isAny(index - 1, [.determiner, .preposition]))
    }

    /// Whether token `index` looks like a past participle of the first group
    /// (`impliqué`, `chargée`, `basés`).
    func looksLikeParticiple(_ index: Int) -> Bool {
        isWord(index) && !isCapitalized(index) && hasShape(index, .firstGroupParticiple)
    }

    /// Whether token `index` looks like any past participle, before an agent `par`
    /// (`établi par`, `conduite par`, `publié par`).
    func looksLikeAgentParticiple(_ index: Int) -> Bool {
        isWord(index) && !isCapitalized(index) && hasShape(index, [.firstGroupParticiple, .otherParticiple])
    }
}
