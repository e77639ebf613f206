import ParoleCore
import ParoleText

/// News outlets whose title is a number and a unit of time (a Swiss daily, a free
/// paper): where such a title stands, its words name the source, not a length of time.
/// The title is written in digits, and its place tells it from a duration: a capitalised
/// unit inside a sentence (`le quotidien 24 Heures`); after a source's preposition or a
/// newspaper's noun (`selon 20 minutes`, `le quotidien 24 heures`: `outletCue`) or a noun
/// for its pages and `de` (`les colonnes de 24 heures`: `outletChannel`); right after a
/// verb of saying, or its `à`, at the end of its clause (`rapporte 20 minutes.`, `a confié
/// à 24 heures que`); after `par` and a participle at the end of its clause (`Contactée
/// par 20 minutes, la police`); opening a sentence before a verb of saying (`20 minutes
/// révèle que`); coordinated with a capitalised name (`de 24 heures et du Temps`).
extension DateGrammar {
    /// Whether the number at `start` and the unit that ends before `end` are a title.
    func isOutletTitle(_ view: TokenView, from start: Int, to end: Int) -> Bool {
        guard view.isNumber(start), end > start + 1 else { return false }
        let unit = end - 1
        if view.isCapitalized(unit), !view.isAllCapitals(unit) { return true }
        if view.isClass(start - 1, .outletCue) || view.endsPhrase(at: start - 1, .outletCue) { return true }
        if view.isClass(start - 1, .of), view.isClass(start - 2, .outletChannel) { return true }
        if start == view.bounds.lowerBound || view.tokens.kind(at: start - 1) == .quote {
            return vocabulary.speechForms.contains(view.norm(end))  // 20 minutes révèle que
        }
        let closesClause = !view.has(end) || view.isPunctuation(end) || view.isClass(end, .that)
        let verb = view.isClass(start - 1, .to) ? start - 2 : start - 1
        if closesClause, vocabulary.speechForms.contains(view.norm(verb)) { return true }
        if closesClause, view.isClass(start - 1, .per), view.has(start - 2),
            vocabulary.wordForms.verbTimes(of: view.norm(start - 2))?.contains(.pastParticiple) == true
        {
            return true
        }
        guard view.isClass(end, .and) else { return false }
        // An article must open the name: `de 2 ans et Jean de 10 mois` is a list of lengths.
        var name = end + 1
        while name < end + 3, view.isClass(name, [.of, .ofThe, .the]) { name += 1 }  // et de la Tribune
        return name > end + 1 && view.isCapitalized(name) && !view.isAllCapitals(name)
    }
}

extension DateVocabulary {
    /// The norms of every form of the verbs of saying of `quotes-speech-verbs.txt` that
    /// report a clause and make an incise (`rapporter`, `préciser`; not `parler`, whose
    /// length of time may follow it: `a parlé 20 minutes`), from the French lexicon.
    static func speechForms(in lexicon: FrenchLexicon) throws -> Set<String> {
        let lemmas = try SpeechVerbRows().rows.filter {
            !$0.isPronominal && $0.tail.isEmpty && $0.frames.contains(.incise) && $0.frames.contains(.que)
        }.map(\.head)
        let forms = lexicon.inflections(of: lemmas, as: .verb).values.joined()
        return Set(forms.map { Normalizer.normalize($0.form, form: .nfkcCaseFold) })
    }
}
