import Parole
import Testing

/// Speech-verb forms generated from lemmas and conjugation models.
@Suite("Conjugation")
struct ConjugationTests {
    @Test("First group, with the spelling changes of the stem")
    func firstGroup() throws {
        let declarer = try #require(ConjugationModel.er.inflect("déclarer"))
        #expect(declarer.singular == ["déclare", "déclarait", "déclara", "déclarera", "déclarerait"])
        #expect(declarer.plural == ["déclarent", "déclaraient", "déclarèrent", "déclareront", "déclareraient"])
        #expect(declarer.pastParticiple == "déclaré")
        #expect(declarer.presentParticiple == "déclarant")

        let lancer = try #require(ConjugationModel.er.inflect("lancer"))
        #expect(lancer.singular.contains("lança") && lancer.singular.contains("lançait"))
        #expect(lancer.presentParticiple == "lançant")
        let juger = try #require(ConjugationModel.er.inflect("juger"))
        #expect(juger.singular.contains("jugea") && juger.presentParticiple == "jugeant")
        let repeter = try #require(ConjugationModel.er.inflect("répéter"))
        #expect(repeter.singular.first == "répète" && repeter.singular.contains("répétera"))
        let marteler = try #require(ConjugationModel.er.inflect("marteler"))
        #expect(marteler.singular.first == "martèle" && marteler.plural.first == "martèlent")
        let inquieter = try #require(ConjugationModel.er.inflect("inquiéter"))
        #expect(inquieter.singular.first == "inquiète")
        let appeler = try #require(ConjugationModel.erDouble.inflect("appeler"))
        #expect(appeler.singular.first == "appelle" && appeler.singular.contains("appellera"))
    }

    @Test("Third-group models")
    func thirdGroup() throws {
        let dire = try #require(ConjugationModel.dire.inflect("dire"))
        #expect(dire.singular.first == "dit" && dire.plural.first == "disent" && dire.pastParticiple == "dit")
        let reconnaitre = try #require(ConjugationModel.aitre.inflect("reconnaître"))
        #expect(reconnaitre.singular.contains("reconnaît") && reconnaitre.singular.contains("reconnut"))
        #expect(reconnaitre.pastParticiple == "reconnu")
        let prevenir = try #require(ConjugationModel.enir.inflect("prévenir"))
        #expect(prevenir.singular.first == "prévient" && prevenir.pastParticiple == "prévenu")
        let repondre = try #require(ConjugationModel.dre.inflect("répondre"))
        #expect(repondre.singular.first == "répond" && repondre.singular.contains("répondit"))
        let promettre = try #require(ConjugationModel.mettre.inflect("promettre"))
        #expect(promettre.pastParticiple == "promis" && promettre.singular.contains("promit"))
        let avertir = try #require(ConjugationModel.ir.inflect("avertir"))
        #expect(avertir.plural.first == "avertissent" && avertir.pastParticiple == "averti")
        #expect(ConjugationModel.dire.inflect("déclarer") == nil)
    }

    @Test("Past participles agree in gender and number")
    func agreement() throws {
        let dire = try #require(ConjugationModel.dire.inflect("dire"))
        #expect(dire.agreedParticiples.map(\.form) == ["dit", "dite", "dits", "dites"])
        let promettre = try #require(ConjugationModel.mettre.inflect("promettre"))
        #expect(promettre.agreedParticiples.map(\.form) == ["promis", "promise", "promis", "promises"])
    }

    @Test("Every lemma of the shipped lexicon has forms")
    func lexicon() throws {
        let table = try QuoteLexicons().speechVerbs
        #expect(table.verbs.count > 100)
        #expect(table.verbs.contains { $0.lemma == "s'inquiéter" && $0.isPronominal })
        #expect(table.verbs.contains { $0.lemma == "faire savoir" && $0.tail == ["savoir"] })
    }
}
