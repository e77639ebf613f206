import Parole
import Testing

/// A single unknown capitalised word with a digit in it is a code, not a person's name.
@Suite("Digit codes")
struct DigitCodeTests {
    @Test("A tram line or a brand written with a digit is no person by default")
    func codesAreNoPersons() throws {
        let tram = try entityList("La ligne T7 sera prolongée jusqu'à l'aéroport en 2028.")
        #expect(!tram.contains("T7/PER"))
        let site = try entityList("Le quotidien a annoncé que Infos24 lancera une nouvelle application en mars.")
        #expect(!site.contains("Infos24/PER"))
    }

    @Test("A model number after its maker and a disease's name are still named")
    func otherEvidenceStays() throws {
        let planes = try entityList("La compagnie a commandé dix Airbus A320 pour ses lignes européennes.")
        #expect(planes.contains { $0.hasPrefix("Airbus A320/") })
        #expect(try hasEntity("Le nombre de cas de Covid-19 a augmenté dans la région.", "Covid-19", "MISC"))
        // An unknown word without a digit stays a person by default.
        #expect(try hasEntity("Le préfet a reçu Ndoumbali jeudi à la préfecture.", "Ndoumbali", "PER"))
    }
}
