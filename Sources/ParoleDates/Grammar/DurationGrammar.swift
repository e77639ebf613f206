/// Rules for lengths of time, offsets and recurrences: `six semaines`,
/// `quarante-cinq jours`, `un demi-siècle`, `des années`, `il y a deux semaines`,
/// `dans trois jours`, `chaque jour`, `tous les lundis`, `par an`.
extension DateGrammar {
    /// Adjectives that may stand between a number and its unit (`deux longues années`).
    static let unitAdjectives: Set<String> = [
        "longues", "longs", "longue", "long", "petites", "petits", "petite", "petit", "bonnes", "bons",
        "bonne", "bon", "pleines", "pleins", "pleine", "plein", "courtes", "courts", "dernières",
        "derniers", "premières", "premiers", "prochaines", "prochains", "autres", "nouvelles",
        "nouveaux", "seules", "seuls", "petites",
    ]

    /// Words after a plural unit that make it a thing rather than a length of
    /// time (`des heures supplémentaires`, `des jours fériés`).
    static let nonDurationFollowers: Set<String> = [
        "scolaires", "ouvrables", "ouvrés", "supplémentaires", "creuses", "fériés", "fériées", "sup",
    ]

    /// Vague amounts that are determiners themselves, so a `de` before them is a preposition.
    static let vagueDeterminers: Set<String> = ["quelques", "plusieurs"]

    /// Forms of `avoir` before an age: `il a 45 ans`.
    static let haveForms: Set<String> = [
        "ai", "as", "a", "avons", "avez", "ont", "avait", "avaient", "avais", "aura", "auront", "aurait",
        "auraient", "avoir", "ayant", "eu", "aurai",
    ]

    /// Words that end the search for a person before an age (`au terme de trois ans`).
    static let personStops: Set<String> = [
        "le", "la", "l'", "un", "une", "les", "des", "du", "et", ",", "au", "aux", "à", "en", "par", "pour", "sur",
        "dans", "avec", "sans", "sous", "après", "avant", "pendant", "depuis", "terme", "bout", "cours", "durée",
    ]

