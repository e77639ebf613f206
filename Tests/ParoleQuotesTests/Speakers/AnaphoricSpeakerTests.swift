import Parole
import Testing

/// A demonstrative speaker (`ce dernier`, `celle-ci`, `celui qui …`) names the last person
/// named before it, who is often not the subject of the sentence before.
@Suite("Demonstrative speakers")
struct AnaphoricSpeakerTests {
    @Test("ce dernier after an incise verb is the person last named, not the previous speaker")
    func ceDernier() throws {
        let text =
            "« Vous n'avez rien compris », a lancé la députée Claire Bastien à l'adresse du maire, Paul Girard. "
            + "« Je connais ce dossier mieux que vous », a rétorqué ce dernier."
        let speaker = try speakerWords(text, startingWith: "Je connais")
        #expect(speaker?.words == "ce dernier")
        #expect(speaker?.canonical == "Paul Girard")
    }

    @Test("celle-ci agrees in gender with the person it names")
    func celleCi() throws {
        let text =
            "Le préfet Marc Olivier a reçu la présidente de l'association, Nadia Benali. "
            + "« Nous attendons des actes », a déclaré celle-ci."
        #expect(try speakerWords(text, startingWith: "Nous attendons")?.canonical == "Nadia Benali")
    }

    @Test("reporting verbs of news: pointer, corriger, insinuer")
    func newsVerbs() throws {
        #expect(
            try quote("« Ce chiffre est faux », a pointé la sénatrice Anne Roux.", startingWith: "Ce chiffre")?
                .cue == "pointer")
        #expect(
            try quote("« Le budget n'a pas baissé », a corrigé le ministre Jean Lacombe.", startingWith: "Le budget")?
                .cue == "corriger")
        #expect(
            try quotes("La sénatrice a insinué que le rapport avait été modifié.").map(\.text) == [
                "le rapport avait été modifié"
            ])
    }

    @Test("ce dernier after a fronted si clause names the person noun last named, as the main clause's subject")
    func ceDernierAfterFrontedClause() throws {
        let text =
            "Le procès s'est poursuivi mardi à Rennes. Or, si la présidente voulait entendre l'adolescent, "
            + "ce dernier n'était pas disposé à répondre, assurant qu'il ne se souvenait de rien."
        let speaker = try speakerWords(text, startingWith: "il ne se souvenait")
        #expect(speaker?.words == "ce dernier")
        #expect(speaker?.canonical == "l'adolescent")
    }
}
