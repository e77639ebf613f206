import CParoleICU

/// Unicode normalization through ICU.
package enum Normalizer {
    /// The normalization forms Parole uses.
    package enum Form: Int32, Sendable {
        /// Canonical composition: the form text is usually stored in.
        case nfc = 0
        /// Canonical decomposition.
        case nfd = 1
        /// Compatibility composition (`ﬁ` → `fi`, no-break space → space).
        case nfkc = 2
        /// Compatibility composition with case folding: the basis of `Token.norm`.
        case nfkcCaseFold = 3
    }

    /// `text` in normalization form `form`.
    package static func normalize(_ text: some StringProtocol, form: Form) -> String {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { normalize($0, form: form) }
    }

    /// The UTF-16 `units` in normalization form `form`.
    package static func normalize(_ units: UnsafeBufferPointer<UInt16>, form: Form) -> String {
        // Normalization of valid UTF-16 cannot fail; ill-formed input is returned unchanged.
        (try? ICU.readString(initialCapacity: units.count + 8, "normalizing") { destination, capacity, status in
            parole_normalize(form.rawValue, units.baseAddress, Int32(units.count), destination, capacity, &status)
        }) ?? String(decoding: units, as: UTF16.self)
    }

    /// Whether `text` is already in form `form`.
    package static func isNormalized(_ text: some StringProtocol, form: Form) -> Bool {
        var status: Int32 = 0
        let units = Array(text.utf16)
        return parole_is_normalized(form.rawValue, units, Int32(units.count), &status) == 1
    }

    /// A key for accent- and case-insensitive lookups: `État` → `etat`.
    package static func foldingKey(_ text: some StringProtocol) -> String {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { foldingKey($0) }
    }

    /// A key for accent- and case-insensitive lookups of UTF-16 `units`.
    package static func foldingKey(_ units: UnsafeBufferPointer<UInt16>) -> String {
        if let ascii = asciiLowercased(units) { return ascii }
        return
            (try? ICU.readString(initialCapacity: units.count + 8, "folding") { destination, capacity, status in
                parole_fold(units.baseAddress, Int32(units.count), destination, capacity, &status)
            }) ?? String(decoding: units, as: UTF16.self)
    }

    /// The lowercase form of `units` when they are all ASCII, else `nil`.
    @inlinable
    static func asciiLowercased(_ units: UnsafeBufferPointer<UInt16>) -> String? {
        var ascii = true
        for unit in units where unit >= 0x80 {
            ascii = false
            break
        }
        guard ascii else { return nil }
        return String(unsafeUninitializedCapacity: units.count) { bytes in
            for (index, unit) in units.enumerated() {
                let byte = UInt8(truncatingIfNeeded: unit)
                bytes[index] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
            }
            return units.count
        }
    }
}
