import Testing

/// Full dates: weekday, day, month and year, numeric dates, `1er`.
@Suite("Full dates")
struct FullDateTests {
    @Test("A weekday, day, month and year, with its demonstrative (reference 2024-02, month only)")
    func fullDateWithDemonstrative() throws {
        let found = try dates("Israël a opposé un refus catégorique, ce mercredi 7 février 2024.", on: "2024-02")
        #expect(found == [Found(text: "ce mercredi 7 février 2024", kind: "DATE", value: "2024-02-07")])
    }

    @Test("Le jeudi 14 mars 2024 (reference 2024-03-15)")
    func definiteFullDate() throws {
        let found = try dates("Le décret a été publié le jeudi 14 mars 2024 au Journal officiel.", on: "2024-03-15")
        #expect(found == [Found(text: "le jeudi 14 mars 2024", kind: "DATE", value: "2024-03-14")])
    }

    @Test("Numeric dates: 7/02/2024, 2024-02-07, 07/02/24 (reference 2024-02-10)")
    func numericDates() throws {
        let found = try dates("Mise à jour le 7/02/2024. Version du 2024-02-07, signée le 07/02/24.", on: "2024-02-10")
        #expect(found.map(\.value) == ["2024-02-07", "2024-02-07", "2024-02-07"])
        #expect(found.map(\.text) == ["le 7/02/2024", "2024-02-07", "le 07/02/24"])
    }

    @Test("1er mars and le 1er janvier 2025 (reference 2024-11-23)")
    func firstOfMonth() throws {
        let found = try dates(
            "La gratuité entrera en vigueur le 1er janvier 2025, et non le 1er mars.", on: "2024-11-23")
        #expect(value(of: "le 1er janvier 2025", in: found) == "2025-01-01")
        #expect(value(of: "le 1er mars", in: found) == "2025-03-01")
    }

    @Test("A month and a year, a two-digit year (reference 1999-05-23)")
    func monthAndYear() throws {
        let found = try dates(
            "L'école a aménagé ses rythmes dès octobre 98 ; le chantier date de mai 1988.", on: "1999-05-23")
        #expect(value(of: "octobre 98", in: found) == "1998-10")
        #expect(value(of: "mai 1988", in: found) == "1988-05")
    }

    @Test("A year alone, and years that are counts (reference 2024-10-09)")
    func yearsAlone() throws {
        let found = try dates(
            "Le gouvernement espère rénover 200 000 logements d'ici à 2027. Près de 1500 personnes ont manifesté.",
            on: "2024-10-09")
        #expect(found == [Found(text: "2027", kind: "DATE", value: "2027")])
    }

    @Test("A month after a year takes its year when it elaborates it (reference 1999-07-29)")
    func borrowedYear() throws {
        let found = try dates(
            "Deux ruptures en 97 (en janvier, puis en octobre). Élu en 1995, il a parlé en mars.",
            on: "1999-07-29")
        #expect(found.map(\.value) == ["1997", "1997-01", "1997-10", "1995", "1999-03"])
    }

    @Test("Two years in one token: 1982-1990")
    func yearPair() throws {
        let found = try dates("La croissance a ralenti par rapport à la période 1982-1990.", on: "1999-07-07")
        #expect(found.map(\.text) == ["1982", "1990"])
        #expect(found.map(\.value) == ["1982", "1990"])
    }

    @Test("A year and the next one's last two digits: one season or fiscal year (2021-22)")
    func seasonYear() throws {
        let found = try dates(
            "Le club a bouclé l'exercice 2021-22 en déficit et vise l'équilibre pour la saison 2023/24.",
            on: "2023-05-12")
        #expect(found.map(\.text) == ["2021-22", "saison 2023/24"])
        #expect(found.map(\.value) == ["2021", "2023"])
        let short = try dates("Le club, promu en fin de saison 22/23, vise le maintien.", on: "2023-05-12")
        #expect(short.map(\.text) == ["saison 22/23"])
        #expect(short.map(\.value) == ["2022"])
    }

    @Test("A year and the next one's two digits after a code's noun are a number (loi n° 2021-22)")
    func numberedSeasonYear() throws {
        let found = try dates(
            "Le décret d'application de la loi n° 2021-22 et l'article 2019-20 du règlement restent contestés.",
            on: "2023-05-12")
        #expect(found.isEmpty)
    }

    @Test("Two digits that do not follow the year are no season (1998-45)")
    func notSeasonYear() throws {
        let found = try dates("Le dossier 1998-45 a été classé.", on: "2023-05-12")
        #expect(found.isEmpty)
    }
}
