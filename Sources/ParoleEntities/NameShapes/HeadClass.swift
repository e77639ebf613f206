import ParoleCore
import ParoleText

/// How news annotators span a lowercase head noun followed by `de` and a place
/// (`entities-head-classes.txt`).
enum HeadClass: String, Sendable, CaseIterable {
    /// The body and its place make one organisation: `l'université de Caen`.
    case institution
    /// The same with an adjective after the head (`la police nationale d'Haïti`); with the
    /// place right after the head, only the place is a name: `la police de Montréal` →
    /// `Montréal`.
    case qualifiedInstitution = "qualified-institution"
    /// Only the place is a name: `la commune de Walhain` → `Walhain`.
    case territorial
    /// A head that many bodies share, one in every town (`Tribunal`, `Cour`, `Groupe`):
    /// alone, even capitalised, it is a common noun, no name (`la Cour a suspendu
    /// l'audience`); with an adjective or a complement it begins one.
    case shared
    /// A legal act: lowercase it names one with the act's number after it (`la loi
    /// organique 113.14`, `le décret-loi 116`, `la loi de Finances 2016`); capitalised after
    /// `la` it is the country's own text (`contraire à la Constitution`).
    case act

    /// Whether a capitalised head of this class, alone, names nothing: a shared head
    /// (`la Cour`) or a territory's (`la Région`).
    var namesNothingAlone: Bool { self == .shared || self == .territorial }

    /// The classes of `lexicon`'s words by folding key; a row of an unknown class, of
    /// other than two fields or a duplicate is a thrown ``LexiconError``.
    static func table(from lexicon: Lexicon) throws -> [String: HeadClass] {
        try lexicon.check(LexiconSchema(fields: 2...2, codes: [1: Set(allCases.map(\.rawValue))]))
        var table: [String: HeadClass] = [:]
        for entry in lexicon.entries {
            guard let headClass = HeadClass(rawValue: entry[1]) else { continue }
            table[Normalizer.foldingKey(entry[0])] = headClass
        }
        return table
    }
}

extension EntityContext {
    /// The class `entities-head-classes.txt` gives token `index`'s word, if any.
    func headClass(_ index: Int) -> HeadClass? { EntityWordSets.shipped.headClasses[key(index)] }
}
