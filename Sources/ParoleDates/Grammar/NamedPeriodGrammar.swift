import ParoleCore
import ParoleText

/// Rules for periods with names of their own: decades (`les années 60`),
/// centuries (`le XIXe siècle`), quarters and halves (`premier semestre 2024`),
/// seasons (`l'été 2023`), holidays (`Noël`, `la Pentecôte`), `mi-juillet`.
extension DateGrammar {
    /// A year written with two digits, in 1930–2029.
    static func century(ofTwoDigits value: Int) -> Int { value < 30 ? 2000 + value : 1900 + value }

    /// `les années 60`, `années 1990`, `les années quatre-vingt`: at `années`.
    func decade(_ view: TokenView, at index: Int, start: Int) -> Detection? {
        guard view.isClass(index, .yearsNoun) else { return nil }
        var value: Int?
        var end = index + 2
        if let number = view.integer(index + 1) {
            let digits = view.digitCount(index + 1)
            if digits == 2, number % 10 == 0 {
                value = 190 + number / 10
            } else if digits == 4, number % 10 == 0, (1000...2190).contains(number) {
                value = number / 10
            }
        } else if let (number, after) = view.numberWords(at: index + 1), number % 10 == 0 {
            if (20...90).contains(number) {
                value = 190 + number / 10  // les années soixante
            } else if (1000...2190).contains(number) {
                value = number / 10  // les années deux mille
            }
            end = after
        }
        guard let value else { return nil }
        return Detection(start: start, end: end, meaning: .decade(value))
    }

    /// `XIXe siècle`, `19e siècle`: at the ordinal.
    func century(_ view: TokenView, at index: Int, start: Int) -> Detection? {
        guard case .unit(.century, plural: false)? = view.word(index + 1),
            let ordinal = view.ordinal(at: index), (1...30).contains(ordinal)
        else { return nil }
        return Detection(start: start, end: index + 2, meaning: .century(ordinal - 1))
    }

    /// `premier semestre 2024`, `troisième trimestre`: at the ordinal.
    func yearPart(_ view: TokenView, at index: Int, start: Int) -> Detection? {
        guard case .unit(let unit, plural: false)? = view.word(index + 1),
            unit == .quarter || unit == .halfYear,
            let ordinal = view.ordinal(at: index), ordinal <= (unit == .quarter ? 4 : 2)
        else { return nil }
        var end = index + 2
        var year: Int?
        if let value = view.integer(end), view.digitCount(end) == 4 {
            year = value
            end += 1
        } else if view.isClass(end, .of), let value = view.integer(end + 1), view.digitCount(end + 1) == 4 {
            year = value
            end += 2
        }
        return Detection(start: start, end: end, meaning: .yearPart(unit, index: ordinal, year: year))
    }

    /// `été 2023`, `l'hiver dernier`, `en automne`: at the season.
    func season(_ view: TokenView, at index: Int, start: Int) -> Detection? {
        guard case .season(let season)? = view.word(index) else { return nil }
        var end = index + 1
        var year: Int?
        var modifier: Modifier?
        if let value = view.integer(end), view.digitCount(end) == 4 {
            year = value
            end += 1
        } else if case .modifier(let found)? = view.word(end), found != .same {
            modifier = found
            end += 1
        }
        if year == nil, modifier == nil, view.isClass(end, .anyOf) {
            return nil  // le Printemps de Bourges, au printemps de l'environnement
        }
        if year == nil, view.isCapitalized(index), !view.isAllCapitals(index), index != view.bounds.lowerBound {
            return nil  // le Printemps arabe, the department store
        }
        if start == index && year == nil {
            // A bare season needs `en`, `au` or `mois d'`: `été` is also a participle.
            let generic =
                (view.isClass(index - 1, .of) && view.isClass(index - 2, .seasonHolder))
                || (index == view.bounds.lowerBound && view.isClass(index + 1, .like))
            let allowed = view.isClass(index - 1, [.inPreposition, .to]) || generic
            // `été` is also the participle of `être`: a modifier alone does not make it a season.
            guard allowed || modifier != nil && !view.isClass(index, .been) else { return nil }
            if modifier == nil { modifier = generic ? .generic : .bare }
        }
        return Detection(start: start, end: end, meaning: .season(season, year: year, modifier: modifier))
    }

