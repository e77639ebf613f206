import ParoleCore

/// One-word names read as persons on weak evidence only (a default, a guess from the
/// document) that the French lexicon (Dicollecte, `po:npr`) knows only as proper names of
/// places, brands or companies, never as a first name nor a surname: `Djeddah`, `Hyundai`,
/// `Airbnb` are no persons. After a place preposition (`depuis Djeddah`) such a name is a
/// place; elsewhere (`les véhicules Hyundai`) an organisation.
struct LexiconNameKinds {
    let context: EntityContext

    /// Prepositions that introduce a place (by key).
    static let placePrepositions: Set<String> = ["a", "depuis", "vers", "en", "au", "aux", "pres"]

    /// `mentions` with such persons relabelled.
    func apply(to mentions: [Mention]) -> [Mention] {
        guard let lexicon = FormFactsIndex.wordForms else { return mentions }
        var result = mentions
        for index in result.indices {
            let mention = result[index]
            let token = mention.tokens.lowerBound
            guard mention.label == .person, mention.tokens.count == 1, mention.strength < .strong,
                mention.genderSource == nil, !context.traits[token].isFirstName,
                isPlaceOrBrandOnly(lexicon.analyses(of: context.text(mention.tokens)))
            else { continue }
            let before = token - 1
            let isPlace =
                before >= 0 && context.traits[before].isWord
                && Self.placePrepositions.contains(context.key(before))
            result[index].label = isPlace ? .location : .organization
            result[index].isDefault = false
        }
        return result
    }

    /// Whether every reading is a proper noun of the `Name` kind (no first name, surname
    /// or common word).
    private func isPlaceOrBrandOnly(_ analyses: [LexicalAnalysis]) -> Bool {
        !analyses.isEmpty
            && analyses.allSatisfy { $0.partOfSpeech == .properNoun && $0.feature("NameKind") == "Name" }
    }
}
