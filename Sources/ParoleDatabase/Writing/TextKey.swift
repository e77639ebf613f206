import Parole

/// The normalised form under which two copies of a quote are the same: case and
/// accents folded, every run of punctuation and spaces one space (so typographic and
/// straight apostrophes, or a line break in one copy, make no difference).
package enum TextKey {
    package static func of(_ text: String) -> String {
        var key = ""
        var pendingSpace = false
        for scalar in Normalizer.foldingKey(text).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return key
    }
}
