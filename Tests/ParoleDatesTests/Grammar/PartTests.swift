import Testing

/// Parts of periods: `fin novembre`, `début 2025`, `mi-juillet`, `la fin de l'année`.
@Suite("Parts of periods")
struct PartTests {
    @Test("Fin and début keep their word in the span (reference 2024-10-09)")
    func beginAndEnd() throws {
        let found = try dates(
            "Le Sénat devrait s'en saisir début 2025, pour une adoption espérée fin mars.",
            on: "2024-10-09")
        #expect(
            found == [
                Found(text: "début 2025", kind: "DATE", value: "2025"),
                Found(text: "fin mars", kind: "DATE", value: "2025-03"),
            ])
    }

    @Test("La fin de l'année, la fin du mois (reference 2024-12-05)")
    func endOfPeriod() throws {
        let found = try dates(
            "Les syndicats menacent de durcir le mouvement d'ici la fin du mois, "
                + "et l'effet devrait s'estomper d'ici la fin de l'année.", on: "2024-12-05")
        #expect(value(of: "la fin du mois", in: found) == "2024-12")
        #expect(value(of: "la fin de l'année", in: found) == "2024")
    }

    @Test("La fin du mois d'août: the part of the month named (reference 2024-06-12)")
    func endOfNamedMonth() throws {
        let found = try dates(
            "Les conclusions de l'enquête sont attendues pour la fin du mois d'août.", on: "2024-06-12")
        #expect(found == [Found(text: "la fin du mois d'août", kind: "DATE", value: "2024-08")])
    }

    @Test("Au début du mois de mars, told in the past (reference 2024-06-12)")
    func beginningOfNamedMonth() throws {
        let found = try dates(
            "Les travaux ont commencé au début du mois de mars, avec plusieurs semaines de retard.",
            on: "2024-06-12")
        #expect(value(of: "début du mois de mars", in: found) == "2024-03")
        #expect(!found.contains { $0.text == "mars" })
    }

    @Test("Mi-juillet, one token (reference 2024-06-02)")
    func middle() throws {
        let found = try dates("Les travaux reprendront mi-juillet.", on: "2024-06-02")
        #expect(found == [Found(text: "mi-juillet", kind: "DATE", value: "2024-07")])
    }

    @Test("Parts of the day after a day (reference 1999-05-21)")
    func dayParts() throws {
        let found = try dates("L'accident s'est produit hier en début d'après-midi.", on: "1999-05-21")
        #expect(found == [Found(text: "hier en début d'après-midi", kind: "TIME", value: "1999-05-20TAF")])
    }

    @Test("Fin as a noun is not a date")
    func notADate() throws {
        #expect(try dates("Il faut mettre fin à la guerre avant la fin du championnat.", on: "2024-03-01").isEmpty)
    }

    @Test("A dated day keeps the part of the day after it (reference 2022-10-16)")
    func datedDayWithPart() throws {
        let found = try dates(
            "Mardi 11 octobre au soir, les pompiers sont intervenus. Le 12 octobre dans la matinée, la route a rouvert.",
            on: "2022-10-16")
        #expect(found.map(\.text) == ["Mardi 11 octobre au soir", "Le 12 octobre dans la matinée"])
        #expect(found.map(\.value) == ["2022-10-11TEV", "2022-10-12TMO"])
    }
}
