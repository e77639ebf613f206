import ParoleCore

/// Sentences glued by their final punctuation with no space after it, as news pages
/// often print them (`… ce même fidèle.Marine Le Pen a …`, `… une rumeur.Et pourquoi …`,
/// `… une plainte?Tutu Salumu répond …`).
///
/// The tokenizer cuts `fidèle.Marine` (one word piece for ICU) at the period, and the
/// sentence splitter ends a sentence at the glued punctuation, both on the same evidence:
/// the word before is a French word of the lexicon written in lowercase or capitalised
/// (not an abbreviation of the tokenizer's table, not an acronym, never a single letter),
/// and the word after is capitalised and either known to the lexicon or, after a
/// lowercase word, shaped like a name of four letters or more (`terroristes.Chahed`). Web addresses (`lemonde.fr`),
/// file names and program names (`Node.js`), acronyms (`U.S.A.`), initials (`J.Dupont`),
/// titles (`M.Dupont`) and decimal numbers never qualify.
enum GluedBoundary {
    /// Whether `word`, written right before a glued period, `?` or `!`, can end a sentence.
    /// `word` may carry an elision (`l'armée`): the part after the apostrophe is looked up.
    static func endsSentence(_ word: String, lexicon: FrenchLexicon, rules: TokenizerRules) -> Bool {
        let units = Array(word.utf16)
        var first = units.count
        while first > 0, units[first - 1].isLetterUnit { first -= 1 }
        guard first == 0 || UnitClass.test(units[first - 1], .apostrophe) else { return false }
        let letters = units[first...]
        guard letters.count >= 2, letters.dropFirst().allSatisfy({ $0.isLowercaseUnit }) else { return false }
        if first == 0, rules.abbreviationRole(word + ".") != nil { return false }
        return knows(String(utf16Units: letters), lexicon: lexicon)
    }

    /// Whether `word`, written right after glued final punctuation, starts a sentence:
    /// a capitalised word (`Marine`, `Et`, `L'`) the lexicon knows, or after a lowercase
    /// word (`afterLowercase`) any capitalised word of three letters or more.
    static func startsSentence(
        _ word: String, afterLowercase: Bool, lexicon: FrenchLexicon, rules: TokenizerRules
    ) -> Bool {
        let units = Array(word.utf16)
        guard let head = units.first, head.isUppercaseUnit else { return false }
        var end = 1
        while end < units.count, units[end].isLetterUnit {
            guard units[end].isLowercaseUnit else { return false }
            end += 1
        }
        let letters = String(utf16Units: units[..<end])
        if end < units.count, UnitClass.test(units[end], .apostrophe) {  // L'armée, Qu'il
            return rules.elisions.contains(letters.lowercased())
        }
        guard end >= 2 else { return false }
        if knows(letters, lexicon: lexicon) { return true }
        return afterLowercase && end >= 4
    }

    /// Whether the lexicon holds `word` as written or lowercased (`Marine`, `Et` → `et`).
    private static func knows(_ word: String, lexicon: FrenchLexicon) -> Bool {
        lexicon.contains(word) || lexicon.contains(word.lowercased())
    }
}
