import Parole
import Testing

/// Names found in pieces are joined, names that run into the next one are split.
@Suite("Name joins and splits")
struct NameJoinTests {
    @Test("A thing named after a person is one MISC name with its noun")
    func eponyms() throws {
        let entities = try entityList(
            "Les astronomes ont revu la comète de Halley, puis le boson de Higgs a occupé le colloque de Genève.")
        #expect(entities.contains("comète de Halley/MISC"))
        #expect(entities.contains("boson de Higgs/MISC"))
        #expect(!entities.contains("Higgs/PER"))
    }

    @Test("A disease named after a person stays no entity")
    func diseasesStayOut() throws {
        #expect(try entityList("La maladie de Parkinson touche 200 000 personnes en France.") == ["France/LOC"])
    }

    @Test("An event takes in its year, not a score")
    func eventYears() throws {
        #expect(try hasEntity("Les Bleus préparent l'Euro 2028 à Clairefontaine.", "Euro 2028", "MISC"))
        #expect(try hasEntity("Le Mondial 2030 se jouera sur trois continents.", "Mondial 2030", "MISC"))
    }

    @Test("A company named by its parts is one organisation")
    func companyParts() throws {
        let entities = try entityList("Le groupe Stellantis rappelle que PSA Peugeot Citroën employait 8 000 salariés.")
        #expect(entities.contains("PSA Peugeot Citroën/ORG"))
    }

    @Test("Capitalised words on both sides of an ampersand are one organisation")
    func ampersandNames() throws {
        let band = try entityList("Le concert de Lou Reed & The Velvet Underground a clos la soirée à Montreux.")
        #expect(band.contains("Lou Reed & The Velvet Underground/ORG"))
        #expect(!band.contains("Lou Reed/PER"))
        let bank = try entityList("Selon Anne Favre, économiste chez Lombard & Cie à Genève, la demande ralentit.")
        #expect(bank.contains("Lombard & Cie/ORG"))
        let council = try entityList("Le directeur du Medical & Health Research Council britannique a réagi mardi.")
        #expect(council.contains("Medical & Health Research Council/ORG"))
    }

    @Test("A cue acronym before a name is not joined to it")
    func cueAcronymNotJoined() throws {
        let entities = try entityList(
            "L'ONG a publié un rapport. Selon l'ONG Amnesty International, la situation empire.")
        #expect(entities.contains("Amnesty International/ORG"))
        #expect(!entities.contains("ONG Amnesty International/ORG"))
    }

    @Test("A club is not joined to the player's name after it")
    func clubThenPlayer() throws {
        let entities = try entityList("Le milieu du PSG Vitinha Ferreira a marqué deux buts samedi.")
        #expect(entities == ["PSG/ORG", "Vitinha Ferreira/PER"])
    }

    @Test("A West African given name that French reads as a title opens the person's name")
    func titleLikeGivenNames() throws {
        let entities = try entityList("Les supporters ont salué Pape Faye, et Cheikh Mbengue a marqué le deuxième but.")
        #expect(entities.contains("Pape Faye/PER"))
        #expect(entities.contains("Cheikh Mbengue/PER"))
        // The lowercase title stays out of the name.
        #expect(try entityList("Le pape Léon a reçu le cheikh Hamad au Vatican.").contains("Léon/PER"))
    }

    @Test("A player's club after d' with an Arabic article is no part of his name")
    func clubAfterElidedDe() throws {
        let entities = try entityList("Le meneur Moussa Traoré d'Al-Merrikh a rejoint le groupe samedi.")
        #expect(entities.contains("Moussa Traoré/PER"))
        #expect(!entities.contains("Moussa Traoré d'Al-Merrikh/PER"))
    }

    @Test("A list of companies stays a list")
    func companyList() throws {
        let entities = try entityList("Les banques Belfius, ING et KBC ont porté plainte.")
        #expect(entities.contains("Belfius/ORG"))
        #expect(entities.contains("ING/ORG"))
    }

    @Test("First names, de and a surname are one person")
    func particleSurname() throws {
        let entities = try entityList("La députée Maria Luisa de Valdivia a quitté le Parlement mardi.")
        #expect(entities.contains("Maria Luisa de Valdivia/PER"))
        #expect(try entityList("Selon Anne Sophie de Kerangal, le vote est acquis.") == ["Anne Sophie de Kerangal/PER"])
    }

    @Test("An organisation's name ends before a person's first name")
    func runOns() throws {
        let entities = try entityList(
            "Il l'a confirmé à l'agence Nova Press Natalia Orlova, porte-parole du ministère.")
        #expect(entities.contains("Nova Press/ORG"))
        #expect(entities.contains("Natalia Orlova/PER"))
    }

    @Test("A capital elided inside a name keeps the name whole")
    func elidedCapital() throws {
        #expect(try hasEntity("Le ministre Konan N'Dri est arrivé à Yamoussoukro.", "Konan N'Dri", "PER"))
        #expect(try hasEntity("Selon Massimo D'Alema, le vote aura lieu.", "Massimo D'Alema", "PER"))
    }

