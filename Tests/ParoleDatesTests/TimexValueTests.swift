import Foundation
import Parole
import Testing

@Suite("TIMEX values")
struct TimexValueTests {
    /// One value of each shape found in ../shared/gold (dev, ftib, seeds, wikinews), with its type.
    static let goldValues: [(String, TemporalExpression.Kind)] = [
        ("2024-10-08", .date), ("P6M", .duration), ("P1Y", .set), ("2027", .date), ("2024-W43", .date),
        ("2025-03", .date), ("PXY", .duration), ("PT15M", .duration), ("2024-05-11T20:45", .time),
        ("2024-H1", .date), ("P18M", .duration), ("P3W", .duration), ("PT6H", .duration), ("P4D", .duration),
        ("PT40S", .duration), ("P60D", .duration), ("P10Y", .duration), ("PT30.4S", .duration),
        ("1999-05-23TEV", .time), ("PXD", .duration), ("1999-05-19TMO", .time), ("PRESENT_REF", .time),
        ("1999-05-20TAF", .time), ("1999-FA", .date), ("FUTURE_REF", .time), ("PT24H", .duration),
        ("196X", .date), ("PAST_REF", .time), ("1999-WXX-3", .set), ("18XX", .date), ("XXXX-SU", .date),
        ("XXXX-06", .date), ("XXXX-07-15", .date), ("XXXX-WI", .date), ("1999-08-23TNI", .time), ("TNI", .time),
        ("XXXX-WXX-4", .set), ("1999-09-11TXX:XX", .time), ("2002-02-08T12:30-07", .time),
        ("2002-02-08T20:30+1", .time), ("2002-05-07TDT", .time), ("PXM", .duration), ("2003-W05-WE", .date),
        ("PXW", .duration), ("PXDE", .duration), ("P600D", .duration), ("PT5M", .duration),
    ]

    @Test("Every gold value shape parses and prints back as written")
    func goldShapes() throws {
        for (value, kind) in Self.goldValues {
            let timex = try #require(TimexValue(value, kind: kind), "\(value)")
            #expect(timex.description == value)
            if kind == .set {
                guard case .set = timex else {
                    Issue.record("\(value) is not a set")
                    continue
                }
            }
        }
    }

    @Test("Every value of the shared gold files parses and prints back, but the malformed PXX")
    func sharedGold() throws {
        let gold = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/gold")
        guard let sets = try? FileManager.default.contentsOfDirectory(atPath: gold.path) else { return }
        var count = 0
        for set in sets {
            let folder = gold.appendingPathComponent(set)
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            where file.hasSuffix(".json") {
                let data = try Data(contentsOf: folder.appendingPathComponent(file))
                guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                for date in object["dates"] as? [[String: Any]] ?? [] {
                    guard let value = date["value"] as? String, value != "PXX" else { continue }
                    let kind = (date["type"] as? String).flatMap(TemporalExpression.Kind.init(rawValue:))
                    #expect(TimexValue(value, kind: kind)?.description == value, "\(set)/\(file): \(value)")
                    count += 1
                }
            }
        }
        #expect(count > 500)
    }

