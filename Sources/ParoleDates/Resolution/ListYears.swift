import ParoleCore

/// `31 mars, 19 mai, 14, 21 et 28 juillet et 10 novembre 2024`: a list of days in calendar
/// order that writes its year once, after its last day. French writes the year shared by
/// the days of a list only at its end, so every day of the list is in that year; each was
/// resolved on its own by the tense, so that read in December 2023 the days before it took
/// 2023.
extension DateStage {
    /// Gives the days of each list of `results` that ends on a written year that year: going
    /// back from the day with the year, each day joined to the next by only a comma or `et`,
    /// and not later in the year than it, takes the year.
    func shareListYears(_ results: inout [Resolved], classes: TokenClasses, tokens: TokenList) {
        var year: Int?
        var month = 0
        for index in results.indices.reversed() {
            guard case .calendar(let fields) = results[index].detection.meaning, let written = fields.month,
                fields.day != nil, fields.weekday == nil, let day = results[index].resolution.day
            else {
                year = nil
                continue
            }
            if let own = fields.year {
                year = own
                month = written
                continue
            }
            guard let shared = year, written <= month,
                DateStage.isListLink(
                    from: results[index].detection.end, to: results[index + 1].detection.start,
                    classes: classes, tokens: tokens)
            else {
                year = nil
                continue
            }
            month = written
            if day.year != shared, let moved = CalendarDay(year: shared, month: day.month, day: day.day) {
                results[index].resolution = .day(moved, anchor: results[index + 1].resolution.anchor)
            }
        }
    }

    /// Whether only a comma or only `et` stands between tokens `start` and `end`: French
    /// writes no comma before the `et` of a list, so `, et` joins clauses (`entendu le 12
    /// février, et le 3 mars 2026 il sera jugé`).
    private static func isListLink(from start: Int, to end: Int, classes: TokenClasses, tokens: TokenList) -> Bool {
        guard end == start + 1 else { return false }
        return (start..<end).allSatisfy { index in
            tokens.norm(at: index) == "," || !classes.classes(at: index).isDisjoint(with: .and)
        }
    }
}
