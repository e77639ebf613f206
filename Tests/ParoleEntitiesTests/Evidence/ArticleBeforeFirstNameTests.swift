import Parole
import Testing

/// News puts no definite article before a person's name: a first name right after `le`,
/// `du`, `au` opens an organisation's or a place's name.
@Suite("A definite article before a first name")
struct ArticleBeforeFirstNameTests {
    @Test("A party's acronym spelt like a first name, after le, is no person")
    func acronymAfterArticle() throws {
        let entities = try entityList(
            "Selon le porte-parole du gouvernement, le TIM a obtenu l'autorisation de manifester samedi.")
        #expect(entities.contains("TIM/ORG"))
        #expect(!entities.contains("TIM/PER"))
    }

    @Test("A first name and another word after le or au name a club or a hall, not a person")
    func multiWordAfterArticle() throws {
        let entities = try entityList(
            "Le gardien togolais a prolongé son contrat au Paris Saint-Germain. La soirée se tiendra au Florence Gould Hall."
        )
        #expect(entities.contains("Paris Saint-Germain/ORG"))
        #expect(!entities.contains { $0.hasSuffix("/PER") })
    }

    @Test("A first name and a surname with no article are still a person")
    func personWithoutArticle() throws {
        let entities = try entityList("Selon le maire, Paris Hilton a visité la Croisette mardi.")
        #expect(entities.contains("Paris Hilton/PER"))
    }
}
