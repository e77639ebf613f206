import Parole
import Testing

/// A town introduced as a team's opponent in a sports report is the club.
@Suite("Sports opponents")
struct SportsOpponentTests {
    @Test("A town after `battus par` or `contre` in a report naming a coach is the club")
    func opponentMarkers() throws {
        let entities = try entityList(
            "Le coach Marc Dufresne n'a rien caché de sa déception. Battus par Grenoble, ses joueurs ont concédé "
                + "un troisième revers. Samedi, Bienne a cédé contre Grenoble à domicile.")
        #expect(entities.filter { $0.hasPrefix("Grenoble/") } == ["Grenoble/ORG", "Grenoble/ORG"])
    }

    @Test("The object of `affronter`, a weekday between, and the town coordinated with it")
    func verbObjectAndCoordination() throws {
        let entities = try entityList(
            "L'entraîneur de Reims a salué le travail de ses joueurs, à trois points de Nantes et de Rennes, "
                + "qui affrontent dimanche Angers et Toulouse.")
        #expect(entities.contains("Angers/ORG"))
        #expect(entities.contains("Toulouse/ORG"))
    }

    @Test("A country stays a place: national teams are annotated as their country")
    func countryStaysPlace() throws {
        let entities = try entityList(
            "Le sélectionneur a convoqué vingt-trois joueurs pour le match face au Maroc, qui se jouera à Rabat.")
        #expect(entities == ["Maroc/LOC", "Rabat/LOC"])
    }

    @Test("Without a club's staff in the document, or with one staff noun only, `contre` introduces no team")
    func noSportsReport() throws {
        #expect(
            try entityList("La commune a porté plainte contre Grenoble pour la pollution de la rivière.") == [
                "Grenoble/LOC"
            ])
        #expect(
            try entityList("Un gardien de prison a porté plainte contre Grenoble pour harcèlement.") == ["Grenoble/LOC"]
        )
    }

    @Test("A name no lexicon knows as a town stays what it was: a person is no club")
    func personStays() throws {
        let text = """
            Le coach Marc Dufresne était déçu, comme ses joueurs. \
            Le public a protesté contre Kervalec, le président du club.
            """
        #expect(try entityList(text) == ["Marc Dufresne/PER", "Kervalec/PER"])
    }

    @Test("Staff nouns far from the opponent, as in a long text, make no sports report")
    func staffFarAway() throws {
        let filler = Array(
            repeating: "La commune a voté un budget de rénovation pour les écoles du quartier.", count: 30)
        let text =
            (["Le coach et ses joueurs sont partis en stage."] + filler + [
                "La commune a porté plainte contre Grenoble."
            ]).joined(separator: " ")
        #expect(try entityList(text) == ["Grenoble/LOC"])
    }

    @Test("A town that wins a match in a sports report is the club, and so are its other mentions")
    func winnerSubject() throws {
        let text = """
            L'entraîneur Paul Verdier et ses joueurs ont savouré. Rennes a remporté le derby breton \
            dimanche soir. Les supporters de Rennes ont envahi la pelouse.
            """
        #expect(try entityList(text).filter { $0.hasPrefix("Rennes/") } == ["Rennes/ORG", "Rennes/ORG"])
    }

    @Test("A town with a hyphenated town's shape after `face à` is the club")
    func hyphenatedTownOpponent() throws {
        let text = """
            Le coach des Canaris a félicité ses joueurs, vainqueurs à domicile face à Villeneuve-Tolosane.
            """
        #expect(try entityList(text).contains("Villeneuve-Tolosane/ORG"))
    }

    @Test("A town after a staff noun of several words, `milieu de terrain de`, is the club")
    func multiwordStaffNoun() throws {
        let text = """
            Le milieu de terrain de Bordeaux a été retenu. Bordeaux a perdu trois matchs cette saison.
            """
        #expect(try entityList(text).filter { $0.hasPrefix("Bordeaux/") } == ["Bordeaux/ORG", "Bordeaux/ORG"])
    }

    @Test("`face à` and a score make a team of a town, as `contre` does")
    func scoreAfterFaceA() throws {
        let entities = try entityList("Les Bordelais ont perdu la demi-finale face à Toulouse (19-24) samedi soir.")
        #expect(entities.contains("Toulouse/ORG"))
    }

    @Test("A club named like a venue, with no article after the marker, in a report naming a prefixed club")
    func clubNamedLikeVenue() throws {
        let entities = try entityList(
            "Le président du FC Bulle a vu son équipe tomber face à Stade Nyonnais, 0-2, samedi.")
        #expect(entities == ["FC Bulle/ORG", "Stade Nyonnais/ORG"])
    }

    @Test("A venue after an article or with `de` in its name stays a place")
    func venueStaysPlace() throws {
        let entities = try entityList("Les supporters du FC Bulle se sont réunis face au Stade de Genève.")
        #expect(entities == ["FC Bulle/ORG", "Stade de Genève/LOC"])
    }
}
