import Parole
import Testing

/// The Latin folding key without ICU gives ICU's folding key.
@Suite("Latin folding key")
struct LatinFoldingKeyTests {
    @Test("Pairs of Latin characters fold as ICU folds them")
    func pairs() {
        let scalars = (0..<0x300).compactMap { Unicode.Scalar(UInt32($0)) }
        for (position, first) in scalars.enumerated() {
            // Every first character with a spread of second characters, spacing
            // diacritics and letters that fold to several included.
            for second in scalars
            where (second.value + UInt32(position)) % 11 == 0
                || [0xB4, 0xA8, 0xDF, 0x1C4, 0x2DB, 0x41].contains(second.value)
            {
                let text = String(String.UnicodeScalarView([first, second]))
                #expect(
                    LatinFoldingKey.key(text) == Normalizer.foldingKey(text),
                    "U+\(String(first.value, radix: 16)) U+\(String(second.value, radix: 16))")
            }
        }
    }

    @Test("Words fold as ICU folds them; other scripts are left to ICU")
    func words() {
        for word in [
            "état", "élysée", "straße", "œuvre", "ǆungla", "garçon", "naïve", "l'", "32 000", "", "ﬁ", "e\u{301}",
        ] {
            let key = LatinFoldingKey.key(word)
            if word.unicodeScalars.allSatisfy({ $0.value < 0x300 }) {
                #expect(key == Normalizer.foldingKey(word), "\(word)")
            } else {
                #expect(key == nil, "\(word)")
            }
        }
        #expect(LatinFoldingKey.key("москва") == nil)
    }
}
