/// Which rule made each annotation of a layer, for stages asked to explain themselves
/// (their `explain` option; `parole analyze --explain`).
///
/// The value maps a layer's name (`quotes`, `entities`) to one rule name per annotation
/// of that layer, in the layer's order. A rule name is the rule's type and function in
/// the stage's source (`SourcePhrases.findSourcePhrases`). The JSON output writes the
/// layer as `rules`, and `DocumentJSONReader` reads it back.
///
/// ```swift
/// let pipeline = try StageRegistry.standard.pipeline(
///     parsing: "tokenize,sentences,entities,dates,quotes",
///     configuration: try StageConfiguration(parsing: ["quotes.explain=on", "entities.explain=on"]))
/// try pipeline.run(&document)
/// let why = document[RuleLayer.self]?["quotes"]  // one rule name per quote
/// ```
public enum RuleLayer: LayerKey {
    /// Rule names by layer name, one per annotation of that layer.
    public typealias Value = [String: [String]]
    /// `rules`.
    public static let name: LayerName = "rules"
}

extension Document {
    /// Records `rules` (one per annotation of the layer named `layer`) in the ``RuleLayer``.
    public mutating func setRules(_ rules: [String], for layer: LayerName) {
        var all = self[RuleLayer.self] ?? [:]
        all[layer.rawValue] = rules
        self[RuleLayer.self] = all
    }
}

/// Where a rule is written: its source file and function, recorded without making a
/// string until a stage explains itself.
package struct RuleOrigin: Sendable {
    /// The `#fileID` of the rule.
    package var file: StaticString
    /// The `#function` of the rule.
    package var function: StaticString

    /// Records the rule at `file` and `function`.
    package init(file: StaticString, function: StaticString) {
        self.file = file
        self.function = function
    }

    /// The rule's name as ``RuleLayer`` records it: the base name of its source file and
    /// its function without arguments (`SourcePhrases.findSourcePhrases`).
    package var name: String {
        var base = file.description
        if let slash = base.lastIndex(of: "/") { base = String(base[base.index(after: slash)...]) }
        if base.hasSuffix(".swift") { base.removeLast(6) }
        var name = function.description
        if let parenthesis = name.firstIndex(of: "(") { name = String(name[..<parenthesis]) }
        return base + "." + name
    }
}
