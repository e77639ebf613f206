/// Text made safe to print on a terminal: control characters from a document
/// (an escape sequence that would move the cursor, change colours or the window
/// title) are written as visible `\u{…}` escapes instead of being sent as they are.
enum TerminalText {
    /// `text` with every C0 and C1 control character and DEL escaped; line breaks and
    /// tabs are kept when `keepingLineBreaks`, else each becomes a space.
    static func neutralized(_ text: String, keepingLineBreaks: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" && !keepingLineBreaks {
                result.append(keepingLineBreaks ? scalar : " ")
            } else if isControl(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
