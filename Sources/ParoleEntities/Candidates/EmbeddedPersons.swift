import ParoleCore

/// A person's name written right after the name of their body or town, with no comma:
/// `le secrétaire général du SNJT Mongi Khadhraoui`, `le maire de Chalette-sur-Loing
/// Franck Demaumont`. The run of capitalised words holds two names; it splits after the
/// first when that is one acronym or one place-shaped or known place, and the rest is a
/// person's name: a first name, or a role some words before the run. Any one capitalised
/// word splits off the same way when it is the `de` complement of a role and a first name
/// follows it: `le préfet de la Glâne Valentin Bard`, `la vice-présidente du Gouvernement
/// Nathalie Barthoulot`.
struct EmbeddedPersons {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Where the person's name begins in `run`, or `nil` when the run is one name.
    func split(_ run: Range<Int>, sentenceStart: Int) -> Int? {
        guard run.count >= 3 else { return nil }
        let traits = context.traits
        let first = run.lowerBound
        let person = first + 1
        let opening = traits[first]
        let complement = isRoleComplement(first, sentenceStart: sentenceStart)
        guard opening.isAcronym || opening.hasPlaceShape || isKnownPlace(first) || complement else { return nil }
        // `le ministre Dominique de Villepin`: no name begins with a lowercase particle, so a
        // first name that is also a place (`la Dominique`) opens the person's name.
        guard traits[person].isCapitalized || traits[person].isParticleName else { return nil }
        // The rest is a personal name: capitalised unknown words (or particles), no acronym.
        for index in person..<run.upperBound {
            let token = traits[index]
            if token.isParticleName || token.isNameParticle { continue }
            guard token.isCapitalized, !token.isAcronym, !token.isListedWord || token.isFirstName,
                !token.beginsKnownName || token.isFirstName, token.cue.headLabel == nil
            else { return nil }
        }
        if traits[person].isFirstName || hasRole(before: first, sentenceStart: sentenceStart) { return person }
        return nil
    }

    /// Whether the word at `index` opens the `de` complement of a role with a first name
    /// after it (`le doyen du Parlement Pierre-André Comte`): a capitalised word that is no
    /// first name itself, right after `de`, `du`, `des`, `d'`, `de la` or `de l'`.
    func isRoleComplement(_ index: Int, sentenceStart: Int) -> Bool {
        let traits = context.traits
        let opening = traits[index]
        guard opening.isWord, opening.isCapitalized, !opening.isFirstName, !opening.isSentenceInitial,
            index + 1 < traits.count, traits[index + 1].isFirstName
        else { return false }
        var before = index - 1
        if before > sentenceStart, context.isLa(before) {
            before -= 1
        }
        guard before > sentenceStart, traits[before].isDeForm, !traits[before].isCapitalized else { return false }
        return hasRole(before: before + 1, sentenceStart: sentenceStart)
    }

    /// Whether the word at `index` is a known place on its own.
    private func isKnownPlace(_ index: Int) -> Bool {
        lexicons.knownNames[context.key(index)]?.contains { $0.label == .location && $0.keys.count == 1 } == true
    }

    /// Whether a role noun comes a few lowercase words before `start` (`le secrétaire
    /// général du`), across a parenthesis (`le maire (PCF) de`).
    private func hasRole(before start: Int, sentenceStart: Int) -> Bool {
        let traits = context.traits
        var index = start - 1
        while index >= sentenceStart, start - index <= 6 {
            let token = traits[index]
            if token.isRole { return true }
            if token.isWord, token.isCapitalized, !token.isAcronym { return false }
            index -= 1
        }
        return false
    }
}
