/// Rules for lengths of time, offsets and recurrences: `six semaines`,
/// `quarante-cinq jours`, `un demi-siècle`, `des années`, `il y a deux semaines`,
/// `dans trois jours`, `chaque jour`, `tous les lundis`, `par an`.
extension DateGrammar {
    /// A number at `index`, in digits (`45`, `30,4`) or in words (`quarante-cinq`, `une`).
    func exactQuantity(_ view: TokenView, at index: Int) -> (Double, Int)? {
        if view.isNumber(index) {
            guard let value = view.decimal(index) else { return nil }
            return (value, index + 1)
        }
        guard let (value, end) = view.numberWords(at: index) else { return nil }
        return (Double(value), end)
    }

    /// An amount of a unit to come: a number, `quelques`, `des`, `une dizaine de`.
    /// `tens` is set when the amount counts tens (`des dizaines d'années`).
    private func quantity(_ view: TokenView, at index: Int) -> (amount: Amount, end: Int, tens: Bool)? {
        var amount: Amount
        var cursor: Int
        let word = view.norm(index)
        if let (value, end) = exactQuantity(view, at: index) {
            amount = .exact(value)
            cursor = end
        } else if case .vague? = view.word(index) {
            amount = .unknown
            cursor = index + 1
        } else if view.isClass(index, .someArticle) {
            amount = .unknown
            cursor = index + 1
        } else if view.isClass(index, .of), case .vague? = view.word(index + 1),
            !view.isClass(index + 1, .vagueDeterminer)
        {
            // `de nombreuses années`: `de` is the article. Before `quelques` or
            // `plusieurs` it is a preposition (`au bout de quelques heures`) and stays out.
            amount = .unknown
            cursor = index + 2
        } else if case .collective(10)? = view.word(index), word.hasSuffix("s"), view.isClass(index + 1, .of) {
            return (.unknown, index + 2, true)  // (des) dizaines d'années
        } else {
            return nil
        }
        if case .collective(let size)? = view.word(cursor), view.isClass(cursor + 1, .of) {
            let plural = view.norm(cursor).hasSuffix("s")
            if case .exact(let count) = amount, count == 1, !plural {
                return (.exact(Double(size)), cursor + 2, false)
            }
            return (.unknown, cursor + 2, size == 10)
        }
        return (amount, cursor, false)
    }

    /// `six semaines`, `un demi-siècle`, `une heure et demie`, `quelques jours`,
    /// `des dizaines d'années`, `trois ans plus tard`, `(question) de mois`.
    func duration(_ view: TokenView, at index: Int) -> Detection? {
        guard let (amount, afterAmount, tens) = quantity(view, at: index) else {
            return bareDuration(view, at: index)
        }
        var cursor = afterAmount
        if view.isClass(cursor, .unitAdjective), case .unit? = view.word(cursor + 1) {
            cursor += 1
        }
        var unit: TimeUnit
        var scale = 1.0
        if case .unit(let found, let plural)? = view.word(cursor) {
            unit = found
            if case .exact(let count) = amount, count > 1, plural == false, found != .hour { return nil }
            let symbol = view.tokens.span(at: cursor).length <= 3  // `h`, `sec`, `min`: an abbreviation
            if found == .hour, symbol, case .exact(let count) = amount, count < 24 { return nil }
            if found == .second, symbol, !view.isNumber(index) { return nil }
            if found == .second, plural == false, !symbol, view.has(cursor + 1),
                view.tokens.kind(at: cursor + 1) == .word,
                !view.isClass(cursor + 1, .secondFollower)
            {
                return nil  // une seconde fois, la seconde guerre
            }
            cursor += 1
        } else if let (found, fraction) = fractionalUnit(view, at: cursor) {
            unit = found
            scale = fraction.scale
            cursor = fraction.end
        } else {
            return nil
        }
        if tens && unit == .year { unit = .decade }
        var value = amount
        if case .exact(let count) = amount {
            var total = count * scale
            if view.isClass(cursor, .and), view.isClass(cursor + 1, .half) {
                total += 0.5
                cursor += 2
            }
            value = .exact(total)
            if unit == .year, isAge(view, from: index, to: cursor, years: total) { return nil }
        } else if unit == .year, isAge(view, from: index, to: cursor, years: nil) {
            return nil
        }
        if case .unknown = amount, view.isClass(cursor, .nonDurationFollower) { return nil }
        // `120 jours ouvrables`: the kind of days stays in the length of time.
        if unit == .day, case .exact = amount, view.isClass(cursor, .countedDays) { cursor += 1 }
        if unit == .hour, case .exact(let hours) = value, hours == hours.rounded(),
            view.tokens.span(at: cursor - 1).length > 2
        {
            // `une heure trente`, `deux heures 15`: minutes with no unit of their own.
            let minutes = exactQuantity(view, at: cursor)
            if let (count, end) = minutes, count < 60, count == count.rounded(), !isUnitAhead(view, at: end),
                !view.isWord(end, "%")
            {
                value = .exact(hours + count / 60)
                cursor = end
            }
        }
        if isOutletTitle(view, from: index, to: cursor) { return nil }
        return Detection(start: index, end: cursor, meaning: .duration(value, unit))
    }

