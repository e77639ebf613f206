import Testing

/// Towns of the French-speaking countries that neither ICU's time zones nor ISO 3166-2
/// name are places, not persons by default, when GeoNames lists them
/// (`entities-places-geonames.txt`, made by `Scripts/entities/derive_geonames_places.py`).
@Suite("Towns from GeoNames")
struct GeoNamesPlaceTests {
    @Test("A town with no cue is a place, not a person")
    func uncuedTowns() throws {
        let floods = try entityList("Les pluies ont inondé Bassar et Tchamba dans la nuit de lundi.")
        #expect(floods == ["Bassar/LOC", "Tchamba/LOC"])
        let convoy = try entityList("Le convoi humanitaire a quitté Faya-Largeau mardi matin.")
        #expect(convoy == ["Faya-Largeau/LOC"])
    }

    @Test("A village of a thousand inhabitants is a place too")
    func smallTowns() throws {
        let road = try entityList("Le tracé relie désormais Vétroz et Ardon.")
        #expect(road == ["Vétroz/LOC", "Ardon/LOC"])
    }

    @Test("A person's name that a town's name begins or ends stays a person")
    func personsStay() throws {
        #expect(try entityList("Djiby Diawara a été élu maire dimanche.") == ["Djiby Diawara/PER"])
        #expect(try entityList("Le président Kaïs Saïed a limogé le gouvernement.") == ["Kaïs Saïed/PER"])
        #expect(try entityList("M. Bassar a présenté sa démission lundi.") == ["Bassar/PER"])
    }

    @Test("A family name GeoNames also lists as a town stays a person when it speaks")
    func surnamesSpeak() throws {
        let quote = try entityList("« Le dossier est clos », a déclaré Tremblay mardi.")
        #expect(quote == ["Tremblay/PER"])
        let match = try entityList("« Nous allons gagner », a lancé Bamba à la fin du match.")
        #expect(match == ["Bamba/PER"])
    }

    @Test("A town a score follows is left to the team rules")
    func townBeforeScore() throws {
        let entities = try entityList("Les handballeurs ont dominé Istres 31 à 27 samedi soir.")
        #expect(!entities.contains("Istres/LOC"))
    }
}
