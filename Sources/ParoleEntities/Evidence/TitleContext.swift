import ParoleCore
import ParoleText

/// Titles and roles around a name, the evidence that it names a person, and the
/// gender they show: `M. Blinken`, `le président turc Recep Tayyip Erdogan`,
/// `le directeur de la CIA, William Burns`, `Karim Benali, secrétaire régional`.
struct TitleContext {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// What the context of a name says about a person.
    struct Evidence {
        /// The gender shown, if any.
        var gender: Gender?
        /// Where it comes from.
        var source: Mention.GenderSource
    }

    /// The title right before token `start` (`M.`, `Mme`, `Dr`), or before its particle
    /// (`M. de Villepin`), with its gender.
    func honorific(before start: Int, sentenceStart: Int) -> Evidence? {
        var index = start - 1
        // `M. de Villepin`, `Mme d'Harville`: the nobiliary particle stands between.
        if index > sentenceStart, Self.nobiliaryParticles.contains(context.key(index)) { index -= 1 }
        guard index >= sentenceStart else { return nil }
        let traits = context.traits[index]
        guard traits.isWord, let gender = traits.honorific else { return nil }
        return Evidence(gender: gender, source: .honorific)
    }

    /// `de`, `d'`, `du` (not `des`): a nobiliary particle after a title.
    static let nobiliaryParticles = FrenchWordLists.grammar.keys(.deForms).subtracting(["des"])