    /// `demi-heure` (½ hour), `quart d'heure` (¼), `quarts d'heure`, `quart de siècle`.
    private func fractionalUnit(_ view: TokenView, at index: Int) -> (TimeUnit, (scale: Double, end: Int))? {
        let word = view.norm(index)
        if let hyphen = word.firstIndex(of: "-"), vocabulary.isClass(String(word[...hyphen]), .half),
            case .unit(let unit, _)? = vocabulary.word(String(word[word.index(after: hyphen)...]))
        {
            return (unit, (0.5, index + 1))
        }
        if view.isClass(index, .quarter), view.isClass(index + 1, .of),
            case .unit(let unit, false)? = view.word(index + 2)
        {
            return (unit, (0.25, index + 3))
        }
        return nil
    }

    /// A plural unit with no number after `de`: `une question de mois`, `d'années`.
    private func bareDuration(_ view: TokenView, at index: Int) -> Detection? {
        guard case .unit(let unit, let plural)? = view.word(index), plural != false,
            unit == .year || unit == .month || unit == .week || unit == .decade,
            view.isClass(index - 1, .of)
        else { return nil }
        guard view.has(index - 2), !view.isNumber(index - 2), !view.isClass(index - 2, .notDurationHead) else {
            return nil
        }
        if case .collective? = view.word(index - 2) { return nil }
        if view.isClass(index + 1, .nonDurationFollower) { return nil }
        if unit == .month, view.word(index + 1) != nil || view.isClass(index + 1, .inPreposition) { return nil }
        return Detection(start: index, end: index + 1, meaning: .duration(.unknown, unit))
    }

