import Parole
import Testing

/// Two names glued by a slash, one of them an acronym: one body under two names.
@Suite("Slash pairs")
struct SlashPairTests {
    @Test("A union and its federation joined by a slash are one organisation")
    func unionAndFederation() throws {
        let entities = try entityList("Une déléguée Sgen/CFDT du collège a dénoncé la réforme devant le rectorat.")
        #expect(entities.contains("Sgen/CFDT/ORG"))
        #expect(!entities.contains("Sgen/PER"))
    }

    @Test("Two channels the lexicons both know stay two")
    func twoKnownNames() throws {
        let entities = try entityList(
            "Le débat sera diffusé dimanche soir sur TF1/LCI et commenté par les éditorialistes.")
        #expect(entities.contains("TF1/ORG") && entities.contains("LCI/ORG"))
        #expect(!entities.contains { $0.hasPrefix("TF1/LCI/") })
    }

    @Test("A date, a fraction or et/ou at a slash names nothing")
    func slashWithoutNames() throws {
        #expect(try entityList("Le conseil se réunira le 12/05 pour voter le budget et/ou la motion.").isEmpty)
        #expect(try entityList("Les deux tiers, soit 2/3 des électeurs, ont voté pour la réforme.").isEmpty)
    }
}
