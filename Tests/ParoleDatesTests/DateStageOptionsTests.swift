import Foundation
import Parole
import Testing

@Suite("dates stage options")
struct DateStageOptionsTests {
    private func dates(_ text: String, _ assignments: [String], now: Date? = nil) throws -> [TemporalExpression] {
        let configuration = try StageConfiguration(parsing: assignments, environment: StageEnvironment(now: now))
        let pipeline = try StageRegistry.standard.pipeline(
            parsing: "tokenize,sentences,dates", configuration: configuration)
        return try pipeline.analyze(Document(id: "undated", text: text)).dates
    }

    private let undated = "Le ministre s'est exprimé vendredi 26 janvier devant les députés."

    @Test("dates.year sets the year an undated weekday, day and month is looked for up to")
    func yearOption() throws {
        // 26 January fell on a Friday in 2024 and in 2018.
        #expect(try dates(undated, ["dates.year=2025"]).map(\.value) == ["2024-01-26"])
        #expect(try dates(undated, ["dates.year=2020"]).map(\.value) == ["2018-01-26"])
    }

    @Test("Without dates.year the year of the injected now is used, and with neither the year stays unknown")
    func injectedNow() throws {
        let now = try #require(ISO8601DateFormatter().date(from: "2019-06-01T12:00:00Z"))
        #expect(try dates(undated, [], now: now).map(\.value) == ["2018-01-26"])
        #expect(try dates(undated, ["dates.year=2025"], now: now).map(\.value) == ["2024-01-26"])
        #expect(try dates(undated, []).first?.value.hasPrefix("XXXX") == true)
        #expect(try DateStage().currentYear == nil)
    }

    @Test("dates.references=timeml also marks the references only TimeML annotates")
    func referencesOption() throws {
        let text = "Ces accords ont souvent échoué dans le passé, a rappelé la diplomate."
        #expect(try dates(text, []).isEmpty)
        #expect(try dates(text, ["dates.references=annotation"]).isEmpty)
        #expect(try dates(text, ["dates.references=timeml"]).map(\.value) == ["PAST_REF"])
    }

    @Test("A bad year or an unknown key throws an error naming the stage, the key and what is accepted")
    func badValues() throws {
        #expect(
            throws: StageOptionError.badValue(
                stage: "dates", key: "year", value: "2025a", accepted: "a whole number from 1 to 9999")
        ) {
            try dates(undated, ["dates.year=2025a"])
        }
        #expect(
            throws: StageOptionError.badValue(
                stage: "dates", key: "references", value: "iso", accepted: "one of annotation, timeml")
        ) {
            try dates(undated, ["dates.references=iso"])
        }
        #expect(throws: StageOptionError.unknownKey(stage: "dates", key: "yaer", accepted: ["year", "references"])) {
            try dates(undated, ["dates.yaer=2025"])
        }
    }
}
