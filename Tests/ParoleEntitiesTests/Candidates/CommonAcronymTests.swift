import Parole
import Testing

/// Acronyms of common nouns are no entities; a role before another name is that name's.
@Suite("Common acronyms and roles")
struct CommonAcronymTests {
    @Test("Acronyms of common nouns are no names")
    func commonNouns() throws {
        let entities = try entityList("Le PDG a annoncé des lampadaires à LED et un plan pour les HLM, selon l'AFP.")
        #expect(entities == ["AFP/ORG"])
    }

    @Test("A cue in capitals before a name is no name, nor alone (no gold set annotates `l'ONG`)")
    func capitalCue() throws {
        #expect(try entityList("L'ONG Médecins sans frontières alerte.") == ["Médecins sans frontières/ORG"])
        #expect(try entityList("L'ONG a dénoncé des arrestations.").isEmpty)
    }

    @Test("A role followed by a name belongs to that name")
    func roleOfNextName() throws {
        let entities = try entityList("À Port-Margot, le Premier ministre haïtien Garry Lamothe a salué un geste fort.")
        #expect(entities == ["Port-Margot/LOC", "Garry Lamothe/PER"])
    }

    @Test("A role whose complement leads to another name is that name's")
    func roleComplement() throws {
        let entities = try entityList(
            "En route pour Port-Margot, le patineur de vitesse néerlandais Rintje Molenaar a chuté.")
        #expect(entities == ["Port-Margot/LOC", "Rintje Molenaar/PER"])
    }

    @Test("A first name that is also a place, before a particle, is a person's")
    func firstNamePlace() throws {
        let entities = try entityList("Selon Dominique de Varennes, l'accord est proche.")
        #expect(entities == ["Dominique de Varennes/PER"])
    }

    @Test("A surname repeats a guessed full name")
    func guessedSurname() throws {
        let entities = try entityList("La Tchèque Zdenka Vrbová a gagné. La victoire de Vrbová est nette.")
        #expect(entities == ["Tchèque/MISC", "Zdenka Vrbová/PER", "Vrbová/PER"])
    }

    @Test("An acronym after an amount is a currency, no organisation")
    func currencyAcronyms() throws {
        let text = """
            Le préjudice dépasse 300 milliards de FCFA selon la BEAC. \
            Il a payé 1.250.000 XAF et une amende en francs CFA.
            """
        let entities = try entityList(text)
        #expect(entities == ["BEAC/ORG"])
    }

    @Test("An acronym after a number written in groups of digits is a currency")
    func groupedAmount() throws {
        let entities = try entityList("Le tribunal a infligé une amende de 250 000 DT au gérant, selon la TAP.")
        #expect(entities == ["TAP/ORG"])
    }

    @Test("A capitalised common phrase that defines an acronym names things, unlike a body's name")
    func capitalisedCommonPhrase() throws {
        let entities = try entityList(
            "Le ministère lance la distribution de Lunettes correctrices à verres durcis (LCVD). "
                + "Les LCVD seront remises aux écoliers. Une délégation des Jeunes agriculteurs (JA) "
                + "a rencontré le préfet, qui a lu les P-V des réunions.")
        #expect(entities == ["Jeunes agriculteurs/ORG", "JA/ORG"])
    }

    @Test("A role's acronym after the role names no body, nor its later mentions")
    func roleAcronym() throws {
        let entities = try entityList(
            "Le Directeur général (DG) de la Compagnie sucrière du Nord a visité l'usine. "
                + "La visite du DG a rassuré les ouvriers.")
        #expect(!entities.contains { $0.hasPrefix("DG/") || $0.hasPrefix("Directeur") })
        #expect(try entityList("Le directeur général (DG) est arrivé mardi.").isEmpty)
    }

    @Test("A general assembly's acronym names nothing")
    func generalAssembly() throws {
        #expect(try entityList("Les étudiants ont tenu une AG mardi. Une nouvelle AG est prévue.").isEmpty)
    }

    @Test("A body's head before the bracket makes a common noun's acronym its short name")
    func bodyAcronym() throws {
        #expect(
            try hasEntity(
                "La Direction générale (DG) de la concurrence enquête sur Google. La DG rendra son avis en mai.",
                "DG", "ORG"))
        #expect(
            try entityList("Le texte a été adopté par l'Assemblée générale (AG) des Nations unies jeudi.") == [
                "Assemblée générale/ORG", "AG/ORG", "Nations unies/ORG",
            ])
    }

    @Test("A company's legal form stays in its name")
    func companyLegalForm() throws {
        #expect(
            try hasEntity(
                "Le constructeur Volkswagen AG a annoncé 5000 suppressions de postes.", "Volkswagen AG", "ORG"))
        #expect(try hasEntity("La Deutsche Bank AG a été condamnée à une amende.", "Deutsche Bank AG", "ORG"))
    }
}
