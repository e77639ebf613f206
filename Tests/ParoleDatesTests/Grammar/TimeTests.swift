import Testing

/// Times of day, attached to their day: `13 h 30`, `18h`, `midi`, `hier soir`.
@Suite("Times")
struct TimeTests {
    @Test("A time takes the day of the story (reference Mon 2024-05-13)")
    func storyDay() throws {
        let found = try dates(
            "L'US Kerlann s'est imposée samedi. La rencontre n'a débuté qu'à 20 h 45.",
            on: "2024-05-13")
        #expect(value(of: "20 h 45", in: found) == "2024-05-11T20:45")
    }

    @Test("A time takes a date of its own sentence (reference 2024-11-23)")
    func sameSentence() throws {
        let found = try dates(
            "Les inscriptions ouvriront le 2 décembre, dès 9 h, sur le site de la mairie.",
            on: "2024-11-23")
        #expect(value(of: "9 h", in: found) == "2024-12-02T09:00")
    }

    @Test("Written forms: 18h, 13 h 30, 12:30, à 9 heures, midi (reference 2024-12-05)")
    func forms() throws {
        let found = try dates("Rendez-vous à 18h, puis 13 h 30, 12:30, à 9 heures et vers midi.", on: "2024-12-05")
        #expect(
            found.map(\.value) == [
                "2024-12-05T18:00", "2024-12-05T13:30", "2024-12-05T12:30",
                "2024-12-05T09:00", "2024-12-05T12:00",
            ])
        #expect(found.allSatisfy { $0.kind == "TIME" })
    }

    @Test("Parts of the day (reference Thu 1999-05-20)")
    func partsOfDay() throws {
        let found = try dates(
            "Les Knicks ont gagné mardi soir et rejoueront ce soir ; hier matin, ils s'entraînaient.",
            on: "1999-05-20")
        #expect(value(of: "mardi soir", in: found) == "1999-05-18TEV")
        #expect(value(of: "ce soir", in: found) == "1999-05-20TEV")
        #expect(value(of: "hier matin", in: found) == "1999-05-19TMO")
    }

    @Test("La nuit de lundi à mardi (reference Fri 1999-08-27)")
    func night() throws {
        let found = try dates("L'équipée sauvage de la nuit de lundi à mardi a connu son épilogue.", on: "1999-08-27")
        #expect(found == [Found(text: "la nuit de lundi à mardi", kind: "TIME", value: "1999-08-23TNI")])
    }

    @Test("Hier à 10 h is one time (reference 1999-09-04)")
    func dayAndTime() throws {
        let found = try dates("Hier à 10 h, une dizaine de délégués ont appelé au boycott.", on: "1999-09-04")
        #expect(found.first == Found(text: "Hier à 10 h", kind: "TIME", value: "1999-09-03T10:00"))
    }

    @Test("With a month header, a time keeps an unknown day (reference 2024-03)")
    func monthHeader() throws {
        let found = try dates("Le ministre est arrivé hier soir et repartira mardi à 8 h.", on: "2024-03")
        #expect(found.map(\.value) == ["2024-03-XXTEV", "2024-03", "2024-03-XXT08:00"])
    }

    @Test("La nuit dernière (reference 2012-11-01)")
    func lastNight() throws {
        let found = try dates("Deux personnes ont été blessées la nuit dernière.", on: "2012-11-01")
        #expect(found == [Found(text: "la nuit dernière", kind: "TIME", value: "2012-11-01TNI")])
    }

    @Test("Hours that are durations, not times")
    func durationsNotTimes() throws {
        let found = try dates("Il a été retenu pendant près de 24 heures, puis 48 h en garde à vue.", on: "2002-04-02")
        #expect(found.map(\.value) == ["PT24H", "PT48H"])
    }

    @Test("Hours followed by de and a noun are a length of time, not a time of day (reference 2025-03-12)")
    func hoursOfSomething() throws {
        let found = try dates(
            "Le budget a été adopté après trois heures de débat, à deux heures du matin.", on: "2025-03-12")
        #expect(
            found.first { $0.text == "trois heures" } == Found(text: "trois heures", kind: "DURATION", value: "PT3H"))
        #expect(value(of: "deux heures du matin", in: found) == "2025-03-12T02:00")
    }

    @Test("A time in an infinitive clause no verb dates is of any day (reference 2024-03-12)")
    func scheduleTime() throws {
        let found = try dates(
            "Le club a revu ses horaires pour accueillir les familles à 10 h plutôt qu'à 14 h. "
                + "Les commerçants jugent qu'il est difficile de fermer boutique à 17 h.",
            on: "2024-03-12")
        #expect(value(of: "10 h", in: found) == "XXXX-XX-XXT10:00")
        #expect(value(of: "14 h", in: found) == "XXXX-XX-XXT14:00")
        #expect(value(of: "17 h", in: found) == "XXXX-XX-XXT17:00")
    }

    @Test("An infinitive a verb puts in the past or the future keeps the story's day (reference 2024-03-12)")
    func datedInfinitiveTime() throws {
        let found = try dates(
            "Le juge a décidé de reprendre les débats à 15 h. Les bureaux vont fermer à 19 h. "
                + "Les pompiers disent être arrivés à 23 h 40.",
            on: "2024-03-12")
        #expect(value(of: "15 h", in: found) == "2024-03-12T15:00")
        #expect(value(of: "19 h", in: found) == "2024-03-12T19:00")
        #expect(value(of: "23 h 40", in: found) == "2024-03-12T23:40")
    }

    @Test("A night from one day to the next, with weekdays or across a month's end (reference 2024-08-20)")
    func nightAcrossDays() throws {
        let found = try dates(
            "Les vols ont eu lieu dans la nuit du samedi 17 au dimanche 18 mai 2024 à Lyon. "
                + "Ils ont recommencé la nuit du 31 mai au 1er juin 2024, puis la nuit du 3 juin au 4 juin.",
            on: "2024-08-20")
        #expect(value(of: "la nuit du samedi 17 au dimanche 18 mai 2024", in: found) == "2024-05-17TNI")
        #expect(value(of: "la nuit du 31 mai au 1er juin 2024", in: found) == "2024-05-31TNI")
        #expect(value(of: "la nuit du 3 juin au 4 juin", in: found) == "2024-06-03TNI")
    }

    @Test("A night from the first of the month, written 1er (reference 2025-03-12)")
    func nightFromTheFirst() throws {
        let found = try dates(
            "L'incendie qui a détruit l'entrepôt de Vitrolles s'est déclaré dans la nuit du 1er au 2 mars.",
            on: "2025-03-12")
        #expect(found == [Found(text: "la nuit du 1er au 2 mars", kind: "TIME", value: "2025-03-01TNI")])
    }

    @Test("A noun spelt like an infinitive after a determiner is no schedule (reference 2024-03-12)")
    func nounBeforeTime() throws {
        let found = try dates(
            "Le dîner à 20 h réunit ensuite les maires de la région. Le coucher du soleil à 19 h 05 clôt la cérémonie.",
            on: "2024-03-12")
        #expect(value(of: "20 h", in: found) == "2024-03-12T20:00")
        #expect(value(of: "19 h 05", in: found) == "2024-03-12T19:05")
    }

    @Test("A part of the day of a date with its day (reference 2024-03-12)")
    func partOfDatedDay() throws {
        let found = try dates(
            "Les pompiers sont intervenus dans la nuit du 8 au 9 mars. Le maire l'avait promis au soir du 2 février. "
                + "La déclaration a été faite dans la soirée du lundi 4 mars 2024.",
            on: "2024-03-12")
        #expect(value(of: "la nuit du 8 au 9 mars", in: found) == "2024-03-08TNI")
        #expect(value(of: "soir du 2 février", in: found) == "2024-02-02TEV")
        #expect(value(of: "la soirée du lundi 4 mars 2024", in: found) == "2024-03-04TEV")
    }
}
