import Testing

/// Weeks, months, years and seasons: `la semaine dernière`, `l'an dernier`, `en mars`, `cette année`.
@Suite("Weeks, months and years")
struct PeriodTests {
    @Test("Weeks (reference Thu 2024-07-25)")
    func weeks() throws {
        let found = try dates(
            "La direction recevra les syndicats la semaine prochaine, après la réunion de "
                + "la semaine dernière et les échanges de cette semaine.", on: "2024-07-25")
        #expect(value(of: "la semaine prochaine", in: found) == "2024-W31")
        #expect(value(of: "la semaine dernière", in: found) == "2024-W29")
        #expect(value(of: "cette semaine", in: found) == "2024-W30")
    }

    @Test("La semaine suivante counts from the story's date (reference 2024-10-09)")
    func followingWeek() throws {
        let found = try dates(
            "Le texte sera examiné à partir du lundi 14 octobre, avant un vote prévu la semaine suivante.",
            on: "2024-10-09")
        #expect(value(of: "lundi 14 octobre", in: found) == "2024-10-14")
        #expect(value(of: "la semaine suivante", in: found) == "2024-W43")
    }

    @Test("Du holds the article of a week-end or a month with its modifier (reference Wed 2025-12-03)")
    func contractedArticle() throws {
        let found = try dates(
            "La ligue a sanctionné le club après les incidents du week-end dernier à Charleroi. "
                + "Le bilan du mois dernier reste lourd, et les matchs du week-end prochain sont maintenus.",
            on: "2025-12-03")
        #expect(value(of: "week-end dernier", in: found) == "2025-W48-WE")
        #expect(value(of: "mois dernier", in: found) == "2025-11")
        #expect(found.contains { $0.text.hasPrefix("week-end prochain") })
    }

    @Test("After a day number or a unit, du month last is part of a longer date, not one alone")
    func contractedArticleInsideDate() throws {
        let found = try dates(
            "Le loyer a été payé le 15 du mois dernier, et la première semaine du mois dernier a été calme.",
            on: "2025-12-03")
        #expect(!found.contains { $0.text == "mois dernier" })
    }

    @Test("Months and years (reference 2024-07)")
    func monthsAndYears() throws {
        let found = try dates(
            "Plus de billets que l'an dernier ont été vendus. Cette année, le festival grandit ; "
                + "le mois prochain, il partira en tournée, comme l'année dernière.", on: "2024-07")
        #expect(value(of: "l'an dernier", in: found) == "2023")
        #expect(value(of: "Cette année", in: found) == "2024")
        #expect(value(of: "le mois prochain", in: found) == "2024-08")
        #expect(value(of: "l'année dernière", in: found) == "2023")
    }

    @Test("En mars, en 2023: the span leaves out en (reference 2024-07-25)")
    func monthAndYearAfterEn() throws {
        let found = try dates("Il a finalisé en mars l'acquisition, annoncée en 2023.", on: "2024-07-25")
        #expect(
            found == [
                Found(text: "mars", kind: "DATE", value: "2024-03"),
                Found(text: "2023", kind: "DATE", value: "2023"),
            ])
    }

    @Test("Ce week-end told in the past is the weekend just gone (reference Tue 2003-02-04)")
    func weekend() throws {
        let found = try dates("Plusieurs coureurs se sont rendus ce week-end à Saint-Gervais.", on: "2003-02-04")
        #expect(found.first?.value == "2003-W05-WE")
    }

    @Test("Seasons, quarters and halves (reference 2024-07-25)")
    func seasonsAndParts() throws {
        let found = try dates(
            "Au premier semestre 2024, les ventes ont progressé ; l'été dernier, elles reculaient, "
                + "et elles repartiront au printemps 2025.", on: "2024-07-25")
        #expect(value(of: "premier semestre 2024", in: found) == "2024-H1")
        #expect(value(of: "l'été dernier", in: found) == "2023-SU")
        #expect(value(of: "printemps 2025", in: found) == "2025-SP")
    }

    @Test("A season with a determiner is the nearest one; winter is named by its December (reference 2025-10-02)")
    func nearestSeason() throws {
        let found = try dates("Les stocks de fioul sont bas et l'hiver arrive.", on: "2025-10-02")
        #expect(found.first?.value == "2025-WI")
    }

    @Test("A bare season with no tense is any such season; a tense places it (reference 2024-11-05)")
    func bareSeason() throws {
        #expect(try dates("La fréquentation double en été.", on: "2024-11-05").first?.value == "XXXX-SU")
        #expect(
            try dates("La station avait déjà fermé une piste au printemps.", on: "2024-11-05").first?.value
                == "2024-SP")
        #expect(try dates("Les prix montent pendant les mois d'été.", on: "2024-11-05").first?.value == "XXXX-SU")
    }

    @Test("Decades and centuries")
    func decadesAndCenturies() throws {
        let found = try dates(
            "Le réseau date de la fin du XIXe siècle ; il a été rénové dans les années 60.",
            on: "1999-07-29")
        #expect(value(of: "la fin du XIXe siècle", in: found) == "18XX")
        #expect(value(of: "les années 60", in: found) == "196X")
    }

    @Test("Holidays written as a phrase or a number token (reference 2024-06-04)")
    func holidayForms() throws {
        let found = try dates(
            "Le séisme a frappé le jour de l'An ; le défilé du 14-Juillet aura lieu.", on: "2024-06-04")
        #expect(value(of: "le jour de l'An", in: found) == "2024-01-01")
        #expect(value(of: "14-Juillet", in: found) == "2024-07-14")
    }

    @Test("Holidays (reference 1999-05-18)")
    func holidays() throws {
        let found = try dates(
            "C'est en cette fête de Pentecôte que se déroulera la fête du village ; "
                + "le marché de Noël ouvrira avant Noël.", on: "1999-05-18")
        #expect(value(of: "cette fête de Pentecôte", in: found) == "1999-05-23")
        #expect(value(of: "Noël", in: found) == "1999-12-25")
        #expect(found.count == 2)
    }
}
