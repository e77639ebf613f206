import Testing

@testable import ParoleDates

/// The tense reader over the shipped lexicons.
private let tenseReader: TenseReader = {
    do { return TenseReader(vocabulary: try DateVocabulary()) } catch {
        fatalError("cannot load the vocabulary: \(error)")
    }
}()

/// Reading the tense of the verb that governs a date.
@Suite("Tense")
struct TenseTests {
    @Test(
        "Verb endings",
        arguments: [
            ("annonçaient", Tense.past), ("déclarera", .future), ("viendrait", .future), ("pourront", .future),
            ("rencontrèrent", .past),
        ])
    func endings(_ word: String, _ tense: Tense) {
        #expect(tenseReader.suffixTense(word) == tense)
    }

    @Test(
        "Participles and look-alikes",
        arguments: [
            ("annoncé", true), ("pris", true), ("venu", true), ("atteint", true), ("jamais", false), ("mois", false),
            ("peu", false), ("désormais", false),
        ])
    func participles(_ word: String, _ isParticiple: Bool) {
        #expect(tenseReader.isParticiple(word) == isParticiple)
    }

    @Test(
        "The lexicon's readings: a passé simple is past, a noun with a verb's ending tells nothing",
        arguments: [
            ("vota", Tense?.some(.past)), ("annonça", .past), ("fit", .past), ("fera", .future), ("ira", .future),
            ("portrait", nil), ("souhait", nil), ("annonce", nil),
        ])
    func lexiconReadings(_ word: String, _ tense: Tense?) {
        #expect(tenseReader.suffixTense(word) == tense)
    }

