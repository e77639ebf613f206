import ParoleCore

/// The day a time of day takes from the time written just before it.
extension DateStage {
    /// The day of a time of day with no day of its own when the expression just before it,
    /// in its sentence or the sentence before, is a time of a named day that holds its hour:
    /// a part of that day (`mardi matin … à 10 h`, `tôt mercredi matin, avant le vote prévu
    /// à 8 h`: the morning holds 10 h and 8 h) or an earlier time of it (`mardi à 14 h … À
    /// 16 h`). A time outside that part (`lundi matin … à 21 h`) is left to the story's day.
    func dayOfNamedPart(_ detection: Detection, after previous: Resolved?, sentence: Range<Int>) -> CalendarDay? {
        guard case .clock(let hour, _, nil) = detection.meaning, let previous,
            previous.sentence == sentence || previous.sentence.upperBound == sentence.lowerBound,
            let day = previous.resolution.day
        else { return nil }
        switch previous.detection.meaning {
        case .dayPart(let part, let named?):
            guard DateStage.isDay(named), let hours = TimexTime.DayPart(rawValue: part.rawValue)?.hours
            else { return nil }
            if hours.contains(hour) { return day }
            // The night runs past midnight: its small hours are the next day's.
            return hours.contains(hour + 24) ? day.adding(days: 1) : nil
        case .clock(let earlier, _, let named?):
            return DateStage.isDay(named) && earlier <= hour ? day : nil
        default:
            return nil
        }
    }

    /// Whether `meaning` names a day: a weekday, a date with its day, or a day counted
    /// from the publication or the story's day.
    private static func isDay(_ meaning: Meaning) -> Bool {
        switch meaning {
        case .weekday, .deictic, .narrative: return true
        case .calendar(let fields): return fields.day != nil
        default: return false
        }
    }
}
