import Foundation
import ParoleCore
import ParoleResources
import ParoleText
import Testing

/// The data files are carried inside the binary (Sources/CParoleICU/parole_resources.c);
/// these tests check that the build carries every file of `Resources/`, byte for byte,
/// and that a store pointed at a folder reports what it lacks instead of crashing.
@Suite("Embedded resources")
struct EmbeddedResourcesTests {
    /// `Resources/` of this checkout.
    private let resources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources")

    private func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: resources.appendingPathComponent(folder).path)
            .filter { !$0.hasPrefix(".") }.map { "\(folder)/\($0)" }
    }

    @Test("Every file of Resources/lexicons and Resources/models is built in, with the same bytes")
    func everyFileEmbedded() throws {
        let onDisk = try (files(in: "lexicons") + files(in: "models")).sorted()
        #expect(
            ParoleResources.paths == onDisk,
            "run python3 Scripts/dist/embed_resources.py after adding or removing a data file")
        for path in onDisk {
            let bytes = try #require(ParoleResources.bytes(at: path))
            let file = try Data(contentsOf: resources.appendingPathComponent(path))
            #expect(Data(bytes) == file, "\(path) differs from its built-in copy: rebuild")
        }
        #expect(ParoleResources.bytes(at: "lexicons/no-such-file.txt") == nil)
    }

    @Test("The shared store reads the built-in files (the library ignores PAROLE_RESOURCES; parole reads it)")
    func sharedStoreSource() throws {
        if ProcessInfo.processInfo.environment["PAROLE_RESOURCES"] == nil {
            #expect(LexiconStore.shared.source == .embedded)
        }
        let clitics = try LexiconStore.shared.contents(of: "lexicons/clitics.txt")
        #expect(clitics.starts(with: Array("#".utf8)))
    }

    @Test("A folder without the data files gives an error naming the file and the folder")
    func missingFolderFile() throws {
        try withTemporaryFolder { folder in
            let store = LexiconStore(folder: folder)
            #expect(store.source == .folder(folder))
            do {
                _ = try store.lexicon(named: "clitics")
                Issue.record("a missing lexicon must throw")
            } catch let error as LexiconError {
                #expect(error.description.contains("lexicons/clitics.txt"))
                #expect(error.description.contains(folder.path))
            }
            #expect(throws: LexiconError.self) { try store.lexiconNames() }
        }
    }

    @Test("A lexicon that is not UTF-8 is an error, read from a folder laid out as Resources/")
    func notUTF8() throws {
        try withTemporaryFolder { folder in
            let lexicons = folder.appendingPathComponent("lexicons")
            try FileManager.default.createDirectory(at: lexicons, withIntermediateDirectories: true)
            try Data([0x23, 0x20, 0x68, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: lexicons.appendingPathComponent("bad.txt"))
            try Data("# Written for a test.\nprésident\n".utf8).write(to: lexicons.appendingPathComponent("good.txt"))
            let store = LexiconStore(folder: folder)
            #expect(try store.lexiconNames() == ["bad", "good"])
            #expect(try store.lexicon(named: "good").words == ["président"])
            #expect(throws: LexiconError.self) { try store.lexicon(named: "bad") }
        }
    }

    @Test("A truncated tagger model is a thrown error")
    func truncatedTagger() throws {
        let bytes = try LexiconStore.shared.contents(of: "models/tagger.bin")
        #expect(throws: LexiconError.self) { try PartOfSpeechTagger(contents: Array(bytes.prefix(4000))) }
        #expect(throws: LexiconError.self) { try FrenchLexicon(contents: Array("T\tgarbage\n\u{1}".utf8)) }
    }
}
