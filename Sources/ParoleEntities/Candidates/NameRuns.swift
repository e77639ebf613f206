import ParoleCore

/// Candidate spans: maximal runs of capitalised words in a sentence, joined by the
/// particles of personal names (`Ursula von der Leyen`, `Tamim ben Hamad Al-Thani`)
/// and, where the run is a place or organisation name, by `de`/`du`/`des`
/// (`Caroline du Nord`, `Université de Montpellier`).
struct NameRunFinder {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Whether token `index` can be a word of a name: capitalised (or a joined particle
    /// name such as `al-Sissi`), and not a title, an elided word or a known non-name.
    func isNameWord(_ index: Int) -> Bool {
        let traits = context.traits[index]
        guard traits.isWord, !traits.isElision else { return false }
        if traits.isParticleName { return true }
        guard traits.isCapitalized, !traits.isRomanNumeral else { return false }
        if traits.isHonorific { return false }
        if traits.isNotName { return false }
        // A headline word in capitals (`VILLAGE`, `DIMANCHE`) is no acronym.
        if traits.isAcronym, let wordClass = traits.wordClass, traits.isLong || wordClass == .function {
            return false
        }
        return true
    }

    /// Whether the capitalised token begins an organisation or place name (`Conseil`, `Mont`).
    func isHead(_ index: Int) -> Bool {
        let traits = context.traits[index]
        let kind = traits.cue
        // A club prefix takes its city too: `Sporting d'Anderlecht`, `Racing de Lens`.
        if kind.contains(.organizationPrefix), !traits.isAcronym, traits.isCapitalized { return true }
        guard kind.headLabel != nil else { return false }
        return traits.isCapitalized || kind.contains(.lowercaseHead)
    }

    /// The runs of name words in `range` that avoid `claimed` tokens.
    func runs(in range: Range<Int>, claimed: [Bool]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = range.lowerBound
        let limit = range.upperBound
        while index < limit {
            guard !claimed[index], isNameWord(index) else {
                index += 1
                continue
            }
            let start = index
            var end = index + 1
            while end < limit, !claimed[end], !context.isLineBreak(before: end) {
                // `Volkswagen AG`: a company's legal form after its name, though alone it is
                // a common noun's acronym (`des AG mixtes`).
                let legalForm = context.traits[end].isAcronym && context.traits[end].cue.contains(.organizationTail)
                if isNameWord(end) || legalForm || context.traits[end].isRomanNumeral && !context.isHeadlineBar(end) {
                    end += 1
                    continue
                }
                // `Amadou N'Guessan`, `Massimo D'Alema`: a capital elided inside a name.
                if isElidedCapital(end), end + 1 < limit, !claimed[end + 1], isNameWord(end + 1) {
                    end += 2
                    continue
                }
                guard let next = connectorEnd(from: end, run: start..<end, limit: limit, claimed: claimed) else {
                    break
                }
                end = next + 1
            }
            if !isLoneOrdinal(start..<end) { runs.append(start..<end) }
            index = end
        }
        return runs
    }

    /// Whether `run` is a Roman ordinal alone, maybe after the sentence's capitalised first
    /// word of the closed classes (`dans le IVe arrondissement`, `Au XIXe siècle`): like `19e`,
    /// it names nothing; before a name (`le IIIe Reich`) or after one (`Napoléon Ier`) it is
    /// part of the name.
    private func isLoneOrdinal(_ run: Range<Int>) -> Bool {
        let traits = context.traits
        guard traits[run.upperBound - 1].isRomanOrdinal else { return false }
        if run.count == 1 { return true }
        let first = traits[run.lowerBound]
        return run.count == 2 && first.isSentenceInitial && first.wordClass == .function
    }

    /// Whether token `index` is a capital and an apostrophe glued to the next word, not an
    /// article (`N'` in `N'Guessan`, not `L'`).
    private func isElidedCapital(_ index: Int) -> Bool {
        let traits = context.traits[index]
        guard traits.isElision, traits.isCapitalized, !traits.isSentenceInitial, index + 1 < context.tokens.count,
            context.tokens.span(at: index).length == 2,
            context.tokens.span(at: index).end == context.tokens.span(at: index + 1).start,
            context.traits[index + 1].isCapitalized
        else { return false }
        return context.key(index) != "l'"
    }

    /// When the lowercase particles from `index` join the run to a following name word,
    /// the index of that word.
    private func connectorEnd(from index: Int, run: Range<Int>, limit: Int, claimed: [Bool]) -> Int? {
        let traits = context.traits
        var next = index
        var usesDe = false
        var usesArticle = false
        while next < limit, next - index < 3, !claimed[next] {
            let token = traits[next]
            guard token.isWord, !token.isCapitalized, token.isNameParticle else { break }
            if token.isDeForm { usesDe = true }
            if token.isArticle { usesArticle = true }
            next += 1
        }
        guard next > index, next < limit, !claimed[next], isNameWord(next) else { return nil }
        if !usesDe && !usesArticle { return next }
        if usesArticle && !usesDe { return nil }
        // `de`, `du`, `des`, `d'` join a place or organisation head to its complement, a
        // place to its direction (`Caroline du Nord`), or a first name to a surname
        // (`Charles de Gaulle`).
        if isHead(run.lowerBound) { return next }
        // `Le Sporting d'Anderlecht`: a sentence-initial article before the head.
        if run.count == 2, traits[run.lowerBound].isSentenceInitial,
            traits[run.lowerBound].isArticle || traits[run.lowerBound].isDeterminer,
            isHead(run.lowerBound + 1)
        {
            return next
        }
        if EntityLexicons.directions.contains(context.key(next)), run.count == 1 { return next }
        // `l'Arc de Triomphe`, `l'Hôtel de Ville`: two capitalised common nouns joined by `de`
        // mid-sentence are one name.
        if run.count == 1, next == index + 1, context.key(index) == "de" || context.key(index) == "du",
            !traits[run.lowerBound].isSentenceInitial, traits[run.lowerBound].wordClass == .noun,
            traits[next].wordClass == .noun, !traits[run.lowerBound].isRole, !traits[next].isRole,
            !traits[run.lowerBound].isNotName, !traits[next].isNotName
        {
            return next
        }
        // (`Selon Dominique de Villepin`: the opening word is stripped later; `Bertrand du
        // Guesclin` joins by `du`.)
        let opensWithCommonWord =
            run.count == 2 && traits[run.lowerBound].isSentenceInitial && traits[run.lowerBound].isCommonWord
        if run.count == 1 || opensWithCommonWord, next == index + 1, traits[run.upperBound - 1].isFirstName,
            EntityContext.nobiliary.contains(context.key(index))
        {
            return next
        }
        return nil
    }
}
