import Testing

@testable import ParoleDates

/// School and work terms named by a season or a feast (`termNoun` in `dates-context-words`).
@Suite("Real-news terms")
struct RealNewsTermTests {
    @Test("A term named by a season is that season; by a feast of fixed date, its month")
    func terms() throws {
        let found = try dates(
            "Les familles partiront pendant les vacances d'été. "
                + "Le chantier a pris du retard depuis la rentrée d'automne. "
                + "Les travaux dureront jusqu'aux vacances de Noël.",
            on: "2025-03-10")
        #expect(found.map(\.text) == ["les vacances d'été", "la rentrée d'automne", "vacances de Noël"])
        #expect(found.map(\.value) == ["2025-SU", "2024-FA", "2025-12"])
    }

    @Test("A term named by a month leaves the month alone")
    func monthTerm() throws {
        let found = try dates("L'école fermera à la rentrée de septembre.", on: "2025-03-10")
        #expect(found.map(\.text) == ["septembre"])
    }
}
