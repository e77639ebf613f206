import Testing

/// Days counted from the publication date or from the story: `hier`, `le lendemain`.
@Suite("Relative days")
struct RelativeDayTests {
    @Test("Hier, avant-hier, aujourd'hui, demain (reference 1999-09-13)")
    func deicticDays() throws {
        let found = try dates("Le club a perdu hier et avant-hier ; il joue aujourd'hui et demain.", on: "1999-09-13")
        #expect(found.map(\.value) == ["1999-09-12", "1999-09-11", "1999-09-13", "1999-09-14"])
    }

    @Test("Le lendemain and la veille count from the story's date (reference 2024-04, month only)")
    func narrativeDays() throws {
        let found = try dates(
            "Le séisme a frappé le mardi 16 avril. Le lendemain du séisme, l'UE a débloqué "
                + "une aide. La veille, les secours étaient arrivés.", on: "2024-04")
        #expect(value(of: "Le lendemain", in: found) == "2024-04-17")
        #expect(value(of: "La veille", in: found) == "2024-04-16")
    }

    @Test("La veille inside a sentence looks back without moving the story (reference 2025-11-18)")
    func eveDoesNotMoveStory() throws {
        let found = try dates(
            "Le groupe a annoncé mardi 480 suppressions de postes. Les salariés n'ont été avertis que la veille "
                + "par courriel. L'action reculait vers 15 h à Zurich.", on: "2025-11-18")
        #expect(found.map(\.value) == ["2025-11-18", "2025-11-17", "2025-11-18T15:00"])
    }

    @Test("Au lendemain de, à la veille de: the story's own day against another event (reference 2024-03-12)")
    func dayAgainstAnotherEvent() throws {
        let after = try dates(
            "Le maire s'est exprimé au lendemain d'une réunion houleuse avec les commerçants.", on: "2024-03-12")
        #expect(after.map(\.value) == ["2024-03-12"])
        let before = try dates(
            "A la veille du conseil municipal, l'opposition a réclamé un audit des comptes.", on: "2024-03-12")
        #expect(before.map(\.value) == ["2024-03-12"])
        let named = try dates(
            "Le mardi 5 mars, à la veille du sommet européen, les ministres se sont réunis à Bruxelles.",
            on: "2024-03-12")
        #expect(named.map(\.value) == ["2024-03-05", "2024-03-05"])
    }

    @Test("Le lendemain de keeps counting from the story (reference 2024-03-12)")
    func dayAfterNamedDay() throws {
        let found = try dates(
            "Le texte a été voté le 4 mars. Le lendemain du vote, les syndicats ont appelé à la grève.",
            on: "2024-03-12")
        #expect(found.map(\.value) == ["2024-03-04", "2024-03-05"])
    }

    @Test("Ce jour-là and le même jour are the story's date (reference 1999-07-23)")
    func sameStoryDay() throws {
        let found = try dates(
            "La course partira le samedi 24 juillet. Ce jour-là, les routes seront fermées. "
                + "Le même jour, un concert aura lieu.", on: "1999-07-23")
        #expect(value(of: "Ce jour-là", in: found) == "1999-07-24")
        #expect(value(of: "Le même jour", in: found) == "1999-07-24")
    }

    @Test("Aujourd'hui setting a scene in the present is PRESENT_REF (reference 1999-05-30)")
    func presentReference() throws {
        let found = try dates("Aujourd'hui, ce grand saxophoniste poursuit une carrière solo.", on: "1999-05-30")
        #expect(found == [Found(text: "Aujourd'hui", kind: "TIME", value: "PRESENT_REF")])
    }

    @Test("Aujourd'hui after a present of être or of a verb of state is the present state (reference 1999-05-30)")
    func presentState() throws {
        let found = try dates(
            "Le vieux port est aujourd'hui un quartier très animé. Ce festival constitue aujourd'hui "
                + "un rendez-vous attendu. Il y a aujourd'hui des jeunes dans l'équipe.", on: "1999-05-30")
        #expect(found.map(\.value) == ["PRESENT_REF", "PRESENT_REF", "PRESENT_REF"])
    }

    @Test("Aujourd'hui before a participle or que stays the day (reference 1999-05-30)")
    func todayNotState() throws {
        let found = try dates(
            "Le verdict est aujourd'hui attendu au palais. C'est aujourd'hui que le maire signe.", on: "1999-05-30")
        #expect(found.map(\.value) == ["1999-05-30", "1999-05-30"])
    }

    @Test("Aujourd'hui with its weekday (reference 1999-07-09)")
    func todayWithWeekday() throws {
        let found = try dates("Romano Prodi devrait en faire l'annonce aujourd'hui vendredi.", on: "1999-07-09")
        #expect(found == [Found(text: "aujourd'hui vendredi", kind: "DATE", value: "1999-07-09")])
    }

    @Test("With only a month header, hier stays the month (reference 2024-03)")
    func monthHeader() throws {
        #expect(try dates("Le ministre est arrivé hier.", on: "2024-03").first?.value == "2024-03")
    }
}
