import Foundation
import Testing

/// The library reads no environment variable and no clock: the program injects them
/// (see `StageEnvironment`). Only the command-line targets may read them; the database
/// timestamps and the benchmark corpus are outside the stage modules.
@Suite("Lint: no environment or wall clock in the stage modules")
struct NoAmbientStateLintTests {
    static let stageModules = [
        "ParoleModel", "ParoleCore", "ParoleText", "ParoleDates", "ParoleEntities", "ParoleQuotes", "Parole",
    ]
    static let forbidden = [#"ProcessInfo\.processInfo\.environment"#, #"(?<![A-Za-z0-9_.])Date\(\)"#]
    /// Files exempted (none: the benchmark corpus is in ParoleBenchmarking, outside the library).
    static let allowed: [String] = []

    @Test("No stage module source reads ProcessInfo.processInfo.environment or Date()")
    func noAmbientReads() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        var offenders: [String] = []
        var scanned = 0
        for module in Self.stageModules {
            let folder = sources.appendingPathComponent(module)
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            while let file = files?.nextObject() as? URL {
                guard file.pathExtension == "swift" else { continue }
                let relative = module + "/" + file.path.dropFirst(folder.path.count + 1)
                guard !Self.allowed.contains(relative) else { continue }
                scanned += 1
                let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//")
                {
                    for pattern in Self.forbidden
                    where try NSRegularExpression(pattern: pattern).firstMatch(
                        in: String(line), range: NSRange(line.startIndex..., in: line)) != nil
                    {
                        offenders.append("\(relative):\(index + 1): \(pattern)")
                    }
                }
            }
        }
        #expect(scanned > 100, "the stage modules' sources were not found under \(sources.path)")
        #expect(offenders.isEmpty, "read in the library: \(offenders.joined(separator: "; "))")
    }
}
