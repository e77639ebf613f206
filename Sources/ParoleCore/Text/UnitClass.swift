/// Fast character classes of UTF-16 code units, for rules that scan text.
///
/// A table of 65,536 flag bytes, filled once from the Unicode properties of the
/// standard library, answers "is this a letter / digit / space / quotation
/// mark" with one load. Surrogates (characters outside the Basic Multilingual
/// Plane) are classed as ``symbol``; rules that care look at the whole scalar.
public struct UnitClass: OptionSet, Sendable, Hashable {
    /// The flag bits.
    public let rawValue: UInt16

    /// Creates a set of flags.
    @inlinable
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A letter of any script (general category L*).
    public static let letter = UnitClass(rawValue: 1 << 0)
    /// An uppercase or titlecase letter.
    public static let uppercase = UnitClass(rawValue: 1 << 1)
    /// A lowercase letter.
    public static let lowercase = UnitClass(rawValue: 1 << 2)
    /// A decimal digit.
    public static let digit = UnitClass(rawValue: 1 << 3)
    /// White space, line breaks included.
    public static let space = UnitClass(rawValue: 1 << 4)
    /// A line or paragraph separator (LF, CR, NEL, U+2028, U+2029).
    public static let lineBreak = UnitClass(rawValue: 1 << 5)
    /// Punctuation (general category P*).
    public static let punctuation = UnitClass(rawValue: 1 << 6)
    /// A symbol (general category S*), and characters outside the BMP.
    public static let symbol = UnitClass(rawValue: 1 << 7)
    /// A combining mark (general category M*).
    public static let mark = UnitClass(rawValue: 1 << 8)
    /// A double quotation mark or guillemet: « » “ ” „ ‟ " ‹ ›.
    public static let quotationMark = UnitClass(rawValue: 1 << 9)
    /// An apostrophe or single quotation mark: ' ’ ‘ ʼ ‛ ′.
    public static let apostrophe = UnitClass(rawValue: 1 << 10)
    /// A hyphen or dash: - ‐ ‑ ‒ – — ―.
    public static let dash = UnitClass(rawValue: 1 << 11)
    /// Sentence-final punctuation: . ! ? … and their variants.
    public static let terminal = UnitClass(rawValue: 1 << 12)
    /// A format character (soft hyphen, zero-width joiner).
    public static let format = UnitClass(rawValue: 1 << 13)

    /// The classes of `unit`.
    @inlinable
    public static func of(_ unit: UInt16) -> UnitClass {
        UnitClass(rawValue: table[Int(unit)])
    }

    /// Whether `unit` belongs to any of `classes`.
    @inlinable
    public static func test(_ unit: UInt16, _ classes: UnitClass) -> Bool {
        table[Int(unit)] & classes.rawValue != 0
    }

    /// The flags of every UTF-16 unit. A pointer rather than an array: reading a
    /// global array retains and releases its buffer, which costs more than the
    /// lookup itself in the tokenizer's inner loops. Allocated once, never freed.
    @usableFromInline
    nonisolated(unsafe) static let table: UnsafePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x1_0000)
        for value in 0..<0x1_0000 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else {
                table[value] = UnitClass.symbol.rawValue  // surrogate halves
                continue
            }
            table[value] = classify(scalar).rawValue
        }
        return UnsafePointer(table)
    }()

    private static func classify(_ scalar: Unicode.Scalar) -> UnitClass {
        var flags: UnitClass = []
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: flags.formUnion([.letter, .uppercase])
        case .lowercaseLetter: flags.formUnion([.letter, .lowercase])
        case .modifierLetter, .otherLetter: flags.insert(.letter)
        case .decimalNumber: flags.insert(.digit)
        case .letterNumber, .otherNumber: flags.insert(.symbol)
        case .nonspacingMark, .spacingMark, .enclosingMark: flags.insert(.mark)
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: flags.insert(.space)
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            flags.insert(.punctuation)
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: flags.insert(.symbol)
        case .format: flags.insert(.format)
        case .control, .surrogate, .privateUse, .unassigned: break
        @unknown default: break
        }
        if properties.isWhitespace { flags.insert(.space) }
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: flags.formUnion([.space, .lineBreak])
        case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A: flags.insert(.quotationMark)
        case 0x27, 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032: flags.insert(.apostrophe)
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: flags.insert(.dash)
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0xFF01, 0xFF0E, 0xFF1F:
            flags.insert(.terminal)
        default: break
        }
        return flags
    }
}

extension UInt16 {
    /// Whether this code unit is an ASCII or Latin letter, digit, or another letter.
    @inlinable
    public var isLetterUnit: Bool { UnitClass.test(self, .letter) }
    /// Whether this code unit is a decimal digit.
    @inlinable
    public var isDigitUnit: Bool { UnitClass.test(self, .digit) }
    /// Whether this code unit is white space.
    @inlinable
    public var isSpaceUnit: Bool { UnitClass.test(self, .space) }
    /// Whether this code unit is an uppercase letter.
    @inlinable
    public var isUppercaseUnit: Bool { UnitClass.test(self, .uppercase) }
    /// Whether this code unit is a lowercase letter.
    @inlinable
    public var isLowercaseUnit: Bool { UnitClass.test(self, .lowercase) }
}
