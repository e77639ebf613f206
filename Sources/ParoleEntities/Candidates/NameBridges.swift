import ParoleCore

/// A capitalised body's name that goes on past a lowercase word to the place that closes
/// it: `Service de prévention incendies de Rimouski`, `Tribunal de la Grande instance de
/// Thiès`, `Université d'État d'agronomie de Moscou`. ``OrganizationHeads/extend(from:end:limit:)``
/// stops at a noun right after a complement (`incendies`) and at a lowercase complement
/// after a capitalised one (`d'agronomie`); when a `de` and a capitalised word follow
/// that one word at once, the word is the body's field and the name runs on to the place.
extension OrganizationHeads {
    /// The `de` form after the bridge that token `index` opens in the name of the
    /// organisation head at `start`: one lowercase noun (`incendies`), or a `de` form, an
    /// article at most and one lowercase noun (`d'agronomie`), then a lowercase `de` form
    /// before a capitalised word; else `nil`.
    func bridge(at index: Int, from start: Int, limit: Int) -> Int? {
        let traits = context.traits
        guard traits[start].isCapitalized, traits[start].cue.headLabel == .organization, index < limit else {
            return nil
        }
        var word = index
        if traits[word].isWord, traits[word].isDeForm, !traits[word].isCapitalized {
            word += 1
            if word < limit, context.isLa(word) { word += 1 }
        }
        guard word < limit, isBridgeNoun(word) else { return nil }
        let de = word + 1
        guard de + 1 < limit, traits[de].isWord, traits[de].isDeForm, !traits[de].isCapitalized else { return nil }
        var name = de + 1
        if context.isLa(name) { name += 1 }
        guard name < limit else { return nil }
        let closing = traits[name]
        guard closing.isWord, closing.isCapitalized, !closing.isElision, !closing.isHonorific, !closing.isCalendarWord,
            !closing.isFirstName
        else { return nil }
        return de
    }

    /// Whether the lowercase word at `index` is a noun that may name a body's field: a
    /// noun of the common-word list, or an unlisted long word the full-form lexicon reads
    /// as a noun or does not know; no role (`président`), no word of time, no verb alone.
    func isBridgeNoun(_ index: Int) -> Bool {
        let token = context.traits[index]
        guard token.isWord, !token.isCapitalized, !token.isElision, token.role == nil, !token.isCalendarWord,
            !token.facts.flags.contains(.temporalAdjective), !token.isDeForm
        else { return false }
        if let wordClass = token.wordClass { return wordClass == .noun }
        guard token.isLong, let lexicon = FormFactsIndex.wordForms else { return false }
        // A word the lexicon lacks is taken as a noun (`hydrologie`-like compounds).
        let norm = context.norm(index)
        return !lexicon.contains(norm) || lexicon.classes(of: norm).contains(.noun)
    }
}

extension OrganizationHeads {
    /// The end of a bare plural noun joined by `et` (token `index`) to the plural noun
    /// `complement` that ends the name so far: `Inspection des routes et ponts`,
    /// `Conservatoire des arts et métiers`; else `nil`. With an article after `et` (`des
    /// routes et la police`), or a noun in the singular, the name ends before `et`.
    func pairedNoun(at index: Int, after complement: Int?, from start: Int, limit: Int) -> Int? {
        guard let complement, complement == index - 1, index + 1 < limit, traits(start).isCapitalized,
            context.traits[index].isWord, isEt(index), isPluralNoun(complement), isBridgeNoun(index + 1),
            isPluralNoun(index + 1)
        else { return nil }
        return index + 2
    }

    /// The traits of token `index`.
    private func traits(_ index: Int) -> TokenTraits { context.traits[index] }

    /// Whether the full-form lexicon reads the lowercase word at `index` as a plural noun.
    private func isPluralNoun(_ index: Int) -> Bool {
        guard let lexicon = FormFactsIndex.wordForms else { return false }
        return lexicon.analyses(of: context.norm(index)).contains {
            $0.partOfSpeech == .noun && $0.features.contains(Self.pluralFeature)
        }
    }

    /// The feature of a plural form in the full-form lexicon.
    static let pluralFeature = "Number=Plur"
}
