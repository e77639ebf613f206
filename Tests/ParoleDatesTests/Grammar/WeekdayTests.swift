import Testing

/// Weekdays alone: `mercredi`, `lundi dernier`, `mardi prochain`.
@Suite("Weekdays")
struct WeekdayTests {
    @Test("Past tense: the latest such weekday on or before the reference (reference Wed 2024-10-09)")
    func pastWeekday() throws {
        let found = try dates("La ministre du Logement a présenté mardi un projet de loi.", on: "2024-10-09")
        #expect(found == [Found(text: "mardi", kind: "DATE", value: "2024-10-08")])
    }

    @Test("The reference day itself (reference Thu 2024-12-05)")
    func sameDay() throws {
        let found = try dates("Le trafic ferroviaire restait fortement perturbé jeudi dans l'ouest.", on: "2024-12-05")
        #expect(found.first?.value == "2024-12-05")
    }

    @Test("Future tense: the next one (reference Thu 2024-12-05)")
    func futureWeekday() throws {
        let found = try dates(
            "Les perturbations devraient se poursuivre jusqu'à dimanche, a prévenu la compagnie.",
            on: "2024-12-05")
        #expect(found == [Found(text: "dimanche", kind: "DATE", value: "2024-12-08")])
    }

    @Test("Dernier and prochain (reference Mon 2024-05-13 and Sat 2024-11-23)")
    func lastAndNext() throws {
        #expect(
            try dates("L'équipe se déplacera vendredi prochain à Vannes.", on: "2024-05-13").first?.value
                == "2024-05-17")
        #expect(try dates("Le projet avait été présenté mardi dernier.", on: "2024-11-23").first?.value == "2024-11-19")
    }

    @Test("A month header cannot pin a weekday (reference 2024-03, month only)")
    func monthHeader() throws {
        let found = try dates("Jake Sullivan s'est entretenu mardi avec le ministre israélien.", on: "2024-03")
        #expect(found == [Found(text: "mardi", kind: "DATE", value: "2024-03")])
    }

    @Test("With a month header, a date with its day in that month anchors weekdays (reference 2024-10)")
    func monthAnchor() throws {
        let found = try dates(
            "Les dirigeants se sont retrouvés jeudi 17 octobre à Bruxelles. La Commission a estimé mercredi "
                + "que les besoins étaient immenses. Les dirigeants doivent adopter vendredi des conclusions.",
            on: "2024-10")
        #expect(found.map(\.value) == ["2024-10-17", "2024-10-16", "2024-10-18"])
    }

    @Test("`Vendredi dernier` under a month header is that month, not a day before the story's date (2024-10)")
    func deicticUnderMonthHeader() throws {
        let found = try dates(
            "Le médiateur a été nommé le mardi 8 octobre. Il a rendu son rapport vendredi dernier.", on: "2024-10")
        #expect(found.last?.text == "vendredi dernier")
        #expect(found.last?.value == "2024-10")
    }

    @Test("A weekday named again is the same day (reference 2024-04, month only)")
    func repeatedWeekday() throws {
        let found = try dates(
            "Un séisme a frappé le Pérou le mardi 16 avril. Plus de 300 répliques ont été "
                + "enregistrées depuis mardi.", on: "2024-04")
        #expect(found.map(\.value) == ["2024-04-16", "2024-04-16"])
    }

    @Test("A weekday and a day without a month (reference 2012-08-02)")
    func weekdayAndDay() throws {
        let found = try dates("Une grande nuit de l'Acadie aura lieu le lundi 6 avec Roch Voisine.", on: "2012-08-02")
        #expect(found == [Found(text: "le lundi 6", kind: "DATE", value: "2012-08-06")])
    }

    @Test("Le mardi alone is a habit (reference 2024-06-04)")
    func habit() throws {
        let found = try dates("L'exposition est ouverte tous les jours sauf le mardi.", on: "2024-06-04")
        #expect(found.map(\.value) == ["P1D", "XXXX-WXX-2"])
    }

    @Test("Weekdays in capitals and at the head of a sentence (reference Tue 1999-05-18)")
    func capitals() throws {
        let found = try dates("LE VILLAGE FERA LA FÊTE DIMANCHE.", on: "1999-05-18")
        #expect(found == [Found(text: "DIMANCHE", kind: "DATE", value: "1999-05-23")])
    }
}
