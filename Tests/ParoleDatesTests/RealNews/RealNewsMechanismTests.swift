import Testing

@testable import ParoleDates

/// Mechanisms found by classifying the errors on real news and the French TimeBank.
@Suite("Real-news mechanisms")
struct RealNewsMechanismTests {
    @Test("Present, past and future references of the annotation spec")
    func references() throws {
        let found = try dates(
            "La décision n'a pas été prise jusqu'à présent. "
                + "Des contrôleurs se déplaceront ces jours-ci sur le site. Auparavant, le club jouait en Ligue 2. "
                + "Des dirigeants ont récemment affirmé le contraire. La Suisse restera vigilante à l'avenir.",
            on: "2022-06-10")
        #expect(
            found.map(\.text) == [
                "jusqu'à présent", "ces jours-ci", "Auparavant", "récemment", "à l'avenir",
            ])
        #expect(found.map(\.value) == ["PRESENT_REF", "PRESENT_REF", "PAST_REF", "PAST_REF", "FUTURE_REF"])
    }

    @Test("Par le passé and pour l'heure, synonyms of the spec's references")
    func referenceSynonyms() throws {
        let found = try dates(
            "Le club a connu des crises par le passé. Pour l’heure, aucune sanction n'est envisagée.",
            on: "2023-04-12")
        #expect(found.map(\.text) == ["par le passé", "Pour l’heure"])
        #expect(found.map(\.value) == ["PAST_REF", "PRESENT_REF"])
    }

    @Test("Auparavant inside a clause relates to another event: no reference")
    func beforeThat() throws {
        #expect(try dates("Elle devait auparavant dîner avec des responsables.", on: "2022-06-10").isEmpty)
        let found = try dates("Plus récemment, mi-juin, la direction avait annoncé un plan.", on: "2012-07-01")
        #expect(found.map(\.text) == ["mi-juin"])
    }

    @Test("L'avenir with a complement is a topic, not a time")
    func futureOfSomething() throws {
        #expect(try dates("Le congrès débat de l'avenir du parti.", on: "2022-06-10").isEmpty)
    }

    @Test("Coordinated ages are ages: the unit after the last number counts for all")
    func coordinatedAges() throws {
        #expect(try dates("Deux hommes de 18 et 20 ans ont été condamnés.", on: "2020-10-22").isEmpty)
        #expect(try dates("Trois hommes, âgés de 37, 45 et 46 ans, ont été arrêtés.", on: "2020-10-22").isEmpty)
        #expect(try dates("Deux Liégeois âgés de 26 et 27 ans doivent répondre.", on: "2020-10-22").isEmpty)
        // A range of years that is no age stays a duration.
        #expect(try dates("Il risque de 8 à 24 mois de prison.", on: "2020-10-22").map(\.value) == ["P8M", "P24M"])
    }

    @Test("A prefixed noun for a person keeps the years an age")
    func prefixedPerson() throws {
        #expect(try dates("Un ex-avocat de 60 ans est jugé.", on: "2022-03-02").isEmpty)
    }

    @Test("Set phrases with a date word name no time")
    func idioms() throws {
        #expect(try dates("Des restrictions pourraient être décidées du jour au lendemain.", on: "2020-10-22").isEmpty)
        #expect(try dates("Cette querelle ne date pas d'hier.", on: "2020-10-22").isEmpty)
        // The word alone is still a date.
        #expect(try dates("Le lendemain, il est parti.", on: "2020-10-22").count == 1)
    }

    @Test("Business days stay in the length of time")
    func businessDays() throws {
        let found = try dates("L'entreprise disposait de 120 jours ouvrables pour finir.", on: "2022-12-01")
        #expect(found.map(\.text) == ["120 jours ouvrables"])
        #expect(found.map(\.value) == ["P120D"])
    }

    @Test("Every morning is a set of the part of the day")
    func everyMorning() throws {
        #expect(try dates("Je m'informe chaque matin.", on: "2022-12-01").map(\.value) == ["XXXX-XX-XXTMO"])
    }

    @Test("A comparative before de and four digits makes an amount, not a year")
    func comparativeAmount() throws {
        #expect(try dates("Le quartier compte plus de 1100 cas.", on: "2022-12-01").isEmpty)
        #expect(try dates("Il est arrivé en 1998.", on: "2022-12-01").map(\.value) == ["1998"])
    }

    @Test("A holiday name after a civility title is a surname")
    func civility() throws {
        #expect(try dates("Selon son avocat, Me Toussaint, il était menacé.", on: "2022-11-20").isEmpty)
        #expect(
            try dates("Les cimetières sont fleuris à la Toussaint.", on: "2022-11-20").map(\.value) == ["2022-11-01"])
    }

    @Test("A day set off by a comma after a time completes it when it closes the clause (ref. 2003-02-23)")
    func timeThenDay() throws {
        let found = try dates("La fumée a attiré les voisins vers 15 h 30, hier. Il a fallu évacuer.", on: "2003-02-23")
        #expect(found.map(\.text) == ["15 h 30, hier"])
        #expect(found.map(\.value) == ["2003-02-22T15:30"])
        // Followed by more of the clause, the day is its own expression.
        #expect(try dates("Il est arrivé à 15 h 30, hier il est reparti.", on: "2003-02-23").count == 2)
    }
}