    /// A role noun before the name, next to it (`la biologiste Claire Nguyen`, across
    /// adjectives: `le président turc`) or before a comma (`le ministre israélien de la
    /// Défense, Yoav Gallant`).
    func roleBefore(_ start: Int, sentenceStart: Int) -> Evidence? {
        let traits = context.traits
        var index = start - 1
        var skipped = 0
        var skippedTitleWord = false
        while index >= sentenceStart, skipped < 5 {
            let token = traits[index]
            if token.isRole { return evidence(forRoleAt: index, sentenceStart: sentenceStart) }
            if token.isWord, !token.isCapitalized, token.isAdjective {
                index -= 1
                skipped += 1
                continue
            }
            if token.isCapitalized, token.isNotName {
                skippedTitleWord = true
                index -= 1
                skipped += 1
                continue
            }
            if skippedTitleWord, token.isWord, token.isDeForm || token.isArticle {
                index -= 1
                skipped += 1
                continue
            }
            break
        }
        guard context.isPunct(start - 1, 0x2C) else { return nil }
        // Apposition: a role some words before the comma, not a word of a name the phrase
        // holds (`Secrétaire du syndicat Force Ouvrière, Eric Roy`: not `Ouvrière`).
        index = start - 2
        let stop = max(sentenceStart, start - 16)
        while index >= stop {
            let token = traits[index]
            if token.isRole && !(token.isCapitalized && index > stop && traits[index - 1].isCapitalized) {
                return evidence(forRoleAt: index, sentenceStart: sentenceStart)
            }
            if context.tokens.kind(at: index) == .quote || context.isPunct(index, 0x2C) || context.isPunct(index, 0x3B)
                || context.isPunct(index, 0x3A)
            {
                return nil
            }
            if token.isWord, !token.isCapitalized, token.isVerb, !token.isDeForm {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// A role in apposition after the name: `Karim Benali, secrétaire régional`,
    /// `Julie, une étudiante`.
    /// `fronted`: whether the name ends a complement with words before it in the sentence.
    func roleAfter(_ end: Int, limit: Int, fronted: Bool = false) -> Evidence? {
        guard context.isPunct(end, 0x2C) else { return nil }
        let traits = context.traits
        var index = end + 1
        var determinerGender: Gender?
        var skipped = 0
        while index < limit, skipped < 3 {
            let token = traits[index]
            if token.isRole {
                // `À Port-au-Prince, le Premier ministre Garry Conille`: the role is the next name's.
                if introducesName(after: index, limit: limit) { return nil }
                // `depuis Djeddah, le ministre a dénoncé`: after a fronted complement, a role
                // that a finite verb follows is the clause's subject, no apposition to the name.
                if fronted, isClauseSubject(index, limit: limit) { return nil }
                let roleGender = token.role ?? nil
                let agreement = index + 1 < limit ? agreementGender(index + 1) : nil
                return Evidence(gender: roleGender ?? determinerGender ?? agreement, source: .role)
            }
            if let gender = Self.determinerGenders[context.key(index)], token.isWord {
                determinerGender = gender
            } else if !(token.isWord && (token.isRoleModifier || token.isAdjective)) || isFiniteVerb(index) {
                // `bas de Delmas, informe le porte-parole`: the role is an inverted subject.
                return nil
            }
            index += 1
            skipped += 1
        }
        return nil
    }

    /// Whether a finite verb follows the role at `index` and its complement before any
    /// punctuation or relative pronoun (`le chef de l'Etat a tranché`).
    private func isClauseSubject(_ index: Int, limit: Int) -> Bool {
        let traits = context.traits
        var next = index + 1
        while next < limit, next - index <= 10 {
            let token = traits[next]
            guard token.isWord, !EntityContext.relatives.contains(context.key(next)) else { return false }
            if token.isVerb, isFiniteVerb(next) { return true }
            next += 1
        }
        return false
    }

    /// Whether the lexicon reads the word at `index` as a verb in the indicative too
    /// (`informe`, an adjective as well).
    private func isFiniteVerb(_ index: Int) -> Bool {
        guard !context.traits[index].isRoleModifier, let lexicon = FormFactsIndex.wordForms else { return false }
        return lexicon.analyses(of: context.norm(index)).contains {
            $0.partOfSpeech == .verb && $0.feature("Mood") == "Ind"
        }
    }

    /// Whether a capitalised name follows the role at `index` and its lowercase
    /// complement (`le Premier ministre haïtien Garry Conille`, `le patineur de vitesse
    /// néerlandais Rintje Ritsma`), not after `de` or a cue noun (`secrétaire de la CFDT`).
    private func introducesName(after index: Int, limit: Int) -> Bool {
        let traits = context.traits
        var next = index + 1
        while next < limit, next - index <= 6 {
            let token = traits[next]
            guard token.isWord else { return false }
            if token.isCapitalized {
                let before = traits[next - 1]
                return !token.isElision && !token.isNotName && !before.isDeForm && !before.isArticle
                    && before.cue.cueLabel == nil
            }
            if token.isVerb { return false }
            next += 1
        }
        return false
    }

    /// The gender a role shows: its own (`présidente`) or its determiner's (`la ministre`).
    private func evidence(forRoleAt index: Int, sentenceStart: Int) -> Evidence {
        let traits = context.traits
        if let gender = traits[index].role ?? nil { return Evidence(gender: gender, source: .role) }
        if index + 1 < traits.count, let gender = agreementGender(index + 1) {
            return Evidence(gender: gender, source: .role)
        }
        var before = index - 1
        while before >= sentenceStart,
            traits[before].isRoleModifier || context.key(before) == "premier"
        {
            before -= 1
        }
        guard before >= sentenceStart else { return Evidence(gender: nil, source: .role) }
        return Evidence(gender: Self.determinerGenders[context.key(before)], source: .role)
    }

    /// Endings of `word-endings.txt` that show the gender of an adjective or participle.
    static let feminineEndings = FrenchWordLists.endings.list(.feminineAgreement)
    static let epiceneEndings = FrenchWordLists.endings.list(.epiceneAgreement)
    static let masculineEndings = FrenchWordLists.endings.list(.masculineAgreement)

    /// The gender an adjective or participle right after an epicene role shows by its
    /// ending: `ministre chargée` (feminine), `secrétaire régional` (masculine).
    func agreementGender(_ index: Int) -> Gender? {
        let traits = context.traits[index]
        guard traits.isWord, !traits.isCapitalized else { return nil }
        let word = context.norm(index)
        if Self.feminineEndings.contains(where: { word.hasSuffix($0) }) { return .feminine }
        if Self.epiceneEndings.contains(where: { word.hasSuffix($0) }) { return nil }
        return Self.masculineEndings.contains(where: { word.hasSuffix($0) }) ? .masculine : nil
    }

    /// Roles whose `de` complement is a portfolio, not a name: `la ministre de
    /// l'Habitation`, `l'échevin des Sports`, `la conseillère d'État chargée du Territoire`.
    static let portfolioRoles = FrenchWordLists.roles.keys(.portfolio)

    /// The ``portfolioRoles`` whose complement may also be a person (`le conseiller de
    /// Legault`): a portfolio after them must be a common noun.
    static let sharedRoles = FrenchWordLists.roles.keys(.sharedPortfolio)

    /// Whether the word at `index` names the portfolio of the role before it (`la
    /// ministre de l'Habitation`): then it is no entity.
    func isPortfolio(_ index: Int, sentenceStart: Int) -> Bool {
        let traits = context.traits
        guard !traits[index].isAcronym, !traits[index].isFirstName, !traits[index].beginsKnownName else { return false }
        var before = index - 1
        if before > sentenceStart, traits[before].isArticle { before -= 1 }
        guard before > sentenceStart, traits[before].isWord else { return false }
        let key = context.key(before)
        guard traits[before].isDeForm || key == "aux" || key == "au" || (key == "a" && context.norm(before) == "à")
        else {
            return false
        }
        before -= 1
        var adjectives = 0
        while before >= sentenceStart, adjectives < 2, traits[before].isAdjective,
            !Self.portfolioRoles.contains(context.key(before))
        {
            adjectives += 1
            before -= 1
        }
        guard before >= sentenceStart, Self.portfolioRoles.contains(context.key(before)) else { return false }
        return !Self.sharedRoles.contains(context.key(before)) || traits[index].wordClass == .noun
    }

    /// Determiners that show a gender.
    static let determinerGenders: [String: Gender] = {
        var genders: [String: Gender] = [:]
        for key in FrenchWordLists.grammar.keys(.masculine) { genders[key] = .masculine }
        for key in FrenchWordLists.grammar.keys(.feminine) { genders[key] = .feminine }
        return genders
    }()
}
