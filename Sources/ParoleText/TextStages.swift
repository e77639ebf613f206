import ParoleCore

extension StageRegistry {
    /// The stages of `ParoleText` that every pipeline starts with: `tokenize` and
    /// `sentences` (options `locale`, an ICU locale for the sentence rules, default `fr`;
    /// `model=on|off`, the heading model). `StageRegistry.standard` (module `Parole`)
    /// adds the others.
    public static var core: StageRegistry {
        var registry = StageRegistry()
        registry.register(TokenizeStage.defaultName) { try TokenizeStage() }
        registry.register(SentenceStage.defaultName, options: SentenceStage.options) { options in
            try SentenceStage(options: options)
        }
        return registry
    }
}
