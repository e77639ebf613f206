import Testing

/// Ranges: `du 3 au 7 juin` is one expression, valued by its first day; days apart
/// (`les 6 et 13 avril`) give two dates, the first borrowing the month.
@Suite("Ranges")
struct RangeTests {
    @Test("Du 3 au 7 juin (reference 2024-05-20)")
    func dayRange() throws {
        let found = try dates("Le salon se tiendra du 3 au 7 juin à Lyon.", on: "2024-05-20")
        #expect(found == [Found(text: "3 au 7 juin", kind: "DATE", value: "2024-06-03")])
    }

    @Test("Les 6 et 13 avril prochains (reference 2003-02-24)")
    func pairOfDays() throws {
        let found = try dates("Les élections auront lieu les 6 et 13 avril prochains.", on: "2003-02-24")
        #expect(found.map(\.text) == ["les 6", "13 avril prochains"])
        #expect(found.map(\.value) == ["2003-04-06", "2003-04-13"])
    }

    @Test("Du 26 juillet au 11 août 2024: the year is shared (reference 2024-04-10)")
    func sharedYear() throws {
        let found = try dates("Les Jeux se tiendront du 26 juillet au 11 août 2024.", on: "2023-04-10")
        #expect(found.map(\.value) == ["2024-07-26", "2024-08-11"])
    }

    @Test("Les 12, 13 et 14 juillet: consecutive days, one expression (reference 2024-06-05)")
    func listOfDays() throws {
        let found = try dates("Le festival se déroulera les 12, 13 et 14 juillet.", on: "2024-06-05")
        #expect(found.map(\.text) == ["les 12, 13 et 14 juillet"])
        #expect(found.map(\.value) == ["2024-07-12"])
    }

    @Test("Du lundi 3 au vendredi 7 juin: two dated weekdays, both in one year (reference 2024-06-04)")
    func weekdayRange() throws {
        let found = try dates("Le musée sera fermé du lundi 3 au vendredi 7 juin.", on: "2024-06-04")
        #expect(found.map(\.value) == ["2024-06-03", "2024-06-07"])
    }

    @Test("De 8 à 24 mois: two durations")
    func durationRange() throws {
        let found = try dates("Le procureur a requis des peines de 8 à 24 mois de prison.", on: "1999-08-27")
        #expect(
            found == [
                Found(text: "8", kind: "DURATION", value: "P8M"),
                Found(text: "24 mois", kind: "DURATION", value: "P24M"),
            ])
    }
}
