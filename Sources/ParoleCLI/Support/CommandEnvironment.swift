import Foundation
import Parole

/// What the `parole` command reads from its process and injects into the library, which
/// reads no environment variable and no clock itself.
public enum CommandEnvironment {
    /// Points ``LexiconStore/shared`` at the folder named by `PAROLE_RESOURCES`, when it
    /// is set and not empty; `parole` calls this before parsing its arguments, so that
    /// `--resources` still wins.
    public static func useResourcesVariable(_ environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let folder = environment["PAROLE_RESOURCES"], !folder.isEmpty {
            LexiconStore.shared.useFolder(URL(fileURLWithPath: folder))
        }
    }

    /// The stage configuration of a command: the `stage.key=value` `assignments`, the
    /// sentence locale from `PAROLE_SENTENCE_LOCALE` unless `sentences.locale` is given,
    /// the current date as "now" (so an undated document's year is this year unless
    /// `dates.year` is given) and the resources in use.
    static func stageConfiguration(
        _ assignments: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> StageConfiguration {
        var configuration = try StageConfiguration(
            parsing: assignments,
            environment: StageEnvironment(now: Date(), resources: LexiconStore.shared.source))
        if let locale = environment["PAROLE_SENTENCE_LOCALE"], !locale.isEmpty,
            configuration.values[SentenceStage.defaultName]?["locale"] == nil
        {
            configuration.set("locale", to: locale, for: SentenceStage.defaultName)
        }
        return configuration
    }

    /// Every option of the standard stages, one per line, for `--help`.
    static var stageOptionsHelp: String {
        let registry = StageRegistry.standard
        return registry.names.flatMap { name in
            registry.options(of: name).map { "\(name).\($0.key)=\($0.valueHelp): \($0.summary)" }
        }.joined(separator: "; ")
    }
}