    @Test("A guessed place right before a known one is its first word")
    func placeFirstWord() throws {
        #expect(try hasEntity("Elle a grandi dans le New Jersey avant de partir.", "New Jersey", "LOC"))
    }

    @Test("Two capitalised common nouns joined by de are one name")
    func capitalisedNouns() throws {
        let entities = try entityList("Les manifestants se sont rassemblés devant l'Hôtel de Ville jeudi.")
        #expect(entities.count == 1)
        #expect(entities.first?.hasPrefix("Hôtel de Ville/") == true)
    }

    @Test("A first name that ends a place's name is no person")
    func placeEndingInFirstName() throws {
        #expect(try hasEntity("Les pompiers ont évacué la petite ville de Fort Wilson dimanche.", "Fort Wilson", "LOC"))
    }
}

/// Lexical evidence for names that real news writes its own way.
@Suite("Real-news name cues")
struct RealNewsCueTests {
    @Test("A university named with a lowercase noun is an organisation, place included")
    func lowercaseUniversity() throws {
        #expect(
            try entityList("Une étude de l'université de Rennes conteste ce chiffre.") == ["université de Rennes/ORG"])
        #expect(
            try hasEntity(
                "Elle enseigne à l'université libanaise de Tripoli depuis dix ans.", "université libanaise de Tripoli",
                "ORG"))
    }

    @Test("An institution named by a noun and a nationality may lose its capital")
    func lowercaseInstitution() throws {
        #expect(try hasEntity("Le porte-parole de la commission européenne a démenti.", "commission européenne", "ORG"))
        #expect(try hasEntity("Neuf pays restent hors de la zone euro.", "zone euro", "LOC"))
    }

    @Test("Broadcasters keep their number and are no country")
    func broadcasters() throws {
        let entities = try entityList("Le ministre était l'invité de France 2 avant de répondre à Europe 1 et BFM TV.")
        #expect(entities == ["France 2/ORG", "Europe 1/ORG", "BFM TV/ORG"])
    }

    @Test("Places of worship and hotels are named after people")
    func facilities() throws {
        #expect(try hasEntity("Les fidèles ont prié devant la mosquée Ali Bourhane.", "Ali Bourhane", "LOC"))
        #expect(try hasEntity("Les otages étaient retenus à l'hôtel Mirador.", "Mirador", "LOC"))
    }

    @Test("A school, a multinational and a radio name organisations")
    func organisationNouns() throws {
        #expect(try hasEntity("Les élèves de l'école Yavne Hadar ont repris les cours.", "Yavne Hadar", "ORG"))
        #expect(try hasEntity("Les semences de la multinationale allemande Bayrot inquiètent.", "Bayrot", "ORG"))
        #expect(try hasEntity("Il l'a dit dans une interview à Radio Kalima.", "Radio Kalima", "ORG"))
    }

    @Test("Members of a group name an organisation, and the document follows")
    func members() throws {
        let entities = try entityList("Les membres de Boko Kanem ont revendiqué l'attaque. Boko Kanem menace encore.")
        #expect(entities == ["Boko Kanem/ORG", "Boko Kanem/ORG"])
    }

    @Test("A time zone is no name")
    func timeZones() throws {
        #expect(try entityList("Mise à jour à 18 h 05 (UTC) : le bilan reste inchangé.") == [])
    }

    @Test("A person's name goes on over d' glued to a surname, after a first name and a surname")
    func elidedDeSurname() throws {
        let text = "De son côté, l'échevin Thierry Lambert d’Oultremont a répondu aux critiques."
        #expect(try hasEntity(text, "Thierry Lambert d’Oultremont", "PER"))
        let town = try entityList("Le maire Luc Martin d'Amiens a présenté ses vœux.")
        #expect(town.contains("Luc Martin/PER"))
        #expect(town.contains("Amiens/LOC"))
    }

    @Test("A surname goes on over de when the document writes the next word only after them")
    func boundParticleSurname() throws {
        let text =
            "Le député Baudouin Verhaegen de Vaulxbrune a défendu le projet. "
            + "M. Verhaegen de Vaulxbrune a ensuite quitté la salle sous les huées."
        let entities = try entityList(text)
        #expect(entities.contains("Baudouin Verhaegen de Vaulxbrune/PER"))
        #expect(entities.contains("Verhaegen de Vaulxbrune/PER"))
        let origin = try entityList(
            "Le cafetier Hugo Delvaux de Vaulxbrune a rouvert. À Vaulxbrune, les clients sont revenus.")
        #expect(!origin.contains("Hugo Delvaux de Vaulxbrune/PER"))
    }

    @Test("A capital L' after a first name begins the surname")
    func capitalElisionSurname() throws {
        #expect(try hasEntity("Le prévenu a agressé Pierre L’Hostis à la sortie du bar.", "Pierre L’Hostis", "PER"))
    }

    @Test("A hyphen typed after a space joins two first names")
    func spacedHyphen() throws {
        let text = "Selon Marie -Claude Dubreuil, porte-parole du syndicat, la grève continue."
        #expect(try entityList(text) == ["Marie -Claude Dubreuil/PER"])
        #expect(try entityList("Le vote Paris - Lyon a eu lieu.").contains("Paris/LOC"))
    }
}
