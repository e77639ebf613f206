/// What relative expressions are resolved against, as a document is read.
struct DateContext: Sendable {
    /// The publication day, when known to the day (or found from the calendar
    /// when the document has no date: `le vendredi 26 janvier`).
    var documentDay: CalendarDay?
    /// The publication month, when known.
    var documentMonth: (year: Int, month: Int)?
    /// The day the story is at: the first date of the document, then each date
    /// that moves the story (see ``DateStage/update(_:with:_:opensSentence:)``).
    var storyDay: CalendarDay?
    /// The last date written with a day inside the publication month (for
    /// weekdays when the publication date is only a month).
    var monthAnchor: CalendarDay?

    /// The year and month of the reference, from the day or the month.
    var referenceMonth: (year: Int, month: Int)? {
        if let documentDay { return (documentDay.year, documentDay.month) }
        return documentMonth
    }
}
