import ParoleCore

/// Common nouns written with a capital where a place is expected: `promue au Cabinet`,
/// `dans le Royaume`. French writes a town's name without an article (`à Moutier`), so a
/// capitalised word the dictionary knows only as a common noun, after a place preposition
/// and its article, is that noun written with respect, and no place.
extension RunClassifier {
    /// Whether the one word of `facts`, after a place cue of `strength` with its article
    /// (`promue au Cabinet`, `dans le Royaume`), is a common noun written with a capital:
    /// no place, since a town takes no article (`à Moutier`), nor a name going on after it
    /// (`du Grand Fribourg`, `l'Arc jurassien`); but a title where outlets are named
    /// (`accordé au Monde`).
    func isCapitalisedCommonNoun(_ facts: RunFacts, strength: Mention.Strength) -> Bool {
        let next = facts.run.upperBound
        guard facts.isSingle, strength < .strong, !facts.head.isFirstName,
            facts.cues.hasDeterminer(before: facts.first, sentenceStart: facts.sentenceStart),
            next >= facts.sentence.upperBound
                || !(context.traits[next].isCapitalized || context.traits[next].isAdjective),
            let lexicon = FormFactsIndex.wordForms,
            LexiconNameKinds.isCapitalisedCommonNoun(context.text(facts.run), in: lexicon)
        else { return false }
        return !MediaOutlets(lexicons: lexicons, context: context).isOutletPosition(facts.first)
    }
}
