import ParoleCore
import ParoleText

/// One tokenizer and splitter for all tests (loading the lexicons once).
enum Shared {
    static let tokenizer = try! FrenchTokenizer()
    static let splitter = try! SentenceSplitter()
}

/// The token texts of `text`.
func tokens(_ text: String) throws -> [String] {
    let units = Array(text.utf16)
    return try Shared.tokenizer.tokenize(units).map { String(decoding: units[$0.span.range], as: UTF16.self) }
}

/// The tokens of `text` with their kinds.
func kinds(_ text: String) throws -> [(String, Token.Kind)] {
    let units = Array(text.utf16)
    return try Shared.tokenizer.tokenize(units).map {
        (String(decoding: units[$0.span.range], as: UTF16.self), $0.kind)
    }
}

/// The sentence texts of `text`.
func sentences(_ text: String) throws -> [String] {
    let units = Array(text.utf16)
    let tokens = try Shared.tokenizer.tokenize(units)
    return try Shared.splitter.split(units, tokens: tokens).map {
        String(decoding: units[$0.span.range], as: UTF16.self)
    }
}