    @Test("A verb in the passé simple sets a weekday in the past (reference Wed 2024-10-09)")
    func simplePast() throws {
        #expect(
            try dates("Le conseil municipal vota vendredi la fermeture de la piscine.", on: "2024-10-09").first?.value
                == "2024-10-04")
    }

    @Test("The nearest verb decides; a reporting incise after a comma counts less (reference Thu 2024-12-05)")
    func nearestVerb() throws {
        #expect(
            try dates("Il a déclaré mercredi qu'il ne viendrait pas.", on: "2024-12-05").first?.value == "2024-12-04")
        #expect(try dates("Il a promis qu'il viendrait mercredi.", on: "2024-12-05").first?.value == "2024-12-11")
        #expect(
            try dates("Le sommet doit s'ouvrir lundi, a indiqué la présidence.", on: "2024-12-05").first?.value
                == "2024-12-09")
    }

    @Test("A verb in the present is its clause's tense and hides a farther past (reference Tue 2026-03-10)")
    func presentClause() throws {
        // The present of the subordinate clause points to the nearest Thursday, not the past of `a rappelé`.
        #expect(
            try dates("Le maire a rappelé que la foire se tient jeudi sur la place du marché.", on: "2026-03-10")
                .first?.value == "2026-03-12")
        #expect(
            try dates("La préfète a confirmé que le conseil délibère vendredi à Rennes.", on: "2026-03-10").first?.value
                == "2026-03-13")
        // A present that is also a noun (`marche`) tells nothing: the past of `a lancé` still decides.
        #expect(
            try dates("Le club a lancé samedi sa marche solidaire.", on: "2026-03-10").first?.value == "2026-03-07")
    }

    @Test("With no verb to read, the nearest such weekday (reference Wed 2003-01-15)")
    func noVerb() throws {
        #expect(try dates("Rendez-vous dimanche pour la finale.", on: "2003-01-15").first?.value == "2003-01-12")
        #expect(try dates("Réunion vendredi à la mairie.", on: "2003-01-15").first?.value == "2003-01-17")
    }

    @Test(
        "A participle qualifying a noun tells the past; one after a future auxiliary does not (reference Sun 2025-03-09)"
    )
    func qualifyingParticiple() throws {
        #expect(
            try dates("La panne générale survenue jeudi a privé la ville d'eau.", on: "2025-03-09").first?.value
                == "2025-03-06")
        #expect(
            try dates("Les résultats seront publiés jeudi sur le site.", on: "2025-03-09").first?.value
                == "2025-03-13")
        #expect(
            try dates("Une ratification rapide espérée fin mars suppose un vote.", on: "2025-03-09").first?.value
                == "2025-03")
    }

    @Test("Words quoted inside the reporter's sentence do not hide its verb (reference Wed 2025-12-10)")
    func quotedFragment() throws {
        let found = try dates(
            "Les élus ont reçu le rapport « sans la moindre explication », lundi, selon leur groupe.",
            on: "2025-12-10")
        #expect(found.first?.value == "2025-12-08")
    }

    @Test("A verb after `et` belongs to another clause (reference 2025-11-18)")
    func coordinatedClause() throws {
        let found = try dates(
            "La mairie avait déjà dû fermer une école au printemps et doit annoncer un nouveau plan.",
            on: "2025-11-18")
        #expect(found.first?.value == "2025-SP")
    }

    @Test("An imperfect of devoir with an infinitive is a future seen from the past: no direction (ref. 2019-04-02)")
    func prospective() throws {
        let text = "La direction a confirmé que la fermeture devait intervenir le 13 avril."
        #expect(try dates(text, on: "2019-04-02").first?.value == "2019-04-13")
        // Without an infinitive the imperfect is a past (a day more than two weeks ahead: a day
        // closer is the coming one even in a past clause, see ImminentDateTests).
        #expect(try dates("Il devait de l'argent le 23 avril.", on: "2019-04-02").first?.value == "2018-04-23")
    }

    @Test("Pour before a date names the day an act is set for: no direction in a past clause (ref. 2025-11-20)")
    func setForADay() throws {
        let text = "Les syndicats ont annoncé une grève nationale pour le 14 janvier, la troisième cette année."
        #expect(try dates(text, on: "2025-11-20").first?.value == "2026-01-14")
        // Without `pour`, the past clause places the day before the reference.
        let past = "Les syndicats ont mené une grève nationale le 14 janvier."
        #expect(try dates(past, on: "2025-11-20").first?.value == "2025-01-14")
    }

    @Test("After thanks or an apology, pour gives a past cause, not a day ahead (ref. 2025-11-20)")
    func thanksForADay() throws {
        let merci = "Le maire a dit merci pour samedi aux bénévoles."
        #expect(try dates(merci, on: "2025-11-20").first?.value == "2025-11-15")
        let thanks = "Le préfet a remercié les pompiers pour dimanche, quand le feu a menacé le village."
        #expect(try dates(thanks, on: "2025-11-20").first?.value == "2025-11-16")
    }

    @Test("A subjunctive passive looks ahead (reference Thu 2002-01-24)")
    func subjunctive() throws {
        let text = "Le ministre souhaite que le bilan soit rendu public lundi matin."
        #expect(try dates(text, on: "2002-01-24").first?.value == "2002-01-28TMO")
    }

    @Test("A planned participle qualifying a noun in a past clause points neither way")
    func plannedInPastClause() throws {
        // Monday 13 March: the Saturday of matches already played is the one before.
        let played = try dates("Les deux matchs programmés samedi se sont joués à huis clos.", on: "2023-03-13")
        #expect(value(of: "samedi", in: played) == "2023-03-11")
        let hearing = try dates(
            "Au regard des dossiers prévus à l'audience de ce jeudi, la procureure a annoncé un renvoi.",
            on: "2023-03-18")
        #expect(value(of: "ce jeudi", in: hearing) == "2023-03-16")
        // In a present or future clause, or with its auxiliary, it still looks ahead.
        let summit = try dates("Le sommet prévu jeudi se tiendra à Genève.", on: "2023-03-13")
        #expect(value(of: "jeudi", in: summit) == "2023-03-16")
        let planned = try dates("Une réunion était prévue jeudi, a indiqué le syndicat.", on: "2023-03-13")
        #expect(value(of: "jeudi", in: planned) == "2023-03-16")
    }

    @Test("A planned event put off, called off or confirmed is still to come")
    func plannedPutOff() throws {
        // Monday 13 March: the Saturday before is nearer, but the match has not been played.
        let match = try dates("Le match prévu samedi a été reporté en raison de la neige.", on: "2023-03-13")
        #expect(value(of: "samedi", in: match) == "2023-03-18")
        let concert = try dates("Le concert programmé vendredi est maintenu, selon la mairie.", on: "2023-03-13")
        #expect(value(of: "vendredi", in: concert) == "2023-03-17")
    }

    @Test("An active put-off verb before a bare weekday tells when it was decided (reference Thu 2024-03-14)")
    func putOffInActive() throws {
        let vote = try dates("Le président a reporté mardi l'élection présidentielle.", on: "2024-03-14")
        #expect(value(of: "mardi", in: vote) == "2024-03-12")
        let council = try dates("Le conseil municipal a finalement repoussé lundi le vote du budget.", on: "2024-03-14")
        #expect(value(of: "lundi", in: council) == "2024-03-11")
        // The new date takes `à`; a passive keeps the planned reading.
        let moved = try dates("Le match a été reporté à samedi.", on: "2024-03-14")
        #expect(value(of: "samedi", in: moved) == "2024-03-16")
    }

    @Test("Put off, weekday between commas or after a pluperfect: the decision's day (reference Thu 2024-03-14)")
    func putOffPluperfectOrCommas() throws {
        let visit = try dates(
            "La ministre avait repoussé lundi sa venue, elle l'a finalement annulée.", on: "2024-03-14")
        #expect(value(of: "lundi", in: visit) == "2024-03-11")
        let trial = try dates("La cour a reporté, mardi, l'examen du dossier au mois de juin.", on: "2024-03-14")
        #expect(value(of: "mardi", in: trial) == "2024-03-12")
    }

    @Test("Conditional être + an être verb's participle, or reflexive: a reported past (reference Thu 2024-03-14)")
    func conditionalBePast() throws {
        let confession = try dates("Selon le parquet, le jeune homme serait passé aux aveux mardi.", on: "2024-03-14")
        #expect(value(of: "mardi", in: confession) == "2024-03-12")
        let surrender = try dates(
            "D'après la police, le fugitif se serait rendu lundi à la gendarmerie.", on: "2024-03-14")
        #expect(value(of: "lundi", in: surrender) == "2024-03-11")
        let night = try dates(
            "Le 3 mars, les secours ont été alertés. La victime serait morte vers 4 h.", on: "2024-03-14")
        #expect(value(of: "4 h", in: night) == "2024-03-03T04:00")
        // A passive conditional still looks ahead.
        let verdict = try dates("Selon nos informations, le jugement serait rendu mardi.", on: "2024-03-14")
        #expect(value(of: "mardi", in: verdict) == "2024-03-19")
    }
}
