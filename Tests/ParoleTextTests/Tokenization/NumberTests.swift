import ParoleCore
import Testing

@Suite("Tokenizer: numbers")
struct NumberTests {
    @Test("Digit groups separated by a space, no-break or narrow no-break space are one number")
    func groupedNumbers() throws {
        #expect(try tokens("32 000 soldats") == ["32 000", "soldats"])
        #expect(try tokens("12\u{A0}500,50 euros") == ["12\u{A0}500,50", "euros"])
        #expect(try tokens("1\u{202F}000\u{202F}000 de personnes") == ["1\u{202F}000\u{202F}000", "de", "personnes"])
    }

    @Test("A narrow no-break space before punctuation is not part of the word")
    func narrowSpaceBeforePunctuation() throws {
        #expect(try tokens("la Bulgarie\u{202F}: un accord\u{202F}?") == ["la", "Bulgarie", ":", "un", "accord", "?"])
    }

    @Test("A year followed by a count is two numbers")
    func yearThenCount() throws {
        #expect(try tokens("en 2023 150 personnes") == ["en", "2023", "150", "personnes"])
    }

    @Test("Decimal commas and points stay inside the number")
    func decimals() throws {
        #expect(try kinds("1,4 million et 0.27%").map(\.0) == ["1,4", "million", "et", "0.27", "%"])
        #expect(try kinds("1,4").first?.1 == .number)
    }

    @Test("Ordinals are one token", arguments: ["1er", "2e", "XXe", "3ème", "1re"])
    func ordinals(word: String) throws {
        #expect(try tokens("le \(word) siècle") == ["le", word, "siècle"])
    }

    @Test("Dates and fractions with slashes are one number")
    func slashes() throws {
        #expect(try tokens("le 7/02/2024, soit 1/10") == ["le", "7/02/2024", ",", "soit", "1/10"])
    }

    @Test("Clock times written as one word split as hour, h, minutes")
    func clockTimes() throws {
        #expect(try tokens("à 20h30 puis 18h") == ["à", "20", "h", "30", "puis", "18", "h"])
        #expect(try tokens("13 h 30") == ["13", "h", "30"])
    }

    @Test("Degrees and n° keep their sign")
    func signs() throws {
        #expect(try tokens("entre 2 °C et n° 5") == ["entre", "2", "°C", "et", "n°", "5"])
    }
}