    @Test("The parts are typed")
    func parts() {
        #expect(TimexValue("2024-02-07") == .calendar(TimexDate(year: .year(2024), period: .day(month: 2, day: 7))))
        #expect(TimexValue("XXXX-01-26") == .calendar(TimexDate(year: .unknown, period: .day(month: 1, day: 26))))
        #expect(TimexValue("2024-W06") == .calendar(TimexDate(year: .year(2024), period: .week(6))))
        #expect(
            TimexValue("XXXX-WXX-2", kind: .set)
                == .set(.calendar(TimexDate(year: .unknown, period: .weekday(week: nil, day: 2)))))
        #expect(TimexValue("201X") == .calendar(TimexDate(year: .decade(2010))))
        #expect(TimexValue("19XX") == .calendar(TimexDate(year: .century(1900))))
        #expect(TimexValue("1999-FA") == .calendar(TimexDate(year: .year(1999), period: .season(.fall))))
        #expect(TimexValue("PRESENT_REF") == .reference(.present))
        #expect(TimexValue("TNI") == .time(nil, .part(.night)))
        #expect(
            TimexValue("P2Y6M")
                == .duration(
                    TimexDuration(components: [.init(amount: 2, unit: .year), .init(amount: 6, unit: .month)])))
        #expect(
            TimexValue("PT1H30M")
                == .duration(
                    TimexDuration(components: [.init(amount: 1, unit: .hour), .init(amount: 30, unit: .minute)])))
        #expect(TimexValue("PXDE") == .duration(TimexDuration(components: [.init(amount: nil, unit: .decade)])))
        #expect(
            TimexValue("2024-02-07T13:30")
                == .time(
                    TimexDate(year: .year(2024), period: .day(month: 2, day: 7)), .clock(TimexClock(fields: [13, 30]))))
    }

    @Test("Malformed values are refused")
    func malformed() {
        for value in [
            "", "2024-13", "2024-02-30", "2023-02-29", "24-02", "2024-W54", "2024-W06-8", "P", "PXX", "P3",
            "2024-02-07T25:00", "demain", "2024-Q5", "2024-02-07TZZ",
        ] {
            #expect(TimexValue(value) == nil, "\(value)")
        }
        #expect(TimexValue("2024-02-29") != nil)
    }

    private func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test("Calendar values bridge to DateInterval")
    func intervals() throws {
        func interval(_ value: String) -> DateInterval? { TimexValue(value)?.dateInterval() }
        #expect(
            interval("2024-02-07") == DateInterval(start: utc("2024-02-07T00:00:00Z"), end: utc("2024-02-08T00:00:00Z"))
        )
        #expect(
            interval("2024-02") == DateInterval(start: utc("2024-02-01T00:00:00Z"), end: utc("2024-03-01T00:00:00Z")))
        #expect(
            interval("2024-12") == DateInterval(start: utc("2024-12-01T00:00:00Z"), end: utc("2025-01-01T00:00:00Z")))
        #expect(interval("2024") == DateInterval(start: utc("2024-01-01T00:00:00Z"), end: utc("2025-01-01T00:00:00Z")))
        // ISO week 6 of 2024 runs from Monday 5 February; week 1 of 2021 from Monday 4 January;
        // week 1 of 2025 from Monday 30 December 2024.
        #expect(
            interval("2024-W06") == DateInterval(start: utc("2024-02-05T00:00:00Z"), end: utc("2024-02-12T00:00:00Z")))
        #expect(interval("2021-W01")?.start == utc("2021-01-04T00:00:00Z"))
        #expect(interval("2025-W01")?.start == utc("2024-12-30T00:00:00Z"))
        #expect(
            interval("2003-W05-WE")
                == DateInterval(start: utc("2003-02-01T00:00:00Z"), end: utc("2003-02-03T00:00:00Z")))
        #expect(interval("1999-WXX-3") == nil)
        #expect(interval("196X") == DateInterval(start: utc("1960-01-01T00:00:00Z"), end: utc("1970-01-01T00:00:00Z")))
        #expect(
            interval("2024-Q2") == DateInterval(start: utc("2024-04-01T00:00:00Z"), end: utc("2024-07-01T00:00:00Z")))
        #expect(
            interval("2024-H2") == DateInterval(start: utc("2024-07-01T00:00:00Z"), end: utc("2025-01-01T00:00:00Z")))
        #expect(interval("2024-WI")?.end == utc("2025-03-20T00:00:00Z"))
        #expect(interval("2024-05-11T20:45") == DateInterval(start: utc("2024-05-11T20:45:00Z"), duration: 60))
        #expect(interval("2002-02-08T12:30-07") == DateInterval(start: utc("2002-02-08T19:30:00Z"), duration: 60))
        #expect(interval("1999-05-19TMO") == DateInterval(start: utc("1999-05-19T06:00:00Z"), duration: 6 * 3600))
        for value in ["XXXX-07-15", "P6M", "PRESENT_REF", "TNI", "1999-09-11TXX:XX"] {
            #expect(interval(value) == nil, "\(value)")
        }
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        #expect(TimexValue("2024-02-07")?.dateInterval(in: paris)?.start == utc("2024-02-06T23:00:00Z"))
    }

    @Test("The dates stage's values are typed beside the string")
    func stageValues() throws {
        let pipeline = try StageRegistry.standard.pipeline(parsing: "tokenize,sentences,dates")
        let document = try pipeline.analyze(
            Document(
                id: "d", text: "Le sommet s'est ouvert le 7 février 2024 et durera six semaines, a-t-on appris mardi.",
                date: try ReferenceDate(parsing: "2024-02-07")))
        let values = document.dates.map(\.timex)
        #expect(!values.isEmpty && values.allSatisfy { $0 != nil })
        #expect(values.contains(.calendar(TimexDate(year: .year(2024), period: .day(month: 2, day: 7)))))
        #expect(values.contains(.duration(TimexDuration(components: [.init(amount: 6, unit: .week)]))))
    }
}
