// Builds a quotation database from folders of articles in the corpus layout
// (one .txt per article, a "date YYYY-MM[-DD]" first line), through the
// library API, then prints the most quoted speakers and one search.
//
//     swift run --package-path Examples quote-database ../shared/corpus/seeds ../shared/corpus/dev quotes.sqlite

import Foundation
import Parole
import ParoleDatabase

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: quote-database FOLDER... DATABASE.sqlite\n".utf8))
    exit(2)
}

do {
    let database = try QuoteDatabase(path: arguments[arguments.count - 1])
    let indexer = try QuoteIndexer(database: database)
    let summary = indexer.index(DocumentReader(paths: Array(arguments.dropLast())))
    for failure in summary.failures { FileHandle.standardError.write(Data("skipped \(failure)\n".utf8)) }
    print("stored \(summary.quotes) quotes from \(summary.documents) documents")
    for (name, count) in try database.speakers(limit: 5) { print("  \(count) × \(name)") }
    if let first = try database.search(QuoteQuery(limit: 1)).first {
        print("for instance: «\(first.text)» — \(first.speaker ?? first.speakerText ?? "?"), \(first.document)")
    }
} catch {
    FileHandle.standardError.write(Data("quote-database: \(error)\n".utf8))
    exit(1)
}
