import ParoleCore

/// A time of day in a sentence that names a recurrence.
extension DateStage {
    /// The sentences (token ranges) that name a recurrence of days (`tous les jours de 9 h
    /// à 18 h`, `chaque soir vers 21 h`, `le marché se tient tous les jeudis à 7 h`), found
    /// in one pass over the document's detections (`sentences` parallel to `detections`).
    static func recurringSentences(_ detections: [Detection], _ sentences: [Range<Int>]) -> Set<Range<Int>> {
        var recurring: Set<Range<Int>> = []
        for (detection, sentence) in zip(detections, sentences) where isDailyRecurrence(detection.meaning) {
            recurring.insert(sentence)
        }
        return recurring
    }

    /// Whether `detection`, a time of day with no day of its own, stands in one of the
    /// `recurring` sentences: a time of any of those days, not of one.
    static func isRecurringTime(_ detection: Detection, in sentence: Range<Int>, recurring: Set<Range<Int>>) -> Bool {
        guard case .clock(_, _, nil) = detection.meaning else { return false }
        return recurring.contains(sentence)
    }

    /// Whether `meaning` recurs on days: every day or week, a weekday, a part of the day.
    private static func isDailyRecurrence(_ meaning: Meaning) -> Bool {
        switch meaning {
        case .set(.every(_, .day)), .set(.every(_, .week)), .set(.weekday), .set(.dayPart): return true
        default: return false
        }
    }
}
