import Testing

/// Abbreviated month names (`janv.`, `sept.`, `déc.`), ICU's French short month names.
@Suite("Abbreviated months")
struct AbbreviatedMonthTests {
    @Test("An abbreviated month with its period takes the year after it (reference 2026-03-11)")
    func periodThenYear() throws {
        let found = try dates(
            "La digue a cédé le 3 janv. 2025, puis de nouveau le 9 déc. 2025.", on: "2026-03-11")
        #expect(value(of: "le 3 janv. 2025", in: found) == "2025-01-03")
        #expect(value(of: "le 9 déc. 2025", in: found) == "2025-12-09")
        #expect(!found.contains { $0.text == "2025" })
    }

    @Test("dernier and prochain after an abbreviated month's period belong to the date (reference 2026-03-11)")
    func modifierAfterPeriod() throws {
        let found = try dates(
            "La taxe entrera en vigueur le 3 janv. prochain ; le projet avait été déposé en déc. dernier.",
            on: "2026-03-11")
        #expect(value(of: "le 3 janv. prochain", in: found) == "2027-01-03")
        #expect(value(of: "déc. dernier", in: found) == "2025-12")
    }

    @Test("sept, also the number seven, is September right after a day, a number elsewhere (reference 2026-03-11)")
    func septemberAfterDay() throws {
        let found = try dates("Les faits remontent au 12 sept. 2024, selon le parquet.", on: "2026-03-11")
        #expect(found == [Found(text: "12 sept. 2024", kind: "DATE", value: "2024-09-12")])
        let bare = try dates("Le chantier a commencé le 8 sept 2025 dans le centre.", on: "2026-03-11")
        #expect(bare == [Found(text: "le 8 sept 2025", kind: "DATE", value: "2025-09-08")])
        let seven = try dates("Sept blessés ont été hospitalisés, et sept autres soignés sur place.", on: "2026-03-11")
        #expect(seven.isEmpty)
    }
}
