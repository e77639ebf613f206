import Foundation

/// The data files shipped with Parole: the lexicons in `lexicons/`, the tagger in `models/`.
///
/// This folder is the `ParoleResources` target, so that the files live at the
/// top of the repository, where they are easy to find and review, and still
/// travel with the library as a resource bundle.
public enum ParoleResources {
    /// The folder holding the lexicon files, or `nil` when the bundle is missing.
    public static var lexiconDirectory: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("lexicons")
    }

    /// The folder holding the statistical models, or `nil` when the bundle is missing.
    public static var modelDirectory: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("models")
    }
}
