import ParoleCore

/// The end of a range of times that runs past midnight.
extension DateStage {
    /// The day of a time of day with no day of its own that closes a range opened by an
    /// evening time (`entre 22 h 30 et 3 heures du matin`, `de 23 h à 2 h`, `de 20 h à
    /// minuit`): an earlier hour than the evening one, so the day after the range's start.
    func dayPastMidnight(_ detection: Detection, after previous: Resolved?, sentence: Range<Int>, in view: TokenView)
        -> CalendarDay?
    {
        guard case .clock(let hour, _, nil) = detection.meaning, let previous, previous.sentence == sentence,
            case .clock(let start, _, _) = previous.detection.meaning, start >= DateStage.eveningHour,
            hour < start, hour < 12, detection.start == previous.detection.end + 1,
            view.isClass(previous.detection.end, .rangeLink), let day = previous.resolution.day
        else { return nil }
        return day.adding(days: 1)
    }

    /// The first hour of the evening (TIMEX3 `EV` runs from 18:00).
    private static let eveningHour = 18
}
