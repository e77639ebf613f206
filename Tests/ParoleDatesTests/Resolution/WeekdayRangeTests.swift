import Testing

/// `du lundi au vendredi`: the last weekday of a range falls on or after the first.
@Suite("Weekday ranges")
struct WeekdayRangeTests {
    @Test("A coming range keeps its first day, a past one its last (reference Wednesday 2026-03-11)")
    func ordered() throws {
        let coming = try dates("Du lundi au vendredi, le pont restera fermé aux camions.", on: "2026-03-11")
        #expect(
            coming == [
                Found(text: "lundi", kind: "DATE", value: "2026-03-16"),
                Found(text: "vendredi", kind: "DATE", value: "2026-03-20"),
            ])
        let past = try dates("Du lundi au vendredi, le pont est resté fermé aux camions.", on: "2026-03-11")
        #expect(
            past == [
                Found(text: "lundi", kind: "DATE", value: "2026-03-02"),
                Found(text: "vendredi", kind: "DATE", value: "2026-03-06"),
            ])
        // A range already in order is left as it is.
        let inOrder = try dates("De jeudi à samedi, la foire occupera la place.", on: "2026-03-11")
        #expect(value(of: "samedi", in: inOrder) == "2026-03-14")
    }
}
