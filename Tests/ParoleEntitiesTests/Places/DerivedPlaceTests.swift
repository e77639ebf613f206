import Testing

/// Towns and regions of the French-speaking world that no cue announces are places when
/// ICU's time-zone cities or the ISO 3166-2 subdivisions name them
/// (`entities-places-derived.txt`, made by `Scripts/entities/derive_places.py`).
@Suite("Places derived from ICU and ISO 3166-2")
struct DerivedPlaceTests {
    @Test("A region or town with no cue is a place, not a person")
    func uncuedPlaces() throws {
        let rain = try entityList("Les pluies diluviennes ont frappé Ziguinchor et Kolda, selon les services météo.")
        #expect(rain == ["Ziguinchor/LOC", "Kolda/LOC"])
        let visit = try entityList("Mardi, Tiznit a accueilli la délégation ministérielle venue de Rabat.")
        #expect(visit.contains("Tiznit/LOC"))
        let shooting = try entityList("Ouarzazate accueillera le tournage du film dès le mois prochain.")
        #expect(shooting == ["Ouarzazate/LOC"])
    }

    @Test("A short word in capitals is no place spelt otherwise")
    func acronymIsNoPlace() throws {
        let fair = try entityList("Le salon, organisé par le SILA, réunit des éditeurs venus de tout le pays.")
        #expect(!fair.contains("SILA/LOC"))
    }

    @Test("A short town in capitals that opens a dateline is the place")
    func shortDateline() throws {
        let lyon = try entityList("LYON (AFP) - Le procès de l'ancien élu s'ouvre lundi devant la cour d'assises.")
        #expect(lyon.contains("LYON/LOC"))
    }

    @Test("A place's name that is also a first name opens a personal name")
    func placeAsFirstName() throws {
        let mp = try entityList("La députée Aude Amadou a interpellé le gouvernement mardi.")
        #expect(mp == ["Aude Amadou/PER"])
        let flood = try entityList("De violents orages ont frappé l'Aude et l'Hérault dimanche.")
        #expect(flood == ["Aude/LOC", "Hérault/LOC"])
    }
}
