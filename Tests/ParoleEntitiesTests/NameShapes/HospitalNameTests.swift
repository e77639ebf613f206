import Testing

/// A university hospital named by its acronym and its town is one organisation, the town
/// inside it (`CHU` heads organisation names in `entities-cues.txt`, like `Université`).
@Suite("University hospitals")
struct HospitalNameTests {
    @Test("The acronym and its town make one organisation")
    func acronymWithTown() throws {
        let entities = try entityList("Le blessé a été héliporté vers le CHU de Rennes en fin de matinée.")
        #expect(entities == ["CHU de Rennes/ORG"])
    }

    @Test("The hospital's own name goes on it, and the bare acronym stays an organisation")
    func namedHospital() throws {
        let entities = try entityList(
            "Le CHU Purpan de Toulouse a déclenché son plan blanc. Le CHU a confirmé l'afflux de patients.")
        #expect(entities == ["CHU Purpan de Toulouse/ORG", "CHU/ORG"])
    }

    @Test("A common noun after de is no part of the acronym's name")
    func commonComplement() throws {
        let entities = try entityList("Le CHU de la région a suspendu les visites jusqu'à nouvel ordre.")
        #expect(entities == ["CHU/ORG"])
    }
}
