import ParoleText
import Testing

/// The infinitives of verbs met in an incise: the lexicon first, the regular first-group
/// endings for verbs it does not know.
@Suite struct VerbLemmasTests {
    private let verbs: VerbLemmas

    init() throws { verbs = try VerbLemmas.shipped() }

    @Test func finiteFormsReadTheLexicon() {
        // « Nous irons jusqu'au bout », soupira le délégué syndical.
        #expect(verbs.infinitive(of: "soupira") == "soupirer")
        // « C'est non », tranche-t-elle.
        #expect(verbs.infinitive(of: "tranche") == "trancher")
        // « Rien n'est joué », conclut l'entraîneur.
        #expect(verbs.infinitive(of: "conclut") == "conclure")
        // « Il faut agir », réagit la maire.
        #expect(verbs.infinitive(of: "réagit") == "réagir")
    }

    @Test func unknownVerbsTakeTheFirstGroup() {
        // « On ne lâchera rien », twittait le député.
        #expect(verbs.infinitive(of: "twittait") == "twitter")
    }

    @Test func participlesReadTheLexicon() {
        // « C'est un scandale », a-t-il tonné.
        #expect(verbs.infinitive(ofParticiple: "tonné") == "tonner")
        // « L'affaire est close », a conclu le procureur.
        #expect(verbs.infinitive(ofParticiple: "conclu") == "conclure")
        #expect(verbs.infinitive(ofParticiple: "réagi") == "réagir")
    }

    @Test func unknownParticiplesNeedAFirstGroupEnding() {
        #expect(verbs.infinitive(ofParticiple: "twitté") == "twitter")
        #expect(verbs.infinitive(ofParticiple: "twittées") == "twitter")
        #expect(verbs.infinitive(ofParticiple: "twittait") == nil)
    }

    @Test func aKnownWordWithNoParticipleReadingIsNone() {
        #expect(verbs.infinitive(ofParticiple: "maison") == nil)
        #expect(verbs.infinitive(ofParticiple: "demain") == nil)
    }
}
