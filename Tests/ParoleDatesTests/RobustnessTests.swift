import Foundation
import Testing

/// The stage never throws and never hangs, whatever the text.
@Suite("Robustness")
struct RobustnessTests {
    /// Odd texts by a short name (the name is what the test report prints).
    static let oddTexts: [String: String] = [
        "empty": "",
        "space": " ",
        "one long digit run": String(repeating: "9", count: 50_000),
        "many small numbers": String(repeating: "1 ", count: 20_000),
        "dashed digits": String(repeating: "2024-", count: 5_000),
        "slashed digits": String(repeating: "12/", count: 5_000) + "2024",
        "hour marks": String(repeating: "h ", count: 10_000),
        "articles then a weekday": String(repeating: "le ", count: 10_000) + "mardi",
        "il y a again": String(repeating: "il y a ", count: 5_000),
        "units": String(repeating: "jours ", count: 10_000),
        "nested ranges": String(repeating: "du 3 au ", count: 3_000) + "7 juin",
        "number words": String(repeating: "vingt et ", count: 3_000) + "un ans",
        "punctuation": "…!?;:«»“”‘’()[]{}—–-/\\*&^%$#@~`|<>",
        "impossible dates": "31/02/2024 29/02/2023 00/00/0000 99.99.99 2024-13-45 32 mars 0 h 99 25 h 61",
        "impossible days":
            "le 0 janvier, le 32 décembre, le 31 avril, 1er 1er 1er février, XIXXXXXe siècle, mi-, demi-",
        "repeated heads": "années années années 60 60 60 ; siècle siècle ; fin fin fin de de de l'année",
        "emoji and other scripts": "🗓️ 14 mars 2024 🎉, le 7/02 ; 7//02//2024 ; 2024--02--07 ; ١٢ مارس",
        "year pairs before months":
            "Entre 1982-1990 (en mars), 2002/2003 et mars, 1999-2000 puis avril 2001-2002 fin mai.",
        "control characters": "\u{0}\u{1}\u{FEFF}lundi\u{200B}mardi\u{00A0}mercredi",
    ]

    @Test("Odd texts give no error and only well-formed values", arguments: oddTexts.keys.sorted())
    func oddText(_ name: String) throws {
        let text = try #require(Self.oddTexts[name])
        for date in ["2024-03-14", "2024-03", nil] as [String?] {
            let found = try dates(text, on: date)
            for item in found { #expect(!item.value.isEmpty) }
        }
    }

    @Test("Reference dates at the ends of the calendar")
    func extremeReferences() throws {
        for date in ["0001-01-01", "9999-12-31", "2000-02-29"] {
            let found = try dates(
                "Hier, la semaine dernière, lundi prochain, le 31 décembre, dans 5000 ans, "
                    + "il y a 9999 siècles, l'an prochain.", on: date)
            #expect(!found.isEmpty)
        }
    }

    @Test("A decade or a century before year 0 is unknown, not a value such as -1XX (reference 0001-01-01)")
    func decadeAndCenturyBeforeYearOne() throws {
        let found = try dates("La décennie précédente comme le siècle dernier ont laissé des traces.", on: "0001-01-01")
        #expect(value(of: "La décennie précédente", in: found) == "XXXX")
        #expect(value(of: "le siècle dernier", in: found) == "XXXX")
        // In an ordinary year, the values are the decade's and the century's.
        let now = try dates("La décennie précédente comme le siècle dernier ont laissé des traces.", on: "2026-03-11")
        #expect(value(of: "La décennie précédente", in: now) == "201X")
        #expect(value(of: "le siècle dernier", in: now) == "19XX")
    }
}
