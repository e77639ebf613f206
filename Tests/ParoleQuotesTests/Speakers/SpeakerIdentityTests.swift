import Parole
import Testing

/// The pipeline with dates, for the statement dates of quotes.
private enum DatedPipeline {
    static let shared = try! StageRegistry.standard.pipeline(parsing: "tokenize,sentences,entities,dates,quotes")
}

/// The speaker of the quote of `text` whose words start with `prefix`, in its document.
private func speaker(_ text: String, startingWith prefix: String) throws -> (Quote.Speaker, Document)? {
    let document = try analyzeQuotes(text)
    guard let quote = document.quotes.first(where: { document.text(of: $0.span).hasPrefix(prefix) }),
        let speaker = quote.speaker
    else { return nil }
    return (speaker, document)
}

/// The kind, gender and role words of the speaker of the quote starting with `prefix`.
private func traits(
    _ text: String, startingWith prefix: String
) throws -> (kind: Quote.Speaker.Kind?, gender: Gender?, role: String?)? {
    guard let (speaker, document) = try speaker(text, startingWith: prefix) else { return nil }
    return (speaker.kind, speaker.gender, speaker.role.map { document.text(of: $0) })
}

/// Speaker identity in the output: kind, gender, role and cluster of each speaker,
/// and when and inside which quote each quote was said.
@Suite("Speaker identity")
struct SpeakerIdentityTests {
    @Test("A person's name is a name, with the cluster of the person")
    func nameKind() throws {
        let text = "« Nous ne céderons pas », a déclaré Antony Blinken à Tel-Aviv."
        let (found, document) = try #require(try speaker(text, startingWith: "Nous ne"))
        #expect(found.kind == .name)
        let cluster = try #require(found.cluster)
        #expect(document.entityClusters[cluster].canonical == "Antony Blinken")
    }

    @Test("A role without a name is a description; an institution is an organisation")
    func descriptionAndOrganisation() throws {
        let described = "Le procureur fédéral a estimé que l'enquête durerait encore plusieurs mois."
        #expect(try traits(described, startingWith: "l'enquête")?.kind == .description)
        let institution = "La Maison Blanche a annoncé vendredi que le président recevrait son homologue."
        #expect(try traits(institution, startingWith: "le président")?.kind == .organisation)
        let group = "Le syndicat a annoncé qu'une grève était possible dès lundi."
        #expect(try traits(group, startingWith: "une grève")?.kind == .organisation)
    }

    @Test("Witnesses, sources and documents without an author are unnamed sources")
    func sourceKind() throws {
        let witnesses = "Plusieurs témoins ont raconté que la voiture roulait à vive allure."
        #expect(try traits(witnesses, startingWith: "la voiture")?.kind == .source)
        let source = "Une source diplomatique a affirmé que les négociations reprendraient lundi."
        #expect(try traits(source, startingWith: "les négociations")?.kind == .source)
        let report = "Selon un reportage diffusé lundi, les détenus étaient maltraités."
        #expect(try traits(report, startingWith: "les détenus")?.kind == .source)
        let authored = "Selon un rapport de la Ligue arabe, les détenus étaient maltraités."
        #expect(try traits(authored, startingWith: "les détenus")?.kind == .organisation)
    }

    @Test("The gender of a pronoun that names a person reaches the person's other quotes")
    func genderFromPronoun() throws {
        let text = "« Rien n'est joué », a expliqué Timor Goksel. « La région reste fragile », a-t-il ajouté."
        #expect(try traits(text, startingWith: "Rien")?.gender == .masculine)
        let group =
            "Le nouveau gouvernement s'est fixé des objectifs. Il a déclaré que la révision ne devait pas menacer l'euro."
        let found = try #require(try traits(group, startingWith: "la révision"))
        #expect(found.kind == .pronoun && found.gender == nil)
    }

    @Test("A group noun before a name names the body, not the person")
    func bodyOfAPerson() throws {
        let text = "Les services de Manuel Valls ont indiqué que l'enquête progressait."
        #expect(try traits(text, startingWith: "l'enquête")?.kind == .organisation)
    }

