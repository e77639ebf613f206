import ParoleCore
import ParoleText

/// A lowercase adjective or past participle that a name ran on over, where the document
/// names the same body elsewhere without it: `le Ministère public vaudois` beside `le
/// Ministère public`, `l'Arc lémanique choyé` beside `l'Arc lémanique`. The word qualifies
/// the name in that sentence and is cut off. A name of two words keeps its adjective
/// (`Parti socialiste`, `Conseil fédéral`): only names of three words or more are cut,
/// and only to a name the document has as a mention of its own, not after a demonstrative
/// (`les Forces combattantes burkinabè … ces Forces combattantes`).
struct TrailingQualifiers {
    let context: EntityContext

    /// `mentions` with each trailing qualifier cut off where the document's evidence allows.
    func apply(to mentions: [Mention]) -> [Mention] {
        guard mentions.contains(where: { isCandidate($0) }) else { return mentions }
        var forms = Set<String>()
        for mention in mentions where mention.tokens.count >= 2 && mention.characterEnd == nil {
            // `ces Forces combattantes` points back to the longer name: no evidence.
            let before = mention.tokens.lowerBound - 1
            if before >= 0, Self.demonstratives.contains(context.key(before)) { continue }
            forms.insert(context.key(mention.tokens))
        }
        return mentions.map { mention in
            guard isCandidate(mention) else { return mention }
            let shorter = mention.tokens.lowerBound..<(mention.tokens.upperBound - 1)
            guard forms.contains(context.key(shorter)) else { return mention }
            var cut = mention
            cut.tokens = shorter
            return cut
        }
    }

    /// `ce`, `cette`, `ces`: a name after them is the one named before, maybe at length.
    static let demonstratives = FrenchWordLists.grammar.keys(.demonstrative)

    /// Whether `mention` has three words or more and ends on a lowercase word that the
    /// French lexicon reads as an adjective or a past participle.
    private func isCandidate(_ mention: Mention) -> Bool {
        guard mention.tokens.count >= 3, mention.characterEnd == nil else { return false }
        let last = mention.tokens.upperBound - 1
        let token = context.traits[last]
        guard token.isWord, !token.isCapitalized, !token.isElision, token.isLong,
            let lexicon = FormFactsIndex.wordForms
        else { return false }
        let norm = context.norm(last)
        let classes = lexicon.classes(of: norm)
        guard !classes.contains(.properNoun) else { return false }
        if classes.contains(.adjective) { return true }
        return classes.contains(.verb)
            && lexicon.analyses(of: norm).contains {
                $0.partOfSpeech == .verb && $0.features.contains("VerbForm=Part|Tense=Past")
            }
    }
}
