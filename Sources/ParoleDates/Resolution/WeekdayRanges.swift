/// `du lundi au vendredi`, `de mardi à jeudi`: two weekdays joined by `au` or `à` make a range,
/// whose last day falls on or after its first. Each weekday is resolved on its own by the
/// tense, so that read on a Wednesday a coming `lundi` (the 16th) and `vendredi` (the 13th)
/// made a range that ends before it starts.
extension DateStage {
    /// Puts the two days of each weekday range of `results` in order: a range that starts on or
    /// after the publication day keeps its first day and moves its last one forward; one before
    /// it keeps its last day and moves its first one back.
    func orderWeekdayRanges(_ results: inout [Resolved], classes: TokenClasses, publication: CalendarDay?) {
        for index in results.indices.dropLast() {
            let first = results[index]
            let last = results[index + 1]
            guard first.sentence == last.sentence, case .weekday = first.detection.meaning,
                case .weekday = last.detection.meaning, last.detection.start == first.detection.end + 1,
                !classes.classes(at: first.detection.end).isDisjoint(with: .to),
                let start = first.resolution.day, let end = last.resolution.day, end < start
            else { continue }
            let length = (end.weekday - start.weekday + 7) % 7
            if let publication, start >= publication {
                results[index + 1].resolution = .day(start.adding(days: length), anchor: last.resolution.anchor)
            } else {
                results[index].resolution = .day(end.adding(days: -length), anchor: first.resolution.anchor)
            }
        }
    }
}
