import ParoleText
import Testing

/// What the French lexicon says of a form as a verb.
@Suite struct VerbTimesTests {
    private let lexicon: FrenchLexicon

    init() throws { lexicon = try FrenchLexicon.shared() }

    @Test func tensesAndMoods() {
        #expect(lexicon.verbTimes(of: "annonçait") == [.imperfect])
        #expect(lexicon.verbTimes(of: "annonça") == [.simplePast])
        #expect(lexicon.verbTimes(of: "annoncera") == [.future])
        #expect(lexicon.verbTimes(of: "annoncerait") == [.conditional])
        #expect(lexicon.verbTimes(of: "annoncer") == [.infinitive])
        #expect(lexicon.verbTimes(of: "annonçant") == [.presentParticiple])
    }

    @Test func ambiguousFormsKeepEveryReading() {
        // `annonce`: a present, a subjunctive, an imperative, and a noun.
        let times = lexicon.verbTimes(of: "annonce")
        #expect(times?.isSuperset(of: [.present, .subjunctive, .imperative, .otherClass]) == true)
        // `marché`: a participle and a noun.
        #expect(lexicon.verbTimes(of: "marché")?.isSuperset(of: [.pastParticiple, .otherClass]) == true)
    }

    @Test func nounsWithAVerbEndingAreNotVerbs() {
        #expect(lexicon.verbTimes(of: "portrait") == [.otherClass])
        #expect(lexicon.verbTimes(of: "souhait") == [.otherClass])
    }

    @Test func unknownFormsAreNil() {
        #expect(lexicon.verbTimes(of: "zappouillait") == nil)
    }
}
