import ParoleCore
import ParoleText

/// The `quotes` stage: finds every quote of a French news text with its speaker and
/// its cue, and adds the `quotes` layer.
///
/// ```swift
/// var registry = StageRegistry.standard
/// let pipeline = try registry.pipeline(parsing: "tokenize,sentences,entities,quotes")
/// var document = Document(id: "a", text: "« Nous ne céderons pas », a déclaré la ministre, Hélène Marchetti.")
/// try pipeline.run(&document)
/// // document.quotes[0]: direct, "Nous ne céderons pas", speaker Hélène Marchetti, cue déclarer
/// ```
///
/// Three kinds of quotes are found (see ``Quote/Kind``):
/// - direct quotes in « », “ ”, " " or ' ', attributed by an incise (`a-t-il ajouté`,
///   `estime la directrice, Nathalie Brunet`), by the verb before a colon, by the
///   incise of the quote they resume, or by the quote or subject just before; and
///   dialogue lines opened by a dash;
/// - partial quotes: fragments in marks inside the reporter's sentence;
/// - indirect quotes: the clause after `que` or the infinitive after a speech verb,
///   the clause before an incise, and the clause a `selon X` attributes.
///
/// Speech verbs come from `Resources/lexicons/quotes-speech-verbs.txt` as lemmas;
/// their forms are read from the French lexicon. Pronoun speakers resolve to the nearest fitting
/// speaker, subject or person, by gender and number. The `dates` layer, when present,
/// helps skip dates between a verb and its subject.
public struct QuoteStage: Stage {
    /// `quotes`.
    public static let defaultName = "quotes"

    /// The tables the rules read.
    package let lexicons: QuoteLexicons

    /// The stage's name.
    public var name: String { Self.defaultName }
    /// `tokens`, `sentences` and `entities`.
    public var requiredLayers: [LayerName] { [TokenLayer.name, SentenceLayer.name, EntityLayer.name] }
    /// `quotes`, and `rules` when the stage explains its quotes.
    public var producedLayers: [LayerName] { explains ? [QuoteLayer.name, RuleLayer.name] : [QuoteLayer.name] }

    /// Whether the stage records the rule that found each quote in the ``RuleLayer``.
    package var explains = false

    /// The learned model that reviews the rules' speakers, if any.
    package let speakerRanker: SpeakerRanker?

    /// Creates the stage with the shipped lexicons and no speaker ranker.
    public init() throws {
        try self.init(lexicons: nil, speakerRanker: nil)
    }

    /// Creates the stage with `lexicons`, or with the shipped ones; with `speakerRanker`,
    /// each quote's speaker is the candidate the model ranks best.
    package init(lexicons: QuoteLexicons? = nil, speakerRanker: SpeakerRanker? = nil) throws {
        self.lexicons = try lexicons ?? Self.shippedLexicons.get()
        self.speakerRanker = speakerRanker
    }

    /// The options of the registered stage: `speaker-ranker` (`off` by default; `on`
    /// chooses each speaker with the shipped learned ranker).
    public static let options = [
        StageOption(
            "speaker-ranker", .flag, summary: "choose speakers with the learned ranker (models/speaker-ranker.txt)"),
        StageOption("explain", .flag, summary: "record the rule that found each quote (the rules layer)"),
    ]

    /// Creates the stage from registry options (see ``options``).
    public init(options: StageOptions) throws {
        try self.init(speakerRanker: try options.flag("speaker-ranker") == true ? SpeakerRanker.shipped() : nil)
        explains = try options.flag("explain") ?? false
    }

    /// The `morphology` stage that gives the ranker's features the parts of speech of a
    /// document that has no `morphology` layer, loaded once per process.
    private static let morphologyStage = Result { try MorphologyStage() }

    /// The part of speech and lemma of each token of `document`: its `morphology` layer,
    /// else the `morphology` stage's analysis (none when the stage cannot load).
    static func morphology(of document: Document) -> [TokenMorphology] {
        let layer = document.morphology
        if layer.count == document.tokens.count { return layer }
        guard let stage = try? morphologyStage.get() else { return [] }
        return stage.analyse(document.tokens, in: document.utf16)
    }

    /// The tables of the shipped lexicons, built once per process and shared by every
    /// stage made without lexicons of its own.
    private static let shippedLexicons = Result { try QuoteLexicons() }

    /// Adds the `quotes` layer to `document`.
    public func process(_ document: inout Document) throws {
        let found = analyze(document, collectsCandidates: false)
        document.quotes = found.quotes
        if explains { document.setRules(found.rules, for: QuoteLayer.name) }
    }

    /// The quotes of `document`, which must have tokens, sentences and entities.
    public func quotes(in document: Document) -> [Quote] { analyze(document, collectsCandidates: false).quotes }

    /// The candidate speakers of each quote of `document` (in the order of
    /// ``quotes(in:)``), with the features the ranker reads: what
    /// `Scripts/quotes/train_speaker_ranker.py` learns from.
    package func speakerCandidates(in document: Document) -> [[SpeakerChoice]] {
        analyze(document, collectsCandidates: true).candidates
    }

    private func analyze(_ document: Document, collectsCandidates: Bool) -> (
        quotes: [Quote], candidates: [[SpeakerChoice]], rules: [String]
    ) {
        let text = QuoteText(document: document, lexicons: lexicons)
        guard text.count > 0 else { return ([], [], []) }
        let scan = QuoteScan(text: text)
        var finder = QuoteFinder(scan: scan)
        let candidates = finder.find()
        let reviews = speakerRanker != nil || collectsCandidates
        var resolver = SpeakerResolver(
            scan: scan, candidates: candidates, ranker: speakerRanker, collectsCandidates: collectsCandidates,
            morphology: reviews ? Self.morphology(of: document) : [])
        var quotes = resolver.quotes()
        QuoteSettings.annotate(&quotes, in: document)
        let choices = resolver.collected.map { list in
            list.map { candidate in
                SpeakerChoice(
                    speaker: resolver.speaker(candidate.identity, pronoun: candidate.pronoun),
                    isRuleChoice: candidate.isRuleChoice, features: candidate.features.values)
            }
        }
        return (quotes, choices, explains ? resolver.origins.map { $0?.name ?? "" } : [])
    }
}

/// A candidate speaker of a quote with the features the speaker ranker reads
/// (``QuoteStage/speakerCandidates(in:)``).
package struct SpeakerChoice: Sendable {
    /// The speaker, or `nil` for "no speaker".
    package var speaker: Quote.Speaker?
    /// Whether the rules chose it.
    package var isRuleChoice: Bool
    /// The feature values, named by ``featureNames``.
    package var features: [Float]

    /// The names of the features, in the order of ``features``.
    package static var featureNames: [String] { SpeakerFeature.ordered.map(\.rawValue) }
}
