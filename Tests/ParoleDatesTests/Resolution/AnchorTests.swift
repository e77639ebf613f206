import Testing

/// Spans per the annotation conventions: determiners kept, `depuis`, `en`, `au` left out.
@Suite("Spans and anchors")
struct AnchorTests {
    @Test("Depuis le 7 octobre: the span keeps le, leaves out depuis (reference 2024-06)")
    func since() throws {
        let (document, found) = try analysed("Il est en visite depuis le 7 octobre.", on: "2024-06")
        #expect(found == [Found(text: "le 7 octobre", kind: "DATE", value: "2023-10-07")])
        #expect(document.dates.first?.anchor == .document)
        #expect(document.dates.first?.interval == "2023-10-07"..."2023-10-07")
    }

    @Test("Du and au are left out (reference 2024-09)")
    func contractions() throws {
        let found = try dates(
            "Les photos seront présentées à partir du 1er décembre, après l'attaque du 7 octobre.",
            on: "2024-09")
        #expect(found.map(\.text) == ["1er décembre", "7 octobre"])
    }

    @Test("Anchors: document, narrative, calendar, none (reference 2024-04, month only)")
    func anchors() throws {
        let (document, _) = try analysed(
            "Le séisme a frappé le mardi 16 avril. Le lendemain, l'aide est arrivée. "
                + "En 2007, un séisme avait fait 500 morts.", on: "2024-04")
        #expect(document.dates.map(\.anchor) == [.calendar, .narrative, .none])
    }

    @Test("Intervals: a month and an ISO week (reference 2024-07-25)")
    func intervals() throws {
        let (document, _) = try analysed(
            "Il a été annoncé en février, et sera discuté la semaine prochaine.",
            on: "2024-07-25")
        #expect(document.dates.map(\.interval) == ["2024-02-01"..."2024-02-29", "2024-07-29"..."2024-08-04"])
    }
}