    /// `les vacances d'été`, `la rentrée d'automne`, `les vacances de Noël`: a term named by a
    /// season is that season (its year read like `l'été`'s), one named by a feast of fixed date
    /// is the feast's month. The article is part of the span (`la rentrée`), not a contracted
    /// preposition (`des vacances`, `aux vacances`).
    func term(_ view: TokenView, at start: Int) -> Detection? {
        let noun = view.isClass(start, [.the, .thePlural]) ? start + 1 : start
        guard view.isClass(noun, .termNoun), view.isClass(noun + 1, .of) else { return nil }
        if case .season(let season)? = view.word(noun + 2), !view.isClass(noun + 3, .anyOf) {
            return Detection(start: start, end: noun + 3, meaning: .season(season, year: nil, modifier: nil))
        }
        guard let feast = holiday(view, at: noun + 2, start: noun + 2),
            case .holiday(let holiday, nil, nil) = feast.meaning,
            case .fixed(let month, _) = holiday.rule
        else { return nil }
        return Detection(start: start, end: feast.end, meaning: .calendar(CalendarFields(month: month)))
    }

    /// Whether the holiday's name at `index` names a person or a place: a saint's feast
    /// takes the article (`la Saint-Jean`; `l'agression de Saint-Jean` is a place), and a
    /// one-word feast before a capitalised word is a first name (`Noël Mamère`).
    private func isNameNotFeast(_ view: TokenView, _ holiday: Holiday, at index: Int) -> Bool {
        if let first = holiday.words.first, first.hasPrefix(Self.saintPrefix), !view.isClass(index - 1, .the) {
            return true
        }
        return holiday.words.count == 1 && view.has(index + 1) && view.tokens.kind(at: index + 1) == .word
            && view.isCapitalized(index + 1)
    }

    /// The first part of a saint's name (`saint-jean`, `saint-valentin`).
    private static let saintPrefix = "saint-"

    /// `Noël`, `la Pentecôte`, `le lundi de Pâques`: at the holiday's first word.
    func holiday(_ view: TokenView, at index: Int, start: Int) -> Detection? {
        guard view.has(index), let candidates = vocabulary.holidays[view.norm(index)] else { return nil }
        for holiday in candidates {
            var cursor = index
            var matched = true
            for word in holiday.words {
                guard
                    view.isWord(cursor, word) || Normalizer.foldingKey(view.norm(cursor)) == Normalizer.foldingKey(word)
                else {
                    matched = false
                    break
                }
                cursor += 1
            }
            guard matched else { continue }
            // `le père Noël`, `le marché de Noël`: the holiday names a thing; `Me Toussaint`: a surname.
            if view.isClass(index - 1, .holidayNoun)
                || view.isClass(index - 1, [.of, .ofThe]) && view.isClass(index - 2, .holidayNoun)
                || view.isClass(index - 1, .civility) && view.isCapitalized(index - 1)
            {
                return nil
            }
            if holiday.words.count == 1, !view.isCapitalized(index), !view.isNumber(index), start == index {
                return nil
            }
            if isNameNotFeast(view, holiday, at: index) { return nil }
            var year: Int?
            var modifier: Modifier?
            if let value = view.integer(cursor), view.digitCount(cursor) == 4 {
                year = value
                cursor += 1
            } else if case .modifier(let found)? = view.word(cursor), found == .past || found == .future {
                modifier = found
                cursor += 1
            }
            return Detection(start: start, end: cursor, meaning: .holiday(holiday, year: year, modifier: modifier))
        }
        return nil
    }

    /// `mi-juillet`, `mi-2024`: one token.
    func middleOfMonth(_ view: TokenView, at index: Int) -> Detection? {
        let text = view.norm(index)
        guard let hyphen = text.utf8.firstIndex(of: 0x2D), vocabulary.isClass(String(text[...hyphen]), .middlePrefix)
        else {
            return nil
        }
        let rest = String(text[text.utf8.index(after: hyphen)...])
        if case .month(let month, _)? = vocabulary.word(rest) {
            var fields = CalendarFields(month: month)
            var end = index + 1
            if let year = yearAfterMonth(view, at: end), view.digitCount(end) == 4 {
                fields.year = year
                end += 1
            }
            return Detection(start: index, end: end, meaning: .part(.middle, .calendar(fields)))
        }
        if let year = Int(rest), (1900...2199).contains(year) {
            return Detection(
                start: index, end: index + 1, meaning: .part(.middle, .calendar(CalendarFields(year: year))))
        }
        return nil
    }
}
