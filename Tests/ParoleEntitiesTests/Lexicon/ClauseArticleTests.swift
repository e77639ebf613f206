import Testing

/// A capitalised article glued to the words before it opens a new clause (a headline's
/// kicker, a list line, a dateline in brackets); inside a name it stays (`Marine Le Pen`).
@Suite struct ClauseArticleTests {
    @Test func kickerEndsBeforeTheArticleOfTheTitle() throws {
        let entities = try entityList("Au Sénat Le Conseil fédéral défend son budget devant les élus.")
        #expect(entities.contains("Conseil fédéral/ORG"))
        #expect(!entities.contains { $0.hasPrefix("Sénat Le") })
    }

    @Test func datelineInBracketsEndsBeforeTheArticle() throws {
        let entities = try entityList("(Sherbrooke) Le Service de police de Sherbrooke a arrêté deux suspects.")
        #expect(entities.contains { $0.hasPrefix("Service de police") })
        #expect(!entities.contains { $0.contains("Le Service") })
    }

    @Test func articleInsideAPersonNameStays() throws {
        #expect(try hasEntity("Selon Marine Le Pen, la réforme échouera.", "Marine Le Pen", "PER"))
        #expect(try hasEntity("Le ministre Bruno Le Maire a répondu aux députés.", "Bruno Le Maire", "PER"))
    }
}
