import Testing

/// Lengths of time: `six semaines`, `45 jours`, `quatre mois`, `un demi-siècle`, `deux ans`.
@Suite("Durations")
struct DurationTests {
    @Test("Numbers in digits and in words")
    func numbers() throws {
        let found = try dates(
            "Un cessez-le-feu de six semaines, une pause de 45 jours, une guerre de quatre mois, "
                + "deux ans de prison et quarante-cinq minutes de retard.", on: "2024-02")
        #expect(found.map(\.value) == ["P6W", "P45D", "P4M", "P2Y", "PT45M"])
        #expect(found.allSatisfy { $0.kind == "DURATION" })
    }

    @Test("Fractions: un demi-siècle, un quart de siècle, une heure et demie, 30,4 secondes")
    func fractions() throws {
        let found = try dates(
            "Un conflit vieux d'un demi-siècle, après un quart de siècle d'attente, "
                + "une heure et demie de débat, en 30,4 secondes.", on: "1999-05-27")
        #expect(found.map(\.value) == ["P50Y", "P25Y", "PT1H30M", "PT30.4S"])
    }

    @Test("Unspecified amounts: des semaines, ces derniers jours, des dizaines d'années")
    func vague() throws {
        let found = try dates(
            "Les autorités tentent depuis des semaines un accord ; des progrès ont été réalisés "
                + "ces derniers jours. Ce n'est pas une question d'années ou de dizaines d'années.",
            on: "2024-03")
        #expect(found.map(\.value) == ["PXW", "PXD", "PXY", "PXDE"])
        #expect(value(of: "ces derniers jours", in: found) == "PXD")
    }

    @Test("Swiss and Belgian number words come from ICU: septante, nonante")
    func regionalNumbers() throws {
        let found = try dates("La fête existe depuis septante ans ; le chantier a duré nonante jours.", on: "2024-05")
        #expect(found.map(\.value) == ["P70Y", "P90D"])
    }

    @Test("Ages are not durations")
    func ages() throws {
        let found = try dates(
            "Jean Burget, 87 ans, a été heurté. Un chauffeur de bus de 38 ans a été agressé. Âgée de 17 ans, "
                + "la jeune fille est rentrée. Mort à 97 ans, il avait été condamné à deux ans de prison.",
            on: "1999-05-21")
        #expect(found == [Found(text: "deux ans", kind: "DURATION", value: "P2Y")])
    }

    @Test("A preposition before quelques stays out of the span (reference 2024-11)")
    func prepositionBeforeQuelques() throws {
        let found = try dates(
            "Les abeilles évitent ces fleurs au bout de quelques heures, depuis de nombreuses années.", on: "2024-11")
        #expect(found.map(\.text).contains("quelques heures"))
        #expect(found.map(\.text).contains("de nombreuses années"))
    }
}
