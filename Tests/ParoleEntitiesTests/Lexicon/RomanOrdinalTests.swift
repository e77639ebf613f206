import Parole
import Testing

/// Roman ordinals (`XIXe`, `IVe`, `Ier`): a number like `19e`, not a name on its own.
@Suite("Roman ordinals")
struct RomanOrdinalTests {
    @Test("A Roman ordinal before a common noun names nothing; inside a name it stays")
    func alone() throws {
        #expect(try entityList("Au XIXe siècle, les filatures employaient des milliers d'ouvriers.").isEmpty)
        #expect(try entityList("Le marché couvert du IVe arrondissement rouvrira en juin.").isEmpty)
        #expect(try entityList("Cette église date du XIIe siècle.").isEmpty)
        // Inside a name, a Roman ordinal stays part of it.
        let before = try entityList("Les archives du IIIe Reich ont été ouvertes aux historiens.")
        #expect(before.contains { $0.hasPrefix("IIIe Reich/") })
        let after = try entityList("Le tombeau de Napoléon Ier attire des visiteurs.")
        #expect(after.contains { $0.hasPrefix("Napoléon Ier/") })
    }
}
