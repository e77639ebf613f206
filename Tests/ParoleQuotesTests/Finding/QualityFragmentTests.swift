import Parole
import Testing

/// Quoted qualities: an adjective or a past participle in marks, with at most adverbs
/// before it, is someone's words even with no speaker in sight.
@Suite("Quoted qualities")
struct QualityFragmentTests {
    @Test("A quoted participle with nobody in sight is a quote with no speaker")
    func participleWithoutSpeaker() throws {
        let text = "La toiture de la gare a été « endommagée » pendant la nuit."
        #expect(try quotes(text) == [QuoteSummary(.partial, "endommagée", nil)])
    }

    @Test("A quoted adjective is the words of the pronoun subject")
    func adjectiveOfPronounSubject() throws {
        let text =
            "Claire Vasseur brigue la présidence de la région. Elle ne vise rien de moins qu'une victoire « écrasante » au second tour."
        #expect(try quote(text, startingWith: "écrasante")?.speaker == "Claire Vasseur")
    }

    @Test("Adverbs and a participle with no speaker are a quote; an adjective that is also a noun is not")
    func adverbsAndParticiple() throws {
        let text = """
            Les travaux du tunnel, « largement sous-estimés », reprendront en mars. \
            Les ouvriers portaient des gilets « civils ».
            """
        #expect(try quotes(text) == [QuoteSummary(.partial, "largement sous-estimés", nil)])
    }
}
