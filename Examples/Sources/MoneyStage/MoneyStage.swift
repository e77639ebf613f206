import Parole

/// An amount of money found in a text: the user-defined annotation of this example.
struct MoneyAmount: Codable, Hashable, Sendable {
    /// Where the amount is; written to JSON in Unicode scalar offsets like every built-in span.
    var span: Span
    /// The value, in units of `currency`.
    var value: Double
    /// An ISO 4217 code.
    var currency: String
}

/// The `money` layer: a typed key, so that `document[MoneyLayer.self]` is `[MoneyAmount]?`.
enum MoneyLayer: LayerKey {
    typealias Value = [MoneyAmount]
    static let name: LayerName = "money"
}

/// A stage that finds amounts such as `12 500 euros`, `3 €`, `1,4 million de dollars`.
struct MoneyStage: Stage {
    let name = "money"
    let requiredLayers: [LayerName] = [TokenLayer.name]
    let producedLayers: [LayerName] = [MoneyLayer.name]

    private static let currencies = [
        "euros": "EUR", "euro": "EUR", "€": "EUR", "dollars": "USD", "$": "USD", "francs": "CHF",
    ]
    private static let multipliers = ["million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9]

    func process(_ document: inout Document) throws {
        let tokens = document.tokens
        var amounts: [MoneyAmount] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].kind == .number, let number = Self.number(tokens[index].norm) else { continue }
            var value = number
            var next = index + 1
            if next < tokens.count, let multiplier = Self.multipliers[tokens[next].norm] {
                value *= multiplier
                next += 1
                if next < tokens.count, tokens[next].norm == "de" || tokens[next].norm == "d'" { next += 1 }
            }
            guard next < tokens.count, let currency = Self.currencies[tokens[next].norm] else { continue }
            amounts.append(
                MoneyAmount(span: tokens[index].span.union(tokens[next].span), value: value, currency: currency))
            index = next
        }
        document[MoneyLayer.self] = amounts
    }

    /// `12 500,50` → 12500.5.
    private static func number(_ norm: String) -> Double? {
        Double(String(norm.filter { $0 != " " }.map { $0 == "," ? "." : $0 }))
    }
}
