import ParoleCore
import ParoleText

/// Endings or beginnings read from a lexicon (`word-endings.txt`, `role-words.txt`),
/// tested on a ``Spelling`` once per form.
struct Affixes: Sendable {
    /// The affixes as written (NFC).
    let strings: [String]
    /// The UTF-8 bytes of each affix.
    let bytes: [[UInt8]]

    /// The affixes `strings`.
    init(_ strings: [String]) {
        self.strings = strings
        bytes = strings.map { Array($0.utf8) }
    }

    /// The endings of class `ending` of `word-endings.txt`.
    init(_ ending: FrenchWordLists.Ending) {
        self.init(FrenchWordLists.endings.list(ending))
    }
}

extension String {
    /// Whether the string ends with one of `affixes` (as `String.hasSuffix(_:)`).
    func ends(withAnyOf affixes: Affixes) -> Bool {
        affixes.strings.contains { hasSuffix($0) }
    }

    /// Whether the string begins with one of `affixes` (as `String.hasPrefix(_:)`).
    func begins(withAnyOf affixes: Affixes) -> Bool {
        affixes.strings.contains { hasPrefix($0) }
    }
}

extension LatinSpelling {
    /// Whether the bytes end with the bytes of one of `affixes`.
    func ends(withAnyOf affixes: Affixes) -> Bool {
        for affix in affixes.bytes where affix.count <= bytes.count {
            let start = bytes.count - affix.count
            var offset = 0
            while offset < affix.count, bytes[start + offset] == affix[offset] { offset += 1 }
            if offset == affix.count { return true }
        }
        return false
    }

    /// Whether the bytes begin with the bytes of one of `affixes`.
    func begins(withAnyOf affixes: Affixes) -> Bool {
        for affix in affixes.bytes where affix.count <= bytes.count {
            var offset = 0
            while offset < affix.count, bytes[offset] == affix[offset] { offset += 1 }
            if offset == affix.count { return true }
        }
        return false
    }
}
