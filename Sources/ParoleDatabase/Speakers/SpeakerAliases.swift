import Foundation

/// The user's alias file: names that are one speaker although their words differ
/// (`Benjamin Netanyahu = Benyamin Netanyahu = Netanyahou`).
///
/// One speaker per line: its name, then ` = ` and each other name documents use.
/// Blank lines and lines starting with `#` are ignored. Case and accents do not
/// matter in the other names. A name given on two lines is refused.
///
/// ```text
/// # people whose names the texts spell differently
/// Benjamin Netanyahu = Benyamin Netanyahu = Netanyahou
/// Luiz Inácio Lula da Silva = Lula
/// ```
public struct SpeakerAliases: Sendable, Hashable {
    /// Each other name → the speaker's name.
    public var rules: [String: String]

    /// Creates rules from a dictionary of other name → speaker's name.
    public init(rules: [String: String] = [:]) { self.rules = rules }

    /// Parses the text of an alias file.
    public init(parsing text: String) throws(AliasFileError) {
        var rules: [String: String] = [:]
        var lines: [String: Int] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let names = trimmed.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard names.count >= 2, names.allSatisfy({ !$0.isEmpty }) else {
                throw AliasFileError(line: number, reason: "write a name, then = and each other name (A = B = C)")
            }
            for name in names {
                let key = name.lowercased()
                if let first = lines[key], first != number {
                    throw AliasFileError(line: number, reason: "\(name.debugDescription) is already on line \(first)")
                }
                lines[key] = number
            }
            for other in names.dropFirst() { rules[other] = names[0] }
        }
        self.rules = rules
    }

    /// Reads and parses the alias file at `path`.
    public init(contentsOf path: String) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw AliasFileError(line: 0, reason: "cannot be read as UTF-8 text (\(error.localizedDescription))")
        }
        try self.init(parsing: text)
    }
}

/// Why an alias file was refused.
public struct AliasFileError: Error, CustomStringConvertible {
    /// The 1-based line, or 0 for the whole file.
    public var line: Int
    /// What is wrong.
    public var reason: String

    /// `line N: reason`.
    public var description: String { line == 0 ? reason : "line \(line): \(reason)" }
}
