import ParoleCore
import ParoleText

/// The topic a headline opens with (`Boussu : le festival s'étalera sur deux jours`,
/// `Haïti-Guerre de gangs : …`): news headlines name the place a story happens in first,
/// before a colon or joined by a hyphen to the subject. Two shapes are read as that place:
/// - a single capitalised word before a colon that no rule took, that the French lexicon
///   has no common reading of (accents restored on a capital `E`) and that is no first
///   name, acronym or listed word;
/// - a hyphenated first word whose first part is a known one-word place (ICU's country
///   names, the place lexicon) and whose next part is a capitalised common word
///   (`Tunisie-Affaire`): the place alone is the mention.
/// Names the document already reads otherwise (a surname found in the body) keep their label.
struct HeadlineTopics {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// `mentions` with the headline's opening place added when it has one of the shapes.
    func apply(to mentions: [Mention]) -> [Mention] {
        guard context.tokens.count >= 3, !mentions.contains(where: { $0.tokens.contains(0) }),
            let lexicon = FormFactsIndex.wordForms
        else { return mentions }
        if context.isPunct(1, 0x3A), isUnknownName(0, lexicon: lexicon) {
            return [Mention(tokens: 0..<1, label: .location, strength: .context)] + mentions
        }
        if let end = placeBeforeHyphen(lexicon: lexicon) {
            var place = Mention(tokens: 0..<1, label: .location, strength: .context)
            place.characterEnd = end
            return [place] + mentions
        }
        return mentions
    }

    /// Whether the word at `index` is capitalised and no common word, first name,
    /// acronym or listed word, and the French lexicon reads it as a proper noun or not at all.
    private func isUnknownName(_ index: Int, lexicon: FrenchLexicon) -> Bool {
        let token = context.traits[index]
        guard token.isWord, token.isCapitalized, !token.isAcronym, !token.isFirstName, !token.isListedWord,
            !token.isNotName, !token.isDemonym, !token.isCalendarWord, !token.isElision
        else { return false }
        return !hasCommonReading(context.text(index..<index + 1), lexicon: lexicon)
    }

    /// The end of the first token's first part when that part is a known one-word place
    /// and a capitalised common word follows its hyphen.
    private func placeBeforeHyphen(lexicon: FrenchLexicon) -> Int? {
        let token = context.traits[0]
        guard token.isWord, token.isCapitalized, !token.isAcronym else { return nil }
        let text = context.text(0..<1)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts.first, let second = parts.last,
            second.first?.isUppercase == true, second.dropFirst().allSatisfy({ !$0.isUppercase }),
            hasCommonReading(String(second), lexicon: lexicon)
        else { return nil }
        let known = lexicons.knownNames[Normalizer.foldingKey(first)] ?? []
        guard known.contains(where: { $0.keys.count == 1 && $0.label == .location }) else { return nil }
        return context.tokens[0].span.start + first.utf16.count
    }

    /// Whether `word`, as written or in lowercase (with an accent restored on an initial
    /// `e`), has a reading that is no proper noun.
    private func hasCommonReading(_ word: String, lexicon: FrenchLexicon) -> Bool {
        let lower = word.lowercased()
        var forms = [word, lower]
        if lower.hasPrefix("e") { forms += ["é", "è", "ê"].map { $0 + lower.dropFirst() } }
        return forms.contains { form in lexicon.analyses(of: form).contains { $0.partOfSpeech != .properNoun } }
    }
}