    @Test("A pronoun is a pronoun, with its antecedent's cluster and gender")
    func pronounKind() throws {
        let text =
            "La ministre chargée du logement, Hélène Marchal, a présenté mardi son projet. Elle a assuré que les aides seraient maintenues."
        let (found, document) = try #require(try speaker(text, startingWith: "les aides"))
        #expect(found.kind == .pronoun)
        #expect(found.gender == .feminine)
        #expect(document.entityClusters[try #require(found.cluster)].canonical == "Hélène Marchal")
    }

    @Test("Gender from the text: the determiner of an epicene role, a title, agreement")
    func genderFromText() throws {
        let spokeswoman = "La porte-parole de la fédération a répondu que le calendrier serait tenu."
        #expect(try traits(spokeswoman, startingWith: "le calendrier")?.gender == .feminine)
        let title = "Mme Lacombe a affirmé que le projet serait présenté en juin."
        #expect(try traits(title, startingWith: "le projet")?.gender == .feminine)
        // Dominique is given to women and men: the role tells.
        let apposed = "La directrice de l'usine, Dominique Ferrand, a indiqué que la production reprendrait."
        #expect(try traits(apposed, startingWith: "la production")?.gender == .feminine)
    }

    @Test("Gender from a first name when the text shows none, else unknown")
    func genderFromFirstName() throws {
        let woman = "Nathalie Brunet a estimé que les prix baisseraient au printemps."
        #expect(try traits(woman, startingWith: "les prix")?.gender == .feminine)
        let man = "Gérald Karsenti a estimé que les prix baisseraient au printemps."
        #expect(try traits(man, startingWith: "les prix")?.gender == .masculine)
        // Camille is given to women and men, and nothing else tells.
        let unknown = "Camille Ferrand a estimé que les prix baisseraient au printemps."
        let found = try #require(try traits(unknown, startingWith: "les prix"))
        #expect(found.kind == .name && found.gender == nil)
        let organisation = "Renault a annoncé que les prix baisseraient au printemps."
        #expect(try traits(organisation, startingWith: "les prix")?.gender == nil)
    }

    @Test("The role the text gives: an apposition, a title before the name, a description")
    func role() throws {
        let apposed = "Gérald Karsenti, PDG de la filiale française, a indiqué que 500 postes seraient supprimés."
        #expect(try traits(apposed, startingWith: "500")?.role == "PDG de la filiale française")
        let before = "Le Premier ministre israélien, Benyamin Netanyahou, a déclaré que l'offensive continuerait."
        #expect(try traits(before, startingWith: "l'offensive")?.role == "Premier ministre israélien")
        let described = "Le procureur fédéral a estimé que l'enquête durerait encore plusieurs mois."
        #expect(try traits(described, startingWith: "l'enquête")?.role == "procureur fédéral")
        let none = "Camille Ferrand a estimé que les prix baisseraient au printemps."
        #expect(try traits(none, startingWith: "les prix")?.role == nil)
    }

    @Test("A date in the cue's sentence is when it was said, else the document date")
    func statementDate() throws {
        func dates(_ text: String) throws -> [String?] {
            var document = Document(id: "d", text: text, date: try ReferenceDate(parsing: "2024-02-08"))
            try DatedPipeline.shared.run(&document)
            return document.quotes.map(\.date)
        }
        #expect(try dates("Le ministre a déclaré mardi que les aides seraient maintenues.") == ["2024-02-06"])
        #expect(try dates("Le ministre a déclaré que les aides seraient maintenues.") == ["2024-02-08"])
        // A date inside the words said is not when they were said.
        #expect(try dates("Le ministre a déclaré que les aides seraient versées le 15 mars.") == ["2024-02-08"])
        // A date beyond the quote, away from the cue, is not when it was said either.
        let beyond = "L'organisation a affirmé « agir au nom de Dieu », après la décision du 28 janvier."
        #expect(try dates(beyond) == ["2024-02-08"])
        let before = "« Nous resterons », a assuré lundi le maire, après la décision du 28 janvier."
        #expect(try dates(before) == ["2024-02-05"])
    }

    @Test("A fragment inside an indirect quote has that quote as parent")
    func parent() throws {
        let document = try analyzeQuotes("Le ministre a assuré que le budget serait « respecté » malgré la crise.")
        let indirect = try #require(document.quotes.firstIndex { $0.kind == .indirect })
        let partial = try #require(document.quotes.first { $0.kind == .partial })
        #expect(partial.parent == indirect)
        #expect(document.quotes[indirect].parent == nil)
    }
}
