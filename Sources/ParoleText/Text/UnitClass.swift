import CParoleICU

/// Fast character classes of UTF-16 code units, for rules that scan text.
///
/// A table of 65,536 flag words, filled from ICU's character properties when the
/// library loads (see `parole_unit_classes` in the C layer), answers "is this a
/// letter / digit / space / quotation mark" with one load. Surrogates (halves of
/// characters outside the Basic Multilingual Plane) are classed as ``symbol``;
/// rules that care look at the whole scalar.
@usableFromInline
package struct UnitClass: OptionSet, Sendable, Hashable {
    /// The flag bits.
    @usableFromInline package let rawValue: UInt16

    /// Creates a set of flags.
    @inlinable
    package init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A letter of any script (general category L*).
    @usableFromInline package static let letter = UnitClass(rawValue: UInt16(PAROLE_CLASS_LETTER))
    /// An uppercase or titlecase letter.
    @usableFromInline package static let uppercase = UnitClass(rawValue: UInt16(PAROLE_CLASS_UPPERCASE))
    /// A lowercase letter.
    @usableFromInline package static let lowercase = UnitClass(rawValue: UInt16(PAROLE_CLASS_LOWERCASE))
    /// A decimal digit.
    @usableFromInline package static let digit = UnitClass(rawValue: UInt16(PAROLE_CLASS_DIGIT))
    /// White space, line breaks included.
    @usableFromInline package static let space = UnitClass(rawValue: UInt16(PAROLE_CLASS_SPACE))
    /// A line or paragraph separator (LF, CR, NEL, U+2028, U+2029).
    @usableFromInline package static let lineBreak = UnitClass(rawValue: UInt16(PAROLE_CLASS_LINE_BREAK))
    /// Punctuation (general category P*).
    @usableFromInline package static let punctuation = UnitClass(rawValue: UInt16(PAROLE_CLASS_PUNCTUATION))
    /// A symbol (general category S*, and other numbers), and surrogate halves.
    @usableFromInline package static let symbol = UnitClass(rawValue: UInt16(PAROLE_CLASS_SYMBOL))
    /// A combining mark (general category M*).
    @usableFromInline package static let mark = UnitClass(rawValue: UInt16(PAROLE_CLASS_MARK))
    /// A double quotation mark or guillemet: « » “ ” „ ‟ " ‹ ›.
    @usableFromInline package static let quotationMark = UnitClass(rawValue: UInt16(PAROLE_CLASS_QUOTATION_MARK))
    /// An apostrophe or single quotation mark: ' ’ ‘ ʼ ‛ ′.
    @usableFromInline package static let apostrophe = UnitClass(rawValue: UInt16(PAROLE_CLASS_APOSTROPHE))
    /// A hyphen or dash: - ‐ ‑ ‒ – — ―.
    @usableFromInline package static let dash = UnitClass(rawValue: UInt16(PAROLE_CLASS_DASH))
    /// Sentence-final punctuation: . ! ? … and their variants.
    @usableFromInline package static let terminal = UnitClass(rawValue: UInt16(PAROLE_CLASS_TERMINAL))
    /// A format character (soft hyphen, zero-width joiner).
    @usableFromInline package static let format = UnitClass(rawValue: UInt16(PAROLE_CLASS_FORMAT))

    /// The classes of `unit`.
    @inlinable
    package static func of(_ unit: UInt16) -> UnitClass {
        UnitClass(rawValue: parole_unit_classes[Int(unit)])
    }

    /// Whether `unit` belongs to any of `classes`.
    @inlinable
    package static func test(_ unit: UInt16, _ classes: UnitClass) -> Bool {
        parole_unit_classes[Int(unit)] & classes.rawValue != 0
    }
}
extension UInt16 {
    /// Whether this code unit is an ASCII or Latin letter, digit, or another letter.
    @inlinable
    package var isLetterUnit: Bool { UnitClass.test(self, .letter) }
    /// Whether this code unit is a decimal digit.
    @inlinable
    package var isDigitUnit: Bool { UnitClass.test(self, .digit) }
    /// Whether this code unit is white space.
    @inlinable
    package var isSpaceUnit: Bool { UnitClass.test(self, .space) }
    /// Whether this code unit is an uppercase letter.
    @inlinable
    package var isUppercaseUnit: Bool { UnitClass.test(self, .uppercase) }
    /// Whether this code unit is a lowercase letter.
    @inlinable
    package var isLowercaseUnit: Bool { UnitClass.test(self, .lowercase) }
}
