import Foundation
import Parole

/// The folder the inputs are written to, one per process.
private let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("parole-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

/// Reads the bytes as a text file and as a JSONL file: the reader must end, and
/// every document it yields must be valid text with a valid date.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    for name in ["input.txt", "input.jsonl"] {
        let url = folder.appendingPathComponent(name)
        guard (try? data.write(to: url)) != nil else { return 0 }
        var results = 0
        for result in DocumentReader(paths: [url.path], options: .init(maximumDocumentBytes: 4096)) {
            results += 1
            precondition(results <= count + 2, "the reader yields more results than the input has lines")
            if case .success(let document) = result {
                precondition(document.utf16.count == document.text.utf16.count)
            }
        }
    }
    return 0
}
