import Testing

/// Offsets from the publication date: `il y a deux semaines`, `dans trois jours`.
@Suite("Offsets")
struct OffsetTests {
    @Test("Il y a (reference 2024-03-14)")
    func ago() throws {
        let found = try dates(
            "Il y a deux semaines, le ministre était à Kiev ; il y a dix ans, il était étudiant.",
            on: "2024-03-14")
        #expect(
            found == [
                Found(text: "Il y a deux semaines", kind: "DATE", value: "2024-W09"),
                Found(text: "il y a dix ans", kind: "DATE", value: "2014"),
            ])
    }

    @Test("One week back is a day, the same weekday (reference 2002-03-31)")
    func oneWeek() throws {
        let found = try dates("Il y a une semaine, le club a perdu à domicile.", on: "2002-03-31")
        #expect(found.first?.value == "2002-03-24")
    }

    @Test("A count with a half is a month, counted in months or days (reference 2025-12-03)")
    func halves() throws {
        let found = try dates(
            "Le colonel a été investi il y a un mois et demi ; il était rentré d'exil il y a un an et demi, "
                + "et promet des élections dans deux ans et demi. La grève avait duré un mois et demi.",
            on: "2025-12-03")
        #expect(value(of: "il y a un mois et demi", in: found) == "2025-10")
        #expect(value(of: "il y a un an et demi", in: found) == "2024-06")
        #expect(value(of: "dans deux ans et demi", in: found) == "2028-06")
        // Without `il y a` or `dans`, the phrase stays an amount of time.
        #expect(value(of: "un mois et demi", in: found) == "P45D")
    }

    @Test("Days or weeks plus tard or plus tôt count from the story's date (reference 2026-05-14)")
    func laterAndEarlier() throws {
        let found = try dates(
            "Il a été hospitalisé le 2 mai au soir et il est sorti trois jours plus tard. "
                + "Son frère avait été admis deux semaines plus tôt, et quelques jours plus tard il allait mieux. "
                + "Un an plus tard, il courait.",
            on: "2026-05-14")
        #expect(value(of: "trois jours plus tard", in: found) == "2026-05-05")
        #expect(found.contains { $0.text == "deux semaines plus tôt" && $0.kind == "DATE" })
        // An unknown amount places nothing, and a year later tells the time gone by.
        #expect(!found.contains { $0.text == "quelques jours plus tard" })
        #expect(value(of: "Un an", in: found) == "P1Y")
    }

    @Test("Plus tard que prévu compares a delay: the amount is no offset from the story's date")
    func laterThanPlanned() throws {
        let found = try dates(
            "Le chantier a commencé le 2 mai. Il s'est achevé trois jours plus tard que prévu.", on: "2026-05-14")
        #expect(!found.contains { $0.text.hasSuffix("plus tard") })
        #expect(value(of: "trois jours", in: found) == "P3D")
        // With only a year told before, there is no day to count from.
        let yearOnly = try dates(
            "En 2019, il fonde sa société. Deux semaines plus tard, il signe son premier contrat.", on: "2026-05-14")
        #expect(!yearOnly.contains { $0.value.hasPrefix("2026") })
    }

    @Test("Dans (reference 2024-03-14)")
    func ahead() throws {
        let found = try dates(
            "Le verdict sera rendu dans trois jours, et les élections auront lieu dans sept mois.",
            on: "2024-03-14")
        #expect(value(of: "dans trois jours", in: found) == "2024-03-17")
        #expect(value(of: "dans sept mois", in: found) == "2024-10")
    }

    @Test("An unspecified amount ago is the past, unplaced; ahead it stays an amount (reference 2003-02-04)")
    func vague() throws {
        let found = try dates(
            "La centrale avait été inaugurée il y a quelques mois. Une réunion est prévue dans quelques jours.",
            on: "2003-02-04")
        #expect(value(of: "il y a quelques mois", in: found) == "PAST_REF")
        #expect(value(of: "dans quelques jours", in: found) == "PXD")
    }

    @Test("Dans followed by a noun phrase is not an offset")
    func notAnOffset() throws {
        let found = try dates("Il ne semblait pas dans un jour de grande maîtrise.", on: "1999-09-13")
        #expect(found.allSatisfy { !$0.text.hasPrefix("dans") })
    }
}
