/// One step of a pipeline: it reads some layers of a document and adds others.
///
/// A stage says which layers it needs (``requiredLayers``) and which it makes
/// (``producedLayers``); a ``Pipeline`` checks before running that every need
/// is met by an earlier stage. Write your own stage to add a layer of your own:
///
/// ```swift
/// struct MoneyStage: Stage {
///     let name = "money"
///     let requiredLayers: [LayerName] = [TokenLayer.name]
///     let producedLayers: [LayerName] = [MoneyLayer.name]
///
///     func process(_ document: inout Document) throws {
///         document[MoneyLayer.self] = findAmounts(in: document)
///     }
/// }
/// ```
///
/// Stages run on many documents at once, from several threads, so they are
/// `Sendable` and keep no per-document state between calls.
public protocol Stage: Sendable {
    /// The name the stage registers under, such as `tokenize`.
    var name: String { get }
    /// The layers that must be present before the stage runs.
    var requiredLayers: [LayerName] { get }
    /// The layers the stage adds or replaces.
    var producedLayers: [LayerName] { get }
    /// Adds the stage's layers to `document`.
    func process(_ document: inout Document) throws
}
