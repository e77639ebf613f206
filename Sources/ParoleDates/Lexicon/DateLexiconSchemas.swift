import ParoleCore

/// The roles of `dates-words` rows (the second column; the case name is the code).
enum DateWordRole: String, CaseIterable, Sendable {
    /// A day counted from the publication date: value in days (`hier` -1).
    case day
    /// A day counted from the day the story is at (`lendemain` 1).
    case narrative
    /// A unit of time: a ``TimeUnit`` code, then 0 (either), 1 (singular) or 2 (plural).
    case unit
    /// A part of the day: a ``DayPart`` code.
    case daypart
    /// A named hour: the hour of the day.
    case clock
    /// A season: a ``Season`` code.
    case season
    /// A modifier: a ``Modifier`` name.
    case modifier
    /// A part of a period: a ``PeriodPart`` name.
    case part
    /// An unspecified amount (`quelques`); the value is a free note.
    case vague
    /// An approximate count: the count (`dizaine` 10).
    case collective
    /// A reference to the present, past or future: a ``ReferenceToken``, then
    /// optionally `timeml` (marked only in the TimeML style).
    case reference
    /// An adverb of frequency: a ``TimeUnit`` code.
    case every
}

/// The TIMEX3 tokens a reference word or phrase may take.
enum ReferenceToken: String, CaseIterable, Sendable {
    /// The present.
    case present = "PRESENT_REF"
    /// The past.
    case past = "PAST_REF"
    /// The future.
    case future = "FUTURE_REF"
}

/// When a reference phrase is marked (third column of `dates-references`).
enum ReferenceStyle: String, CaseIterable, Sendable {
    /// Always.
    case always
    /// Only in the TimeML style (`DateStage(marksReferences: true)`).
    case timeml
    /// Only when it opens a sentence or a clause (`Auparavant, …`): inside a clause the
    /// word relates to another event (`devait auparavant dîner`: before that).
    case frame
    /// Only inside a clause, after its verb (`il donnera ses raisons plus tard`): not opening a
    /// sentence or a clause (`Plus tard, …` moves a narrative on), nor after an article or
    /// `au` (`au plus tard le 13 juin`, `le plus tard possible`).
    case inClause
}

/// How a holiday's day is found (second column of `dates-holidays`).
enum HolidayRuleName: String, CaseIterable, Sendable {
    /// The same `MM-DD` every year.
    case fixed
    /// A number of days after Easter Sunday.
    case easter
}

/// The kinds of word endings in `dates-endings` (the case name is the code).
enum EndingKind: String, CaseIterable, Sendable {
    /// A past participle ending (`-é`, `-ies`, `-int`).
    case participle
    /// A conditional ending (`-erait`, `-draient`).
    case conditional
    /// An imperfect or passé simple ending (`-aient`, `-èrent`).
    case imperfect
    /// A simple future ending (`-era`, `-iront`).
    case future
    /// An infinitive ending (`-er`, `-ir`, `-re`).
    case infinitive
    /// A suffix of nouns for people (`-ien`, `-eur`, `-iste`): `un électricien de 37 ans`.
    case person
    /// An adverb ending (`-ment`): may stand between an auxiliary and its participle.
    case adverb
    /// An ordinal suffix after digits (`1er`, `2e`, `3ème`).
    case ordinal
}

