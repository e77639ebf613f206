import Testing

/// Phenomena found by listing the dates errors on real-1 … real-5 and checked against
/// every gold set, one test per rule, with sentences written here.
@Suite("Real-news phenomena, fifth round")
struct RealNewsFifthRoundTests {
    @Test("An acronym before a year names an edition, not a year")
    func acronymEdition() throws {
        let found = try dates(
            "Le Sénégal s'est qualifié pour la CAN 2027 après sa victoire de samedi.", on: "2026-03-16")
        #expect(found.map(\.text) == ["samedi"])
    }

    @Test("A year after a date cue in capitals stays a year")
    func capitalsAfterCue() throws {
        let found = try dates("Le chômage a reculé DEPUIS 2019 selon l'institut.", on: "2024-05-02")
        #expect(found.map(\.value) == ["2019"])
    }

    @Test("Demain samedi: the relative day and its weekday are one expression")
    func tomorrowWithWeekday() throws {
        let found = try dates("Le match retour se jouera demain samedi au stade municipal.", on: "2024-09-06")
        #expect(found == [Found(text: "demain samedi", kind: "DATE", value: "2024-09-07")])
    }

    @Test("Hier lundi soir: a part of the day after the weekday")
    func yesterdayWeekdayEvening() throws {
        let found = try dates("Les pompiers sont intervenus hier lundi soir dans le quartier.", on: "2024-09-10")
        #expect(found.map(\.text) == ["hier lundi soir"])
        #expect(found.map(\.value) == ["2024-09-09TEV"])
    }

    @Test("Hier encore: the stressing adverb belongs to the expression")
    func yesterdayStill() throws {
        let found = try dates("Hier encore, le ministre défendait son projet devant les députés.", on: "2025-03-12")
        #expect(found == [Found(text: "Hier encore", kind: "DATE", value: "2025-03-11")])
    }

    @Test("Encore after a weekday is not taken in")
    func weekdayNotStressed() throws {
        let found = try dates("Il pleuvait mardi encore sur la côte.", on: "2025-03-12")
        #expect(found.map(\.text) == ["mardi"])
    }

    @Test("Quatre ans et demi: years and months; un an et demi stays in months")
    func yearsAndAHalf() throws {
        let found = try dates(
            "Il a passé quatre ans et demi en prison, puis un an et demi en liberté surveillée.", on: "2024-05-02")
        #expect(found.map(\.value) == ["P4Y6M", "P18M"])
    }

    @Test("Du 3 au 7 juin: a range of days is one expression, valued by its first day")
    func rangeIsOneExpression() throws {
        let found = try dates("Le congrès se tiendra du 3 au 7 juin à Genève.", on: "2026-01-22")
        #expect(found == [Found(text: "3 au 7 juin", kind: "DATE", value: "2026-06-03")])
    }

    @Test("Les 1er et 2 juillet: consecutive days are one expression")
    func consecutiveDays() throws {
        let found = try dates("Le festival aura lieu les 1er et 2 juillet sur la plage.", on: "2023-06-10")
        #expect(found == [Found(text: "les 1er et 2 juillet", kind: "DATE", value: "2023-07-01")])
    }

    @Test("Les 6 et 13 avril: days apart stay two dates")
    func daysApart() throws {
        let found = try dates("Les deux tours du scrutin auront lieu les 6 et 13 avril.", on: "2025-02-24")
        #expect(found.map(\.text) == ["les 6", "13 avril"])
    }

    @Test("Plus tard inside a clause refers to the future")
    func laterInClause() throws {
        let found = try dates("Le juge a déclaré qu'il rendra sa décision plus tard.", on: "2020-04-25")
        #expect(found == [Found(text: "plus tard", kind: "TIME", value: "FUTURE_REF")])
    }

    @Test("Plus tard opening a sentence, au plus tard, a duration plus tard: no reference")
    func laterNotReference() throws {
        let found = try dates(
            "Plus tard, son cabinet a démenti. Le dossier sera remis au plus tard vendredi. "
                + "Il est revenu quelques instants plus tard.", on: "2020-09-14")
        #expect(!found.contains { $0.value == "FUTURE_REF" })
    }

    @Test("Auparavant after a complement looks back from now; after a verb it does not")
    func beforeAfterComplement() throws {
        let marked = try dates("Il n'avait jamais vu une telle crue auparavant dans la vallée.", on: "2016-01-27")
        #expect(marked == [Found(text: "auparavant", kind: "TIME", value: "PAST_REF")])
        let unmarked = try dates("Le juge avait auparavant interdit toute publication.", on: "2023-09-29")
        #expect(unmarked.isEmpty)
    }

    @Test("Under a month header, weekdays are read against the day named in full later")
    func monthHeaderNamedDay() throws {
        let found = try dates(
            "Réunis jeudi soir, les élus ont débattu. Le vote a eu lieu lors de la séance du vendredi 21 juin 2024.",
            on: "2024-06")
        #expect(found.map(\.value) == ["2024-06-20TEV", "2024-06-21"])
    }
}
