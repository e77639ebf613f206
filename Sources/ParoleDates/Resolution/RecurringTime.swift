import ParoleCore

/// A time of day in a sentence that names a recurrence.
extension DateStage {
    /// Whether the time of day at `index`, with no day of its own, shares its sentence with a
    /// recurrence of days (`tous les jours de 9 h à 18 h`, `chaque soir vers 21 h`, `le
    /// marché se tient tous les jeudis à 7 h`): a time of any of those days, not of one.
    func isRecurringTime(at index: Int, _ detections: [Detection], _ sentences: [Range<Int>]) -> Bool {
        guard case .clock(_, _, nil) = detections[index].meaning else { return false }
        var other = index - 1
        while other >= 0, sentences[other] == sentences[index] {
            if DateStage.isDailyRecurrence(detections[other].meaning) { return true }
            other -= 1
        }
        other = index + 1
        while other < detections.count, sentences[other] == sentences[index] {
            if DateStage.isDailyRecurrence(detections[other].meaning) { return true }
            other += 1
        }
        return false
    }

    /// Whether `meaning` recurs on days: every day or week, a weekday, a part of the day.
    private static func isDailyRecurrence(_ meaning: Meaning) -> Bool {
        switch meaning {
        case .set(.every(_, .day)), .set(.every(_, .week)), .set(.weekday), .set(.dayPart): return true
        default: return false
        }
    }
}
