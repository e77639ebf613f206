import CParoleICU

/// An error reported by ICU.
package struct ICUError: Error, Hashable, CustomStringConvertible {
    /// ICU's status code (a `UErrorCode` value).
    package let code: Int32
    /// What Parole was doing.
    package let operation: String

    /// Creates an error from an ICU status code.
    package init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// ICU's name for the code, such as `U_ILLEGAL_ARGUMENT_ERROR`.
    package var name: String { String(cString: parole_icu_error_name(code)) }

    /// `operation: NAME`.
    package var description: String { "\(operation): ICU error \(name)" }

    /// Throws when `status` is an ICU failure (a positive code).
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > 0 { throw ICUError(code: status, operation: operation()) }
    }
}

/// Facts about the ICU library Parole runs on.
package enum ICU {
    /// The ICU version, such as `72.1`.
    package static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        parole_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Calls an ICU function that writes UTF-16 into a buffer, growing the buffer when it is short.
    static func readString(
        initialCapacity: Int = 64,
        _ operation: @autoclosure () -> String,
        _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
    ) throws(ICUError) -> String {
        var capacity = initialCapacity
        while true {
            var status: Int32 = 0
            var buffer = [UInt16](repeating: 0, count: capacity)
            let length = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity), &status) }
            if status == PAROLE_ICU_BUFFER_OVERFLOW || Int(length) > capacity {
                capacity = Int(length) + 1
                continue
            }
            try ICUError.check(status, operation())
            return String(utf16Units: buffer[..<Int(length)])
        }
    }
}
