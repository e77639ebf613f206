import Foundation
import Testing

/// `Evaluation/real-sources.md` against the real sets it documents: one row per article
/// (none lost, none invented), the article's date line as the row gives it, and no address
/// used twice, so that a new set never repeats an article an earlier set holds.
@Suite("Sources of the real sets")
struct RealSourcesTests {
    static let evaluation = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Evaluation")

    /// The later row of each pair of rows known to hold one article twice (found after both
    /// sets were scored; `Evaluation/README.md`, "Eighteenth round").
    static let knownRepeats: Set<String> = ["r13_04"]

    /// One table row: the article's id, its date as written, its address.
    struct Row {
        var id: String
        var date: String
        var address: String
    }

    /// The article rows of `real-sources.md`, in file order.
    static func rows() throws -> [Row] {
        let text = try String(contentsOf: evaluation.appendingPathComponent("real-sources.md"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> Row? in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 7, cells[1].hasPrefix("r"), cells[1].contains("_") else { return nil }
            return Row(id: cells[1], date: cells[4], address: cells[5])
        }
    }

    /// The article files of every `Evaluation/real-*` set, by id.
    static func articles() throws -> [String: URL] {
        let manager = FileManager.default
        var found: [String: URL] = [:]
        for set in try manager.contentsOfDirectory(atPath: evaluation.path) where set.hasPrefix("real-") {
            let corpus = evaluation.appendingPathComponent(set).appendingPathComponent("corpus")
            guard manager.fileExists(atPath: corpus.path) else { continue }  // real-sources.md
            for name in try manager.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".txt") {
                found[String(name.dropLast(4))] = corpus.appendingPathComponent(name)
            }
        }
        return found
    }

    @Test("Every article has exactly one row and every row an article")
    func oneRowPerArticle() throws {
        let rows = try Self.rows()
        let articles = try Self.articles()
        let ids = rows.map(\.id)
        #expect(Set(ids).count == ids.count, "an id has two rows")
        #expect(Set(ids) == Set(articles.keys), "rows and articles differ")
        #expect(articles.count > 400)
    }

    @Test("A row's date is the date line of its article")
    func datesAgree() throws {
        let articles = try Self.articles()
        for row in try Self.rows() {
            let url = try #require(articles[row.id])
            let first = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").first ?? ""
            #expect(first.hasPrefix("date "), "\(row.id) has no date line")
            #expect(row.date.hasPrefix(first.dropFirst(5)), "\(row.id): row \(row.date), article \(first)")
        }
    }

    @Test("No address is used twice, apart from the known repeat")
    func addressesUnique() throws {
        var seen: [String: String] = [:]
        for row in try Self.rows() {
            if let earlier = seen[row.address] {
                #expect(Self.knownRepeats.contains(row.id), "\(row.id) repeats \(earlier)'s address")
            } else {
                seen[row.address] = row.id
            }
        }
    }
}
