import ParoleCore

/// What a temporal expression says, before it is resolved against a reference date.
///
/// The grammar (``DateGrammar``) reads tokens into a meaning; the resolver
/// (``DateResolver``) turns the meaning into a TIMEX3 value, given the document
/// date, the tense of the clause and the story's current date.
indirect enum Meaning: Sendable, Equatable {
    /// Calendar fields as written: `le jeudi 14 mars 2024`, `mars 2023`, `le 7 octobre`, `2027`.
    case calendar(CalendarFields)
    /// A weekday alone: `mercredi`, `lundi dernier`, `ce mardi`.
    case weekday(Int, Modifier?)
    /// A day counted from the publication date: `hier` is -1.
    case deictic(Int)
    /// A day counted from the story's current date: `le lendemain` is +1, `ce jour-là` 0.
    case narrative(Int)
    /// The period holding the reference, moved by `offset` periods: `la semaine
    /// dernière` (week, -1), `cette année` (year, 0). `narrative` counts from the
    /// story's current date (`la semaine suivante`).
    case period(TimeUnit, offset: Int, narrative: Bool)
    /// A decade, by its first three digits: `les années 60` is 196.
    case decade(Int)
    /// A century, by the first two digits of its years: `le XIXe siècle` is 18.
    case century(Int)
    /// A season: `l'été`, `l'hiver dernier`, `le printemps 2023`.
    case season(Season, year: Int?, modifier: Modifier?)
    /// A quarter or half of a year (`unit` is `.quarter` or `.halfYear`): `premier semestre 2024`.
    case yearPart(TimeUnit, index: Int, year: Int?)
    /// A part of a period (`fin novembre`, `début 2025`): the period's value.
    case part(PeriodPart, Meaning)
    /// A time of day on a day: `13 h 30`, `midi`.
    case clock(hour: Int, minute: Int, day: Meaning?)
    /// A part of a day: `hier soir`, `mardi matin`, `la nuit`.
    case dayPart(DayPart, day: Meaning?)
    /// A length of time: `six semaines` (6, week), `des années` (unknown, year).
    case duration(Amount, TimeUnit)
    /// A day moved by a length of time: `il y a deux semaines` (sign -1), `dans
    /// trois jours` (+1); `narrative` moves from the story's current date (`deux jours plus tard`).
    case offset(Amount, TimeUnit, sign: Int, narrative: Bool)
    /// A recurrence: `chaque jour`, `tous les lundis`.
    case set(Recurrence)
    /// A reference to the present, the past or the future: `PRESENT_REF`.
    case reference(String)
    /// The `ordinal`-th `weekday` of a period (-1 for the last): `le premier
    /// dimanche du printemps`, `le dernier mardi de mars`.
    case weekdayOf(ordinal: Int, weekday: Int, period: Meaning)
    /// A feast or holiday: `Noël`, `la Pentecôte`.
    case holiday(Holiday, year: Int?, modifier: Modifier?)

    /// The TIMEX3 type of the expression.
    var kind: TemporalExpression.Kind {
        switch self {
        case .clock, .dayPart, .reference: return .time
        case .duration: return .duration
        case .set: return .set
        case .part(_, let inner): return inner.kind == .time ? .time : .date
        default: return .date
        }
    }
}

/// Calendar fields as written; any of them may be missing.
struct CalendarFields: Sendable, Equatable {
    /// The year, when written (`2024`, or `98` read as 1998).
    var year: Int?
    /// The month, 1 to 12.
    var month: Int?
    /// The day of the month.
    var day: Int?
    /// The weekday, 1 for Monday, when written.
    var weekday: Int?
    /// `dernier` or `prochain` after the date (`le 6 mai dernier`).
    var modifier: Modifier?
}

/// How much of a unit: a number, or unknown (`des semaines`).
enum Amount: Sendable, Equatable {
    /// A known amount, possibly fractional (`30,4 secondes`, `un demi-siècle`).
    case exact(Double)
    /// An unspecified amount (`quelques jours`, `des années`).
    case unknown
}

/// What recurs in a set.
enum Recurrence: Sendable, Equatable {
    /// Every `count` units: `chaque jour` (1, day), `tous les deux ans` (2, year).
    case every(Int, TimeUnit)
    /// Every such weekday: `tous les lundis`.
    case weekday(Int)
    /// Every such part of the day: `tous les soirs`.
    case dayPart(DayPart)
    /// Every such season: `chaque été`.
    case season(Season)
}