/// The typed row schemas of the `dates-*` lexicons: each reader checks every row's
/// layout and codes and fails with `file:line: reason` on an unknown code, a bad value
/// or a duplicate, so a mistake in a word list never goes unnoticed.
extension DateVocabulary {
    /// `dates-words`: form, role, value [, flag].
    static func temporalWords(_ file: DateLexiconFile) throws -> [(String, DateWord)] {
        try file.rows(fields: 2, 4, key: { $0.fields[0] }).map { row in
            let fields = row.fields
            guard let role = DateWordRole(rawValue: fields[1]) else {
                throw file.error(row, "unknown role `\(fields[1])`")
            }
            let value = fields.count > 2 ? fields[2] : ""
            func integer() throws -> Int {
                guard let number = Int(value) else { throw file.error(row, "expected a number, found `\(value)`") }
                return number
            }
            func code<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
                guard let found = T(rawValue: value) else { throw file.error(row, "unknown \(T.self) `\(value)`") }
                return found
            }
            let word: DateWord
            switch role {
            case .day: word = .deicticDay(try integer())
            case .narrative: word = .narrativeDay(try integer())
            case .unit:
                let flag = fields.count > 3 ? fields[3] : "0"
                guard let plural = [nil, false, true][safe: Int(flag) ?? -1] else {
                    throw file.error(row, "expected 0, 1 or 2, found `\(flag)`")
                }
                word = .unit(try code(TimeUnit.self), plural: plural)
            case .daypart: word = .dayPart(try code(DayPart.self))
            case .clock: word = .clock(try integer())
            case .season: word = .season(try code(Season.self))
            case .modifier: word = .modifier(try code(Modifier.self))
            case .part: word = .part(try code(PeriodPart.self))
            case .vague: word = .vague
            case .collective: word = .collective(try integer())
            case .reference:
                let token = try code(ReferenceToken.self)
                let style = fields.count > 3 ? ReferenceStyle(rawValue: fields[3]) : .always
                guard let style else { throw file.error(row, "unknown style `\(fields[3])`") }
                word = .reference(token.rawValue, style: style)
            case .every: word = .every(try code(TimeUnit.self))
            }
            return (fields[0], word)
        }
    }

    /// `dates-tense`: form, cue (a form may have several cues, each on its own row).
    static func tenseCues(_ file: DateLexiconFile) throws -> [String: TenseCue] {
        var cues: [String: TenseCue] = [:]
        for row in try file.rows(fields: 2, 2) {
            guard let name = TenseCueName(rawValue: row.fields[1]) else {
                throw file.error(row, "unknown cue `\(row.fields[1])`")
            }
            cues[row.fields[0], default: []].insert(TenseCue(name))
        }
        return cues
    }

    /// `dates-holidays`: name, rule, value (`MM-DD` or a day offset from Easter).
    static func holidays(_ file: DateLexiconFile) throws -> [Holiday] {
        try file.rows(fields: 3, 3, key: { $0.fields[0] }).map { row in
            let words = tokens(of: row.fields[0])
            switch HolidayRuleName(rawValue: row.fields[1]) {
            case .fixed?:
                let numbers = row.fields[2].split(separator: "-").compactMap { Int($0) }
                guard numbers.count == 2, CalendarDay(year: 2000, month: numbers[0], day: numbers[1]) != nil else {
                    throw file.error(row, "expected a month and day MM-DD, found `\(row.fields[2])`")
                }
                return Holiday(words: words, rule: .fixed(month: numbers[0], day: numbers[1]))
            case .easter?:
                guard let offset = Int(row.fields[2]) else {
                    throw file.error(row, "expected a day offset, found `\(row.fields[2])`")
                }
                return Holiday(words: words, rule: .easter(offset: offset))
            case nil:
                throw file.error(row, "unknown rule `\(row.fields[1])`")
            }
        }
    }

    /// `dates-references`: phrase, TIMEX3 token, style.
    static func references(_ file: DateLexiconFile) throws -> [ReferencePhrase] {
        try file.rows(fields: 3, 3, key: { $0.fields[0] }).map { row in
            guard let token = ReferenceToken(rawValue: row.fields[1]) else {
                throw file.error(row, "unknown TIMEX3 token `\(row.fields[1])`")
            }
            guard let style = ReferenceStyle(rawValue: row.fields[2]) else {
                throw file.error(row, "unknown style `\(row.fields[2])`")
            }
            return ReferencePhrase(
                words: tokens(of: row.fields[0]), token: token.rawValue, timeml: style == .timeml,
                inClause: style == .inClause)
        }
    }

    /// `dates-sets`: phrase, unit (a ``TimeUnit`` code): a set of one such unit.
    static func setPhrases(_ file: DateLexiconFile) throws -> [SetPhrase] {
        try file.rows(fields: 2, 2, key: { $0.fields[0] }).map { row in
            guard let unit = TimeUnit(rawValue: row.fields[1]) else {
                throw file.error(row, "unknown TimeUnit `\(row.fields[1])`")
            }
            return SetPhrase(words: tokens(of: row.fields[0]), unit: unit)
        }
    }

    /// A list of one word or phrase per row (`dates-persons`, `dates-idioms`), lowercased.
    static func singleWords(_ file: DateLexiconFile) throws -> [String] {
        try file.rows(fields: 1, 1).map { $0.fields[0].lowercased() }
    }

    /// `dates-function-words`, `dates-context-words`: form, class (a ``WordClassName``).
    static func wordClasses(_ file: DateLexiconFile) throws -> [(String, WordClassName)] {
        try file.rows(fields: 2, 2).map { row in
            guard let name = WordClassName(rawValue: row.fields[1]) else {
                throw file.error(row, "unknown class `\(row.fields[1])`")
            }
            return (row.fields[0], name)
        }
    }

    /// `dates-endings`: ending, kind (an ``EndingKind``); each kind's endings longest first.
    static func endings(_ file: DateLexiconFile) throws -> [EndingKind: [String]] {
        var endings: [EndingKind: [String]] = [:]
        for row in try file.rows(fields: 2, 2) {
            guard let kind = EndingKind(rawValue: row.fields[1]) else {
                throw file.error(row, "unknown kind `\(row.fields[1])`")
            }
            endings[kind, default: []].append(row.fields[0])
        }
        return endings.mapValues { $0.sorted { $0.count > $1.count } }
    }
}

extension Array {
    /// The element at `index`, or nil outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