    /// Words that may follow `une seconde` when it is a length of time.
    static let secondFollowers: Set<String> = [
        "de", "d'", "à", "après", "avant", "plus", "pour", "pendant", "près", "seulement", "et", "ou", "sur",
    ]

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
        } else if word == "des" {
            amount = .unknown
            cursor = index + 1
        } else if word == "de" || word == "d'", case .vague? = view.word(index + 1),
            !DateGrammar.vagueDeterminers.contains(view.norm(index + 1))
        {
            // `de nombreuses années`: `de` is the article. Before `quelques` or
            // `plusieurs` it is a preposition (`au bout de quelques heures`) and stays out.
            amount = .unknown
            cursor = index + 2
        } else if case .collective(10)? = view.word(index), word.hasSuffix("s"),
            view.isWord(index + 1, "d'") || view.isWord(index + 1, "de")
        {
            return (.unknown, index + 2, true)  // (des) dizaines d'années
        } else {
            return nil
        }
        if case .collective(let size)? = view.word(cursor),
            view.isWord(cursor + 1, "de") || view.isWord(cursor + 1, "d'")
        {
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
        if DateGrammar.unitAdjectives.contains(view.norm(cursor)), case .unit? = view.word(cursor + 1) {
            cursor += 1
        }
        var unit: TimeUnit
        var scale = 1.0
        if case .unit(let found, let plural)? = view.word(cursor) {
            unit = found
            if case .exact(let count) = amount, count > 1, plural == false, found != .hour { return nil }
            if found == .hour, view.norm(cursor) == "h", case .exact(let count) = amount, count < 24 { return nil }
            if found == .second, view.norm(cursor) == "sec", !view.isNumber(index) { return nil }
            if view.norm(cursor) == "seconde", view.has(cursor + 1), view.tokens[cursor + 1].kind == .word,
                !DateGrammar.secondFollowers.contains(view.norm(cursor + 1))
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
            if view.isWord(cursor, "et"), view.isWord(cursor + 1, "demi") || view.isWord(cursor + 1, "demie") {
                total += 0.5
                cursor += 2
            }
            value = .exact(total)
            if unit == .year, isAge(view, from: index, to: cursor, years: total) { return nil }
        } else if unit == .year, isAge(view, from: index, to: cursor, years: nil) {
            return nil
        }
        if case .unknown = amount, DateGrammar.nonDurationFollowers.contains(view.norm(cursor)) { return nil }
        if unit == .hour, case .exact(let hours) = value, hours == hours.rounded(), view.norm(cursor - 1) != "h" {
            // `une heure trente`, `deux heures 15`: minutes with no unit of their own.
            let minutes = exactQuantity(view, at: cursor)
            if let (count, end) = minutes, count < 60, count == count.rounded(), !isUnitAhead(view, at: end),
                !view.isWord(end, "%")
            {
                value = .exact(hours + count / 60)
                cursor = end
            }
        }
        return Detection(start: index, end: cursor, meaning: .duration(value, unit))
    }

    /// `demi-heure` (½ hour), `quart d'heure` (¼), `quarts d'heure`, `quart de siècle`.
    private func fractionalUnit(_ view: TokenView, at index: Int) -> (TimeUnit, (scale: Double, end: Int))? {
        let word = view.norm(index)
        if word.hasPrefix("demi-"), case .unit(let unit, _)? = vocabulary.word(String(word.dropFirst(5))) {
            return (unit, (0.5, index + 1))
        }
        if word == "quart" || word == "quarts", view.isWord(index + 1, "d'") || view.isWord(index + 1, "de"),
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
            view.isWord(index - 1, "de") || view.isWord(index - 1, "d'")
        else { return nil }
        let before = view.norm(index - 2)
        guard view.has(index - 2), !view.isNumber(index - 2),
            ![
                "fin", "fins", "début", "débuts", "plus", "moins", "près", "âge", "mois", "l'âge", "milieu", "cours",
                "bout",
            ].contains(before)
        else { return nil }
        if case .collective? = view.word(index - 2) { return nil }
        if DateGrammar.nonDurationFollowers.contains(view.norm(index + 1)) { return nil }
        if unit == .month, view.word(index + 1) != nil || view.isWord(index + 1, "en") { return nil }
        return Detection(start: index, end: index + 1, meaning: .duration(.unknown, unit))
    }

    /// Whether years between `start` and `end` are someone's age: `Jean, 87 ans,`,
    /// `âgé de 54 ans`, `un homme de 45 ans`, `à 20 ans`, `les moins de 17 ans`.
    func isAge(_ view: TokenView, from start: Int, to end: Int, years: Double?) -> Bool {
        let before = view.norm(start - 1)
        let next = view.norm(end)
        if let years, years != years.rounded() { return false }
        if before == "(" && next == ")" { return true }
        let verb =
            ["aujourd'hui", "déjà", "bientôt", "presque", "alors", "juste", "seulement", "environ"]
                .contains(before) ? start - 2 : start - 1
        if DateGrammar.haveForms.contains(view.norm(verb)), !(view.norm(verb) == "a" && view.isWord(verb - 1, "y")) {
            return true  // j'ai 55 ans, elle allait avoir aujourd'hui 79 ans
        }
        // `âgés d'environ 18 ans`, `âgé de près de 40 ans`: an approximation between.
        if before == "environ" || (before == "de" && view.isWord(start - 2, "près")) {
            let de = before == "environ" ? start - 2 : start - 3
            let head = view.norm(de - 1)
            if view.isWord(de, "de") || view.isWord(de, "d'"),
                head.hasPrefix("âgé") || head.hasPrefix("agé") || head == "l'âge" || head == "âge"
            {
                return true
            }
        }
        if before == "de" || before == "d'" {
            let head = view.norm(start - 2)
            if head.hasPrefix("âgé") || head.hasPrefix("agé") || head == "l'âge" || head == "âge" { return true }
            if head == "moins" || head == "plus", view.isWord(start - 3, "les") { return true }
            return isPerson(view, before: start - 1)
        }
        if before == "à" {
            if ["ici", "jusqu'", "jusque"].contains(view.norm(start - 2)) { return false }
            return !["de", "d'", "des", "du", "plus", "près", "ferme"].contains(next)
                && !["condamné", "condamnée", "condamnés", "condamnées", "peine", "passé", "passée"].contains(
                    view.norm(start - 2))
        }
        if before == ",", view.isCapitalized(start - 2) || view.isWord(start - 2, ")") {
            return next == "," || next == "." || next == ")" || next == "et" || next == "est" || next == "a"
                || next == "qui" || !view.has(end)
        }
        return false
    }

    /// Whether a noun for a person stands before `index`, within a few words
    /// (`un chauffeur de bus de 38 ans`, `un électricien allemand de 37 ans`).
    private func isPerson(_ view: TokenView, before index: Int) -> Bool {
        var cursor = index - 1
        for _ in 0..<5 {
            if view.isWord(cursor, "de") || view.isWord(cursor, "d'") {
                cursor -= 1
                continue
            }
            guard view.has(cursor), view.tokens[cursor].kind == .word else { return false }
            let word = view.norm(cursor)
            if vocabulary.persons.contains(word) { return true }
            if view.isCapitalized(cursor), cursor > view.bounds.lowerBound,
                ["un", "une", "jeune", "le", "la"].contains(view.norm(cursor - 1))
            {
                return true  // a nationality noun: un Britannique, une jeune Alsacienne
            }
            for suffix in ["ien", "ienne", "iens", "eur", "euse", "iste", "ais", "aise", "ois", "oise", "ain", "aine"]
            where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
                return true
            }
            if view.isCapitalized(cursor) || DateGrammar.personStops.contains(word) { return false }
            cursor -= 1
        }
        return false
    }

    /// A bare number before a duration, in a range: `de 8 à 24 mois` gives `8` months.
    func durationRangeStart(_ view: TokenView, before detection: Detection, floor: Int) -> Detection? {
        guard case .duration(.exact(let last), let unit) = detection.meaning,
            view.isWord(detection.start - 1, "à") || view.isWord(detection.start - 1, "et")
        else { return nil }
        let first = detection.start - 2
        guard first >= floor, view.isWord(first - 1, "de") || view.isWord(first - 1, "entre"),
            let (value, end) = exactQuantity(view, at: first), end == first + 1, value < last
        else { return nil }
        return Detection(start: first, end: first + 1, meaning: .duration(.exact(value), unit))
    }

    /// `toute la journée`, `toute l'année`, `tout le mois`: one whole unit.
    func wholeUnit(_ view: TokenView, at start: Int) -> Detection? {
        let word = view.norm(start)
        guard word == "toute" || word == "tout", ["la", "l'", "le"].contains(view.norm(start + 1)),
            case .unit(let unit, let plural)? = view.word(start + 2), plural != true, !unit.isTimeOfDay
        else { return nil }
        return Detection(start: start, end: start + 3, meaning: .duration(.exact(1), unit))
    }

    /// `il y a deux semaines`, `dans trois jours`.
    func offset(_ view: TokenView, at start: Int) -> Detection? {
        if view.isWord(start, "il"), view.isWord(start + 1, "y"), view.isWord(start + 2, "a"),
            let inner = duration(view, at: start + 3), case .duration(let amount, let unit) = inner.meaning,
            !view.isWord(inner.end, "que"), !view.isWord(inner.end, "qu'")
        {
            return Detection(start: start, end: inner.end, meaning: .offset(amount, unit, sign: -1, narrative: false))
        }
        if view.isWord(start, "dans"), let inner = duration(view, at: start + 1),
            case .duration(let amount, let unit) = inner.meaning, !view.isWord(start + 1, "des"),
            !["de", "d'", "où", "du"].contains(view.norm(inner.end))
        {
            return Detection(start: start, end: inner.end, meaning: .offset(amount, unit, sign: 1, narrative: false))
        }
        return nil
    }

    /// `chaque jour`, `tous les lundis`, `toutes les deux semaines`, `tous les soirs`,
    /// `les mardis`, `par an` (the span is the unit alone).
    func recurrence(_ view: TokenView, at start: Int) -> Detection? {
        let word = view.norm(start)
        if word == "chaque" {
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
        if word == "tous" || word == "toutes", view.isWord(start + 1, "les") {
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
        if word == "par", case .unit(let unit, let plural)? = view.word(start + 1), plural != true,
            view.norm(start + 1) != "h"
        {
            return Detection(start: start + 1, end: start + 2, meaning: .set(.every(1, unit)))
        }
        return nil
    }
}
