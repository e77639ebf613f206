import Foundation

/// The comparison key of a speaker name, as `score.py`'s `fold`: typographic apostrophe and
/// no-break spaces made plain, compatibility decomposition, combining marks dropped, lower
/// case, runs of white space made one space, surrounding punctuation and quotation marks
/// stripped, and one leading title (M., Mme, Mlle, MM., Dr, Me, Pr, Mr) removed.
package enum NameFolding {
    private static let stripped: Set<Unicode.Scalar> = [" ", ".", ",", ";", ":", "«", "»", "\"", "'", "“", "”"]
    private static let titles = ["m.", "mme", "mlle", "mm.", "dr", "me", "pr", "mr"]

    /// The folded form of `name`.
    package static func fold(_ name: String) -> String {
        var plain = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\u{2019}": plain.append("'")
            case "\u{00A0}", "\u{202F}": plain.append(" ")
            default: plain.append(scalar)
            }
        }
        let decomposed = String(plain).decomposedStringWithCompatibilityMapping
        var bare = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where scalar.properties.canonicalCombiningClass.rawValue == 0 {
            bare.append(scalar)
        }
        let lowered = String(bare).lowercased()
        var collapsed: [Unicode.Scalar] = []
        var inSpace = false
        for scalar in lowered.unicodeScalars {
            if PythonText.isSpace(scalar) {
                if !inSpace { collapsed.append(" ") }
                inSpace = true
            } else {
                collapsed.append(scalar)
                inSpace = false
            }
        }
        var start = 0
        var end = collapsed.count
        while start < end, stripped.contains(collapsed[start]) { start += 1 }
        while end > start, stripped.contains(collapsed[end - 1]) { end -= 1 }
        var result = Array(collapsed[start..<end])
        for title in titles {
            let prefix = Array(title.unicodeScalars)
            guard result.count > prefix.count, Array(result[0..<prefix.count]) == prefix,
                PythonText.isSpace(result[prefix.count])
            else { continue }
            var cut = prefix.count
            while cut < result.count, PythonText.isSpace(result[cut]) { cut += 1 }
            result.removeFirst(cut)
            break
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: result)
        return String(view)
    }
}
