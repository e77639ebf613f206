import Testing

/// `le 29 février` without a year: the tense picks a leap year, not `XXXX-02-29`.
@Suite("The 29th of February")
struct LeapDayTests {
    @Test("Past and future tenses pick the nearest leap year on their side (reference 2026-03-11)")
    func nearestLeapYear() throws {
        let past = try dates("Le conseil s'est réuni le 29 février pour voter le budget.", on: "2026-03-11")
        #expect(past == [Found(text: "le 29 février", kind: "DATE", value: "2024-02-29")])
        let future = try dates("Le conseil se réunira le 29 février prochain.", on: "2026-03-11")
        #expect(future == [Found(text: "le 29 février prochain", kind: "DATE", value: "2028-02-29")])
        // In a leap year, the day of that year.
        let leap = try dates("Le conseil s'est réuni le 29 février pour voter le budget.", on: "2028-03-11")
        #expect(leap == [Found(text: "le 29 février", kind: "DATE", value: "2028-02-29")])
    }
}
