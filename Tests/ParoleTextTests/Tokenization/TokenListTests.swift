import Foundation
import ParoleCore
import Testing

@Suite("Token list")
struct TokenListTests {
    private static func token(_ start: Int, _ end: Int, _ norm: String, _ kind: Token.Kind = .word) -> Token {
        Token(span: Span(start: start, end: end), kind: kind, norm: norm)
    }

    @Test("Each distinct norm is stored once, whatever the case or apostrophe of its tokens")
    func sharedNorms() throws {
        let tokens = try Shared.tokenizer.tokenize("Le ministre l’a dit : le ministre L'A redit, LE MINISTRE aussi.")
        let norms = tokens.map(\.norm)
        #expect(norms.filter { $0 == "ministre" }.count == 3)
        #expect(tokens.norms.count == Set(norms).count)
        #expect(tokens.normIndex(at: 0) == tokens.normIndex(at: 6))
        #expect(tokens.normIndex(at: 1) == tokens.normIndex(at: 7))
        #expect(tokens.normIndex(at: 2) == tokens.normIndex(at: 8))
        #expect(tokens.normIndex(at: 0) != tokens.normIndex(at: 1))
        for index in tokens.indices {
            #expect(tokens.norms[tokens.normIndex(at: index)] == tokens[index].norm)
            #expect(tokens.span(at: index) == tokens[index].span)
            #expect(tokens.kind(at: index) == tokens[index].kind)
        }
    }

    @Test("Norms of sixteen bytes and more, outside the fast folding path, survive the table")
    func longNorms() throws {
        let text = "Les négociations intergouvernementales ﬁnissent : « INTERGOUVERNEMENTALES » !"
        let tokens = try Shared.tokenizer.tokenize(text)
        #expect(tokens[2].norm == "intergouvernementales")
        #expect(tokens[6].norm == "intergouvernementales")
        #expect(tokens[3].norm == "finissent")
        #expect(tokens.normIndex(at: 2) == tokens.normIndex(at: 6))
    }

    @Test("A list made from tokens gives them back, norms byte for byte")
    func roundTrip() {
        // "é" precomposed and decomposed: canonically equal, kept as written.
        let written = [
            Self.token(0, 4, "café"), Self.token(5, 10, "cafe\u{301}"), Self.token(11, 12, ",", .punct),
            Self.token(13, 17, "café"),
        ]
        let list = TokenList(written)
        #expect(Array(list) == written)
        #expect(list.norms.count == 3)
        #expect(Array(list[1].norm.utf8) == Array("cafe\u{301}".utf8))
        #expect(list.normIndex(at: 0) == list.normIndex(at: 3))
    }

    @Test("Lists with the same tokens are equal and hash alike, whatever the order of their tables")
    func equality() {
        var builder = TokenList.Builder()
        _ = builder.normIndex(of: "hier")  // a table entry that no token uses
        builder.append(span: Span(start: 0, end: 2), kind: .word, norm: "il")
        builder.append(span: Span(start: 3, end: 7), kind: .word, norm: "part")
        let built = builder.finish()
        let literal: TokenList = [Self.token(0, 2, "il"), Self.token(3, 7, "part")]
        #expect(built.norms != literal.norms)
        #expect(built == literal)
        #expect(built.hashValue == literal.hashValue)
        #expect(built != [Self.token(0, 2, "il"), Self.token(3, 7, "parts")])
        #expect(built != [Self.token(0, 2, "il"), Self.token(3, 7, "part", .number)])
        #expect(built != [Self.token(0, 2, "il")])
    }

    @Test("A list codes as a JSON array of tokens")
    func coding() throws {
        let list: TokenList = [Self.token(0, 2, "l'"), Self.token(2, 7, "armée")]
        let data = try JSONEncoder().encode(list)
        #expect(try JSONDecoder().decode([Token].self, from: data) == Array(list))
        #expect(try JSONDecoder().decode(TokenList.self, from: data) == list)
    }

    @Test("The tokens of a document are the tokenizer's, in a compact list")
    func documentLayer() throws {
        var document = Document(id: "t", text: "Selon l'AFP, le président a démissionné.")
        #expect(document.tokens.isEmpty)
        document.tokens = try Shared.tokenizer.tokenize(document.utf16)
        #expect(document.tokens.map(\.norm) == ["selon", "l'", "afp", ",", "le", "président", "a", "démissionné", "."])
        #expect(document.tokens.last?.kind == .punct)
    }
}

extension TokenListTests {
    @Test("Replacing a token keeps the table of distinct norms")
    func replacing() {
        var list: TokenList = [Self.token(0, 2, "il"), Self.token(3, 7, "part"), Self.token(8, 10, "il")]
        list[1] = Self.token(3, 7, "il")
        #expect(list.map(\.norm) == ["il", "il", "il"])
        #expect(list.normIndex(at: 1) == list.normIndex(at: 0))
        list[2].norm = "elle"
        #expect(list.map(\.norm) == ["il", "il", "elle"])
        #expect(list == [Self.token(0, 2, "il"), Self.token(3, 7, "il"), Self.token(8, 10, "elle")])
    }
}