    /// Whether years between `start` and `end` are someone's age: `Jean, 87 ans,`,
    /// `âgé de 54 ans`, `un homme de 45 ans`, `à 20 ans`, `les moins de 17 ans`.
    func isAge(_ view: TokenView, from start: Int, to end: Int, years: Double?) -> Bool {
        // `deux hommes de 18 et 20 ans`, `âgés de 37, 45 et 46 ans`: the last of coordinated
        // numbers carries the unit for all; what stands before the first tells the age.
        var first = start
        while view.isClass(first - 1, .and) || view.isWord(first - 1, ","), view.isNumber(first - 2) { first -= 2 }
        if first != start { return isAge(view, from: first, to: end, years: years) }
        if let years, years != years.rounded() { return false }
        if view.isWord(start - 1, "("), view.isWord(end, ")") { return true }
        // `depuis ses 17 ans`, `à leurs 18 ans`; not `ses 30 ans de carrière`.
        if view.isClass(start - 1, .possessivePlural), !view.isClass(end, .of) { return true }
        // `les 65 ans et plus`: an age group.
        if view.isClass(start - 1, .groupArticle), view.isClass(end, .and), view.isClass(end + 1, .comparative) {
            return true
        }
        let verb = view.isClass(start - 1, .ageAdverb) ? start - 2 : start - 1
        if view.isClass(verb, .haveForm), !view.isClass(verb - 1, .there) {
            return true  // j'ai 55 ans, elle allait avoir aujourd'hui 79 ans
        }
        // `âgés d'environ 18 ans`, `âgé de près de 40 ans`: an approximation between.
        var link = start - 1
        if view.isClass(link, .approximator) {
            link -= 1
        } else if view.isClass(link, .of), view.isClass(link - 1, .comparative) {
            link -= 2
        }
        if link != start - 1, view.isClass(link, .of), isAgeNoun(view, at: link - 1) { return true }
        // `un salarié de 20 ans d'ancienneté`: years of work or of a term, not an age.
        if view.isClass(end, .of), view.isClass(end + 1, .spanNoun) { return false }
        // `un agriculteur de bientôt 34 ans`: an adverb between `de` and the age.
        if view.isClass(start - 1, .ageAdverb), view.isClass(start - 2, .of), isPerson(view, before: start - 2) {
            return true
        }
        if view.isClass(start - 1, .of) {
            if isAgeNoun(view, at: start - 2) { return true }
            // `les moins de 17 ans`, `aux plus de 65 ans`: an age group.
            if view.isClass(start - 2, .comparative), view.isClass(start - 3, .groupArticle) { return true }
            return isPerson(view, before: start - 1)
        }
        if view.isClass(start - 1, .to) {
            if view.endsPhrase(at: start - 1, .onwards) { return false }  // jusqu'à 20 ans, d'ici à 10 ans
            return !view.isClass(end, .notAgeFollower) && !view.isClass(start - 2, .sentenceWord)
        }
        if view.isWord(start - 1, ","),
            view.isCapitalized(start - 2) || view.isWord(start - 2, ")")
                || isPersonNoun(view, at: start - 2)
        {
            // `Jean Dupont, 87 ans, a …`: an apposition that ends where the clause goes on.
            return !view.has(end) || view.tokens.kind(at: end) == .punct || view.isClass(end, .appositionEnd)
        }
        return false
    }

    /// Whether token `index` is `âgé(e)(s)` or `âge`, after which years are an age.
    private func isAgeNoun(_ view: TokenView, at index: Int) -> Bool {
        guard view.has(index) else { return false }
        let word = view.norm(index)
        return view.isClass(index, .ageWord) || word.hasPrefix(Self.agedStem) || word.hasPrefix(Self.agedStemBare)
    }

    /// The stem of `âgé`, `âgée`, `âgés`, `âgées` (and without the accent).
    private static let agedStem = "âgé"
    private static let agedStemBare = "agé"

    /// Whether token `index` is a noun for a person: listed in `dates-persons` (`accusé`,
    /// `victime`) or with a person's ending (`-eur`, `-iste`), also after a prefix (`un
    /// ex-avocat de 60 ans`) and in the plural (`les joueurs de 21 ans`).
    private func isPersonNoun(_ view: TokenView, at index: Int) -> Bool {
        guard view.has(index), view.tokens.kind(at: index) == .word else { return false }
        var word = view.norm(index)
        if let hyphen = word.lastIndex(of: "-"), vocabulary.isClass(String(word[..<hyphen]), .personPrefix) {
            word = String(word[word.index(after: hyphen)...])
        }
        let endings = vocabulary.endings[.person] ?? []
        let plural = word.count > 4 && (word.hasSuffix("s") || word.hasSuffix("x"))
        let forms = plural ? [word, String(word.dropLast())] : [word]
        return forms.contains { form in
            vocabulary.persons.contains(form) || endings.contains { form.hasSuffix($0) && form.count > $0.count + 2 }
        }
    }

