import Parole
import Testing

/// An organisation named in full is later called by the common noun that begins its name
/// before `de` or ends its complement, written with a capital after an article.
@Suite("Short organisation names")
struct ShortOrganizationNameTests {
    @Test("`le Standard de Liège` is later `du Standard` and `le Standard`")
    func firstWordOfName() throws {
        let entities = try entityList(
            "Le Standard de Liège a recruté un attaquant danois. L'arrivée du Standard en tête du classement "
                + "surprend, et le Standard compte bien y rester.")
        #expect(entities.filter { $0.hasPrefix("Standard/") } == ["Standard/ORG", "Standard/ORG"])
    }

    @Test("A club called by a common noun after a staff noun: `le coach de l'Étoile`, then `L'Étoile a pris`")
    func clubAfterStaffNoun() throws {
        let entities = try entityList(
            "Le coach de l'Étoile a salué l'engagement de ses joueurs après la rencontre. "
                + "L'Étoile a pris l'avantage dès la dixième minute grâce à un but de la tête.")
        #expect(entities == ["Étoile/ORG", "Étoile/ORG"])
    }

    @Test("A club named in full after a staff noun is later called by its first word")
    func clubFullNameAfterStaffNoun() throws {
        let entities = try entityList(
            "L'entraîneur de l'Avenir sportif de Béja a démissionné. Sans lui, l'Avenir a perdu trois matches de suite."
        )
        #expect(entities.contains("Avenir/ORG"))
    }

    @Test("`le ministère de la Défense` is later `la Défense`")
    func nounOfComplement() throws {
        let entities = try entityList(
            "Le ministère de la Défense a commandé douze hélicoptères. Selon un rapport parlementaire, "
                + "la Défense paiera la moitié du contrat dès l'an prochain.")
        #expect(entities.contains("Défense/ORG"))
    }

    @Test("A headline ending on the short form, with no full stop, still names it")
    func headlineWithoutStop() throws {
        let entities = try entityList(
            "Un ancien élu blanchi dans l'affaire de la Navigation\n\n"
                + "La justice a classé la plainte visant l'ex-directeur de la Société de navigation, qui nie tout.")
        #expect(entities.first == "Navigation/ORG")
    }

    @Test("No short form from a place's noun, nor after a role, nor without the full name")
    func noShortForm() throws {
        let town = try entityList(
            "La Ville de Namur a voté un budget. Selon l'échevin, la Ville engagera dix ouvriers cet été.")
        #expect(!town.contains { $0.hasPrefix("Ville/") })
        let role = try entityList(
            "Le ministère de la Défense a commandé douze hélicoptères, a annoncé le ministre de la Défense.")
        #expect(role.filter { $0.hasPrefix("Défense/") }.isEmpty)
        #expect(
            try !entityList("Un standard de qualité est exigé ; le Standard reste à définir.").contains("Standard/ORG"))
    }
}
