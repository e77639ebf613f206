import ParoleCore
import ParoleText

/// One-word names read as persons on weak evidence only (a default, a guess from the
/// document) that the French lexicon (Dicollecte, `po:npr`) knows only as proper names of
/// places, brands or companies, never as a first name nor a surname: `Djeddah`, `Hyundai`,
/// `Airbnb` are no persons. After a place preposition (`depuis Djeddah`) such a name is a
/// place; elsewhere (`les véhicules Hyundai`) an organisation. A person by default whose
/// name GeoNames lists as a town is a place. A person by default alone
/// whose one word the lexicon knows only as a common word (`contre Ebola`) is left out.
struct LexiconNameKinds {
    let context: EntityContext

    /// Prepositions that introduce a place (by key).
    static let placePrepositions = FrenchWordLists.grammar.keys(.locative, .toward)

    /// `mentions` with such persons relabelled, and persons by default alone whose one
    /// word the lexicon knows only as a common word (`Ebola`, `Hiérarchiquement`) left out.
    func apply(to mentions: [Mention]) -> [Mention] {
        guard let lexicon = FormFactsIndex.wordForms else { return mentions }
        var result = mentions
        var dropped: [Int] = []
        for index in result.indices {
            let mention = result[index]
            let token = mention.tokens.lowerBound
            if mention.label == .person, mention.isDefault, mention.tokens.count == 1, mention.strength == .guess,
                mention.genderSource == nil, !context.traits[token].isFirstName,
                isCommonWordOnly(context.text(mention.tokens), in: lexicon)
            {
                dropped.append(index)
                continue
            }
            if isTown(mention) {
                result[index].label = .location
                result[index].isDefault = false
                continue
            }
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
        for index in dropped.reversed() { result.remove(at: index) }
        return result
    }

    /// Whether `mention` is a person on no evidence but the default (no first name, title
    /// or gender) whose whole name GeoNames lists as a town of the French-speaking
    /// countries (`Bassar et Tchamba`, `Faya-Largeau`): a place. A name that a first name
    /// opens or that a town only begins (`Kaïs Saïed`) is no such person; one a number
    /// follows is a team with its score or a body with its number (`battant Istres 28 à 25`).
    private func isTown(_ mention: Mention) -> Bool {
        let end = mention.tokens.upperBound
        return mention.label == .person && mention.isDefault && mention.strength == .guess
            && mention.genderSource == nil && !mention.tokens.contains { context.traits[$0].isFirstName }
            && !(end < context.tokens.count && context.tokens.kind(at: end) == .number)
            && EntityWordSets.shipped.towns.contains(Normalizer.foldingKey(context.text(mention.tokens)))
    }

    /// Whether `word` has readings, as written and in lowercase, and none of them is a
    /// proper noun.
    private func isCommonWordOnly(_ word: String, in lexicon: FrenchLexicon) -> Bool {
        let written = lexicon.analyses(of: word)
        let lowered = lexicon.analyses(of: word.lowercased())
        guard !written.isEmpty || !lowered.isEmpty else { return false }
        return !(written + lowered).contains { $0.partOfSpeech == .properNoun }
    }

    /// Whether `word`, capitalised, is a singular common noun written with a capital: the
    /// dictionary has no entry spelt so (as it has `France`, `Maroc`, `Paris`), and reads the
    /// lowercase form as a singular noun and as no proper noun (`Tanière`, `Concordat`,
    /// `Principauté`). A plural (`les Verts`) may be a group's name and is left alone.
    static func isCapitalisedCommonNoun(_ word: String, in lexicon: FrenchLexicon) -> Bool {
        guard lexicon.analyses(of: word).isEmpty else { return false }
        let lowered = lexicon.analyses(of: word.lowercased())
        return lowered.contains { $0.partOfSpeech == .noun && $0.feature("Number") != "Plur" }
            && !lowered.contains { $0.partOfSpeech == .properNoun || $0.feature("Number") == "Plur" }
    }

    /// Whether every reading is a proper noun of the `Name` kind (no first name, surname
    /// or common word).
    private func isPlaceOrBrandOnly(_ analyses: [LexicalAnalysis]) -> Bool {
        !analyses.isEmpty
            && analyses.allSatisfy { $0.partOfSpeech == .properNoun && $0.feature("NameKind") == "Name" }
    }
}