    /// Whether a noun for a person stands before `index`, within a few words
    /// (`un chauffeur de bus de 38 ans`, `un électricien allemand de 37 ans`).
    private func isPerson(_ view: TokenView, before index: Int) -> Bool {
        var cursor = index - 1
        for _ in 0..<5 {
            if view.isClass(cursor, .of) {
                cursor -= 1
                continue
            }
            guard view.has(cursor), view.tokens.kind(at: cursor) == .word else { return false }
            if isPersonNoun(view, at: cursor) { return true }
            if view.isCapitalized(cursor), cursor > view.bounds.lowerBound,
                view.isClass(cursor - 1, .personDeterminer)
            {
                return true  // a nationality noun: un Britannique, une jeune Alsacienne
            }
            if view.isCapitalized(cursor), cursor - 1 > view.bounds.lowerBound,
                view.isClass(cursor - 1, [.of, .ofThe])
            {
                cursor -= 2  // `un habitant du Bouscat de 45 ans`: the person's place
                continue
            }
            if view.isCapitalized(cursor) || view.isClass(cursor, .personStop) { return false }
            cursor -= 1
        }
        return false
    }

    /// A bare number before a duration, in a range: `de 8 à 24 mois` gives `8` months.
    func durationRangeStart(_ view: TokenView, before detection: Detection, floor: Int) -> Detection? {
        guard case .duration(.exact(let last), let unit) = detection.meaning,
            view.isClass(detection.start - 1, [.to, .and])
        else { return nil }
        let first = detection.start - 2
        guard first >= floor, view.isClass(first - 1, [.of, .between]),
            let (value, end) = exactQuantity(view, at: first), end == first + 1, value < last
        else { return nil }
        return Detection(start: first, end: first + 1, meaning: .duration(.exact(value), unit))
    }

    /// `toute la journée`, `toute l'année`, `tout le mois`: one whole unit.
    func wholeUnit(_ view: TokenView, at start: Int) -> Detection? {
        guard view.isClass(start, .whole), view.isClass(start + 1, .the),
            case .unit(let unit, let plural)? = view.word(start + 2), plural != true, !unit.isTimeOfDay
        else { return nil }
        return Detection(start: start, end: start + 3, meaning: .duration(.exact(1), unit))
    }

    /// `il y a deux semaines`, `dans trois jours`.
    func offset(_ view: TokenView, at start: Int) -> Detection? {
        if view.endsPhrase(at: start + 2, .ago),
            let inner = duration(view, at: start + 3), case .duration(let amount, let unit) = inner.meaning,
            !view.isClass(inner.end, .that)
        {
            return Detection(start: start, end: inner.end, meaning: .offset(amount, unit, sign: -1, narrative: false))
        }
        // `deux jours plus tard`, `trois semaines plus tôt`: days or weeks after or before the
        // story's date place its next event on a day; a year later (`un an plus tard`) tells
        // the time gone by, and an unknown amount (`quelques jours plus tard`) places nothing.
        if let inner = duration(view, at: start), case .duration(let amount, let unit) = inner.meaning,
            case .exact = amount, unit == .day || unit == .week,
            view.isClass(inner.end, .comparative), view.isClass(inner.end + 1, .lateOrEarly),
            !view.isClass(inner.end + 2, .that)
        {
            let sign = view.isClass(inner.end + 1, .earlier) ? -1 : 1
            let meaning = Meaning.offset(amount, unit, sign: sign, narrative: true)
            return Detection(start: start, end: inner.end + 2, meaning: meaning)
        }
        if view.isClass(start, .within), let inner = duration(view, at: start + 1),
            case .duration(let amount, let unit) = inner.meaning, !view.isClass(start + 1, .someArticle),
            !view.isClass(inner.end, [.of, .ofThe, .whereRelative])
        {
            return Detection(start: start, end: inner.end, meaning: .offset(amount, unit, sign: 1, narrative: false))
        }
        return nil
    }

