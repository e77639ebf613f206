/// A unit of time, with its TIMEX3 letter (`D` in `P45D`).
enum TimeUnit: String, Sendable, Hashable, CaseIterable {
    /// A second.
    case second = "S"
    /// A minute.
    case minute = "MIN"
    /// An hour.
    case hour = "H"
    /// A day.
    case day = "D"
    /// A week.
    case week = "W"
    /// A weekend.
    case weekend = "WE"
    /// A month.
    case month = "M"
    /// A quarter (three months).
    case quarter = "Q"
    /// A half-year.
    case halfYear = "HY"
    /// A year.
    case year = "Y"
    /// A decade.
    case decade = "DE"
    /// A century.
    case century = "CE"
    /// A millennium.
    case millennium = "ML"

    /// Whether the unit is shorter than a day (`PT` durations).
    var isTimeOfDay: Bool { self == .second || self == .minute || self == .hour }
}

/// A part of the day, with its TIMEX3 code (`TEV` for the evening).
enum DayPart: String, Sendable, Hashable {
    /// The morning.
    case morning = "MO"
    /// The afternoon.
    case afternoon = "AF"
    /// The evening.
    case evening = "EV"
    /// The night.
    case night = "NI"
    /// The daytime.
    case daytime = "DT"
}

/// A season, with its TIMEX3 code.
enum Season: String, Sendable, Hashable {
    /// Spring.
    case spring = "SP"
    /// Summer.
    case summer = "SU"
    /// Autumn.
    case fall = "FA"
    /// Winter.
    case winter = "WI"
}

/// A word that moves a period in time: `dernier`, `prochain`, `suivant`.
enum Modifier: String, Sendable, Hashable {
    /// `dernier`, `passé`: the latest before the reference.
    case past
    /// `prochain`: the next after the reference.
    case future
    /// `suivant`: the next after the story's current date.
    case following
    /// `précédent`: the one before the story's current date.
    case preceding
    /// `même`: the story's current date.
    case same
    /// No particular one: `les mois d'été`, `été comme hiver`.
    case generic
    /// No determiner (`en été`, `au printemps`): a particular one only when a
    /// tense places it (`a fermé au printemps`), else any (`augmente en été`).
    case bare
}

/// A part of a period: `début`, `fin`, `mi-`.
enum PeriodPart: String, Sendable, Hashable {
    /// `début`.
    case begin
    /// `fin`.
    case end
    /// `milieu`, `mi-`.
    case middle
    /// `courant`: during.
    case during
}

/// What a word can do in a temporal expression, from the `dates-words` lexicon and ICU.
enum DateWord: Sendable, Equatable {
    /// A month name (1 for January); an abbreviation (`janv`, `sept`) counts only
    /// next to a day or a year.
    case month(Int, abbreviated: Bool)
    /// A weekday name (1 for Monday), singular or plural (`les lundis`).
    case weekday(Int, plural: Bool)
    /// A day counted from the publication date (`hier` is -1).
    case deicticDay(Int)
    /// A day counted from the story's current date (`le lendemain` is +1).
    case narrativeDay(Int)
    /// A unit of time; `plural` is nil when the form is both (`mois`).
    case unit(TimeUnit, plural: Bool?)
    /// A part of the day.
    case dayPart(DayPart)
    /// A named hour: `midi` (12), `minuit` (0).
    case clock(Int)
    /// A season.
    case season(Season)
    /// `dernier`, `prochain`, …
    case modifier(Modifier)
    /// `début`, `fin`, …
    case part(PeriodPart)
    /// `quelques`, `plusieurs`: an unspecified amount.
    case vague
    /// `dizaine`: an approximate count.
    case collective(Int)
    /// `actuellement` (`PRESENT_REF`), `autrefois` (`PAST_REF`); `timeml` when
    /// only the TimeML style marks it (`maintenant`, `désormais`).
    case reference(String, style: ReferenceStyle)
    /// `quotidiennement`: every unit.
    case every(TimeUnit)

    /// Whether the word can be the head that starts a search for an expression.
    var isHead: Bool {
        switch self {
        case .month, .weekday, .deicticDay, .narrativeDay, .unit, .dayPart, .clock, .season,
            .reference, .every:
            return true
        case .modifier, .part, .vague, .collective:
            return false
        }
    }
}
