import Foundation

/// What the program running a pipeline tells every stage: the reference "now" and where
/// the data files are read from.
///
/// The library reads no environment variable and no clock: a program injects them here
/// (the `parole` command passes the current date, and points `LexiconStore.shared` at
/// `--resources` or `PAROLE_RESOURCES` before building stages).
public struct StageEnvironment: Sendable, Equatable {
    /// The reference "now", for stages that need today's date (the `dates` stage takes its
    /// year for undated documents); `nil` when the program gives none.
    public var now: Date?

    /// Where the data files come from, for a stage factory that reads files of its own.
    public var resources: LexiconStore.Source

    /// An environment with `now` (none by default) and `resources` (the embedded files by default).
    public init(now: Date? = nil, resources: LexiconStore.Source = .embedded) {
        self.now = now
        self.resources = resources
    }

    /// The Gregorian year of ``now`` in the current time zone, or `nil` without a `now`.
    public var currentYear: Int? {
        now.map { Calendar(identifier: .gregorian).component(.year, from: $0) }
    }
}

/// The configuration a stage factory receives: the `key=value` options given for that
/// stage (`dates.year=2025` gives the `dates` stage `year` = `2025`) and the
/// ``StageEnvironment``.
///
/// The typed readers throw a ``StageOptionError`` that names the stage, the key and the
/// accepted values when a value cannot be read.
public struct StageOptions: Sendable, Equatable {
    /// The name of the stage the options are for.
    public var stage: String
    /// The options, by key.
    public var values: [String: String]
    /// What the running program injects.
    public var environment: StageEnvironment

    /// Options `values` for `stage`, in `environment`.
    public init(stage: String, values: [String: String] = [:], environment: StageEnvironment = StageEnvironment()) {
        self.stage = stage
        self.values = values
        self.environment = environment
    }

    /// The raw value of `key`, if given.
    public subscript(key: String) -> String? { values[key] }

    /// `key` read as a switch: `on`, `true`, `yes` or `1`; `off`, `false`, `no` or `0`.
    public func flag(_ key: String) throws -> Bool? {
        guard let value = values[key] else { return nil }
        switch value.lowercased() {
        case "on", "true", "yes", "1": return true
        case "off", "false", "no", "0": return false
        default: throw StageOptionError.badValue(stage: stage, key: key, value: value, accepted: "on or off")
        }
    }

    /// `key` read as a whole number within `range`.
    public func integer(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = values[key] else { return nil }
        guard let number = Int(value), range.contains(number) else {
            let accepted = "a whole number from \(range.lowerBound) to \(range.upperBound)"
            throw StageOptionError.badValue(stage: stage, key: key, value: value, accepted: accepted)
        }
        return number
    }

    /// `key`, which must be one of `choices`.
    public func choice(_ key: String, among choices: [String]) throws -> String? {
        guard let value = values[key] else { return nil }
        guard choices.contains(value) else {
            let accepted = "one of " + choices.joined(separator: ", ")
            throw StageOptionError.badValue(stage: stage, key: key, value: value, accepted: accepted)
        }
        return value
    }
}

/// An option a registered stage accepts, for checking and for `--help`.
public struct StageOption: Sendable, Equatable {
    /// The values an option takes.
    public enum Values: Sendable, Equatable {
        /// `on` or `off` (see ``StageOptions/flag(_:)``).
        case flag
        /// A whole number within a range.
        case integer(ClosedRange<Int>)
        /// One of a list of words.
        case choice([String])
        /// Free text, described for messages.
        case text(String)
    }

    /// The key, such as `year`.
    public var key: String
    /// The values it takes.
    public var values: Values
    /// What it does, in one line.
    public var summary: String

    /// An option `key` taking `values`, doing `summary`.
    public init(_ key: String, _ values: Values, summary: String) {
        self.key = key
        self.values = values
        self.summary = summary
    }

    /// Throws ``StageOptionError/badValue(stage:key:value:accepted:)`` unless `value` is accepted.
    package func check(_ value: String, stage: String) throws {
        let options = StageOptions(stage: stage, values: [key: value])
        switch values {
        case .flag: _ = try options.flag(key)
        case .integer(let range): _ = try options.integer(key, in: range)
        case .choice(let choices): _ = try options.choice(key, among: choices)
        case .text: break
        }
    }

    /// The accepted values, for help: `on|off`, `1…9999`, `a|b`, or the description.
    public var valueHelp: String {
        switch values {
        case .flag: "on|off"
        case .integer(let range): "\(range.lowerBound)…\(range.upperBound)"
        case .choice(let choices): choices.joined(separator: "|")
        case .text(let description): description
        }
    }
}

/// A stage option that cannot be used.
public enum StageOptionError: Error, Equatable, CustomStringConvertible {
    /// Not written `stage.key=value`.
    case malformed(String)
    /// An option for a stage that is not registered.
    case unknownStage(String, known: [String])
    /// A key the stage does not declare.
    case unknownKey(stage: String, key: String, accepted: [String])
    /// A value the option does not accept.
    case badValue(stage: String, key: String, value: String, accepted: String)

    /// The message.
    public var description: String {
        switch self {
        case .malformed(let text):
            "stage option \"\(text)\" is not written stage.key=value (for instance dates.year=2025)"
        case .unknownStage(let name, let known):
            "stage option for unknown stage \"\(name)\"; stages: \(known.joined(separator: ", "))"
        case .unknownKey(let stage, let key, let accepted):
            "stage \"\(stage)\" has no option \"\(key)\"; "
                + (accepted.isEmpty ? "it takes no options" : "its options: \(accepted.joined(separator: ", "))")
        case .badValue(let stage, let key, let value, let accepted):
            "stage option \(stage).\(key): \"\(value)\" is not accepted; expected \(accepted)"
        }
    }
}