    /// `chaque jour`, `tous les lundis`, `toutes les deux semaines`, `tous les soirs`,
    /// `les mardis`, `par an` (the span is the unit alone).
    func recurrence(_ view: TokenView, at start: Int) -> Detection? {
        if view.isClass(start, .each) {
            switch view.word(start + 1) {
            case .unit(let unit, let plural)? where plural != true:
                return Detection(start: start, end: start + 2, meaning: .set(.every(1, unit)))
            case .weekday(let weekday, plural: false)?:
                return Detection(start: start, end: start + 2, meaning: .set(.weekday(weekday)))
            case .dayPart(let part)?:
                return Detection(start: start, end: start + 2, meaning: .set(.dayPart(part)))
            case .season(let season)?:
                return Detection(start: start, end: start + 2, meaning: .set(.season(season)))
            default:
                return nil
            }
        }
        if view.isClass(start, .every), view.isClass(start + 1, .thePlural) {
            var cursor = start + 2
            var count = 1
            if let (value, end) = exactQuantity(view, at: cursor), value >= 1, value == value.rounded() {
                count = Int(value)
                cursor = end
            }
            switch view.word(cursor) {
            case .unit(let unit, let plural)? where plural != false:
                return Detection(start: start, end: cursor + 1, meaning: .set(.every(count, unit)))
            case .weekday(let weekday, plural: true)?:
                return Detection(start: start, end: cursor + 1, meaning: .set(.weekday(weekday)))
            default:
                let plural = view.norm(cursor)
                if plural.hasSuffix("s"), case .dayPart(let part)? = vocabulary.word(String(plural.dropLast())) {
                    return Detection(start: start, end: cursor + 1, meaning: .set(.dayPart(part)))
                }
                return nil
            }
        }
        // `une fois par an`, `deux fois par semaine`: the count of times is part of the set.
        if let (_, end) = exactQuantity(view, at: start), view.isClass(end, .times), view.isClass(end + 1, .per),
            case .unit(let unit, let plural)? = view.word(end + 2), plural != true
        {
            return Detection(start: start, end: end + 3, meaning: .set(.every(1, unit)))
        }
        if view.isClass(start, .per), case .unit(let unit, let plural)? = view.word(start + 1), plural != true,
            view.tokens.span(at: start + 1).length > 1
        {
            return Detection(start: start + 1, end: start + 2, meaning: .set(.every(1, unit)))
        }
        return nil
    }

    /// A set phrase of `dates-sets` (`au jour le jour`, `de jour en jour`, `au quotidien`):
    /// every one of its unit. Before a capitalised word or an adjective the phrase names no
    /// time (`au quotidien Le Monde`, `au quotidien régional`: the newspaper).
    func setPhrase(_ view: TokenView, at start: Int) -> Detection? {
        guard let phrases = vocabulary.sets[view.norm(start)] else { return nil }
        for phrase in phrases where view.isPhrase(phrase.words, at: start) {
            let end = start + phrase.words.count
            if view.has(end), view.tokens.kind(at: end) == .word,
                view.isCapitalized(end) || isAdjectiveOnly(view.norm(end))
            {
                continue
            }
            return Detection(start: start, end: end, meaning: .set(.every(1, phrase.unit)))
        }
        return nil
    }

    /// Whether the lexicon reads `word` as an adjective and not as a function word (`régional`,
    /// `français`; not `sur`, `plus`, `tout`).
    private func isAdjectiveOnly(_ word: String) -> Bool {
        let classes = vocabulary.wordForms.classes(of: word)
        return classes.contains(.adjective) && !classes.contains(.adposition) && !classes.contains(.adverb)
            && !classes.contains(.determiner) && !classes.contains(.pronoun)
    }
}
