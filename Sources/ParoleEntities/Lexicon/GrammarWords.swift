import ParoleCore
import ParoleText

/// Tests of a token against small classes of grammar words (`grammar-words.txt`), by key.
extension EntityContext {
    private typealias Grammar = FrenchWordLists.Grammar
    private static var grammar: WordClassTable<Grammar> { FrenchWordLists.grammar }

    /// `de` and `d'` (not the contracted `du`, `des`).
    static let bareDe = grammar.keys(.deForms).subtracting(grammar.keys(.contracted))
    /// `de`, `d'` and `du`: `de` before a singular complement.
    static let singularDe = bareDe.union(grammar.keys(.deForms).intersection(grammar.keys(.masculine)))
    /// `la` and `l'`: the definite article that is not `le` or `les`.
    static let laForms = grammar.keys(.definite).intersection(grammar.keys(.feminine, .elided))
    /// `le`, `la`, `l'`: the singular definite articles.
    static let singularDefinite = grammar.keys(.definite).intersection(grammar.keys(.masculine, .feminine, .elided))
    /// `de`, `d'`, `du`: the particle of a noble name.
    static let nobiliary = grammar.keys(.nobiliary)
    /// `le`, `la`, `les`: the definite articles written whole.
    static let wholeDefinite = grammar.keys(.definite).subtracting(grammar.keys(.elided))
    /// `le`, `la`, `les`, `du`, `au`, `aux`: the definite articles written whole, alone or
    /// joined to `à` and `de` (not `des`, which is also the indefinite plural).
    static let definiteOrContracted = wholeDefinite.union(
        grammar.keys(.contracted).intersection(grammar.keys(.masculine, .locative)))
    /// Possessives and indefinite articles (`ses`, `leur`, `une`): they open a verb's object.
    static let objectOpeners = grammar.keys(.possessive, .indefinite)
    /// `les`, `des`, `aux`: plural articles.
    static let pluralArticles = grammar.keys(.plural)
    /// Definite articles, `du` and `des`: what stands before a common noun taken as known.
    static let definiteOrPartitive = grammar.keys(.definite).union(grammar.keys(.deForms).subtracting(bareDe))

    /// `le`, `la`, `l'`, `du`, `au`: a singular definite article, contracted or not.
    static let singularDefiniteOrContracted = singularDefinite.union(
        grammar.keys(.contracted).intersection(grammar.keys(.masculine)))
    /// `la`, `une`, `cette`: determiners of a feminine singular noun, not possessive.
    static let feminineArticles = grammar.keys(.feminine).intersection(
        grammar.keys(.definite, .indefinite, .demonstrative))

    /// `et`, `ou`.
    static let coordinators = grammar.keys(.coordinator, .or)
    /// `et` alone.
    static let andForms = grammar.keys(.coordinator)
    /// `qui`, `que`, `qu'`, `dont`, `où`: relative pronouns, as written (so `où`, whose
    /// key is `ou`, is not matched against keys: the conjunction `ou` would be too).
    static let relatives = grammar.words(.relative)

    /// Whether the token at `index` is `et` or `ou`.
    func isCoordinator(_ index: Int) -> Bool { Self.coordinators.contains(key(index)) }

    /// Whether the token at `index` is `et`.
    func isAnd(_ index: Int) -> Bool { Self.andForms.contains(key(index)) }

    /// Whether the token at `index` is `de` or `d'` (a form of `de`, tested first by its flag).
    func isDe(_ index: Int) -> Bool { traits[index].isDeForm && Self.bareDe.contains(key(index)) }

    /// Whether the token at `index` is `la` or `l'` (an article, tested first by its flag).
    func isLa(_ index: Int) -> Bool { traits[index].isArticle && Self.laForms.contains(key(index)) }
}
