import Foundation
import Testing

@testable import ParoleCore

#if canImport(Glibc)
    import Glibc
#endif

/// A file whose name is not UTF-8 (an archive from a Latin-1 system) is read like any other.
@Suite("File names that are not UTF-8")
struct FileNameEncodingTests {
    /// Writes in `url` `café.txt` with `é` as the Latin-1 byte E9, and `b.txt`; returns the folder's path.
    private func latin1Folder(in url: URL) throws -> String {
        let name = Array(url.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let text = Array("date 2024-03-05\nLe maire a déclaré : « Tout va bien. »\n".utf8)
        let descriptor = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { creat($0.baseAddress!, 0o644) }
        }
        #expect(descriptor >= 0)
        _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        try Data("Bonjour.".utf8).write(to: url.appendingPathComponent("b.txt"))
        return url.path
    }

    @Test("A folder's Latin-1 file name is read, and named with its byte escaped")
    func latin1NameInFolder() throws {
        try withTemporaryFolder { scratch in
            let folder = try latin1Folder(in: scratch)
            let documents = try DocumentReader(paths: [folder]).map { try $0.get() }
            #expect(documents.map(\.id) == ["b", "caf\\xE9"])
            #expect(documents[1].text.contains("Tout va bien"))
            #expect(documents[1].metadata.date?.description == "2024-03-05")
        }
    }

    @Test("A Latin-1 name given as an argument reaches Parole altered; the message says why")
    func latin1NameAsArgument() {
        let results = Array(DocumentReader(paths: ["/tmp/caf\u{FFFD}.txt"]))
        guard case .failure(let error) = results.first else {
            Issue.record("no error for an altered name")
            return
        }
        #expect(error.reason == .nameNotUTF8)
        #expect(error.description.contains("not UTF-8"))
    }

    @Test("Escaping keeps valid characters and writes each stray byte as \\xHH")
    func escaping() {
        #expect(FolderListing.escaped(Array("é".utf8) + [0xE9, 0x41]) == "é\\xE9A")
        #expect(FolderListing.escaped([0xC3]) == "\\xC3")
    }
}
