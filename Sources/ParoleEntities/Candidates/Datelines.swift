import ParoleCore

/// Datelines in capitals that open a paragraph (`BAR-LE-DUC. Un accident …`,
/// `SAINT-NAZAIRE (AFP) -`): the town a report comes from, not an acronym.
struct Datelines {
    let context: EntityContext

    /// Marks that may follow a dateline: `.`, `(`, `,`, `-`, `–`, `—`, `_`.
    static let followers: Set<UInt16> = [0x2E, 0x28, 0x2C, 0x2D, 0x2013, 0x2014, 0x5F]

    /// Whether the word at `index` opens its paragraph as an agency's subject line: words in
    /// capitals joined by hyphens, then a slash, one of them a common noun or adjective of
    /// the lexicon (`SENEGAL-POLITIQUE / …`, `SENEGAL-AFRIQUE-FOOTBALL / …`). Such a line
    /// files the report under its topics and names nothing.
    func isSubjectLine(_ index: Int, commonWords: [String: CommonWordClass]) -> Bool {
        guard index == 0 || context.isLineBreak(before: index), index + 1 < context.tokens.count,
            context.tokens[index + 1].kind != .word, context.utf16[context.tokens[index + 1].span.start] == 0x2F
        else { return false }
        let span = context.tokens.span(at: index)
        guard context.utf16[span.start..<span.end].allSatisfy({ $0.isUppercaseUnit || $0 == 0x2D }) else {
            return false
        }
        let parts = context.norm(index).split(separator: "-")
        return parts.count >= 2
            && parts.contains { commonWords[String($0)] == .noun || commonWords[String($0)] == .adjective }
    }

    /// Whether the word at `index` opens its paragraph before a mark that may follow a
    /// dateline (`LYON (AFP) -`, `NICE, 3 mars -`): a short town in capitals there is the
    /// known place, not an acronym.
    func opensDateline(_ index: Int) -> Bool {
        guard index == 0 || context.isLineBreak(before: index), index + 1 < context.tokens.count else { return false }
        let next = context.tokens[index + 1]
        return next.kind != .word && Self.followers.contains(context.utf16[next.span.start])
    }

    /// Whether the word at `index` is a dateline: in capitals, five letters at least,
    /// first in its paragraph and followed by `(` or a dash, or by `.` or `,` and then a
    /// dash or a number (`EPINAL. _`, `KINSHASA, 12 mars`); a hyphenated town may end
    /// its dateline with a full stop alone (`BAR-LE-DUC.`), a heading word (`STATS.`) may not.
    func isDateline(_ index: Int) -> Bool {
        guard index == 0 || context.isLineBreak(before: index), index + 1 < context.tokens.count else { return false }
        let span = context.tokens.span(at: index)
        var letters = 0
        var hyphenated = false
        for unit in context.utf16[span.start..<span.end] {
            if unit == 0x2D { hyphenated = true }
            if unit.isUppercaseUnit {
                letters += 1
            } else if unit != 0x2D && unit != 0x27 && unit != 0x2019 {
                return false
            }
        }
        guard letters >= 5 else { return false }
        let next = context.tokens[index + 1]
        guard next.kind != .word else { return false }
        let mark = context.utf16[next.span.start]
        guard Self.followers.contains(mark) else { return false }
        if mark != 0x2E && mark != 0x2C { return true }
        if hyphenated { return true }
        guard index + 2 < context.tokens.count else { return false }
        let after = context.utf16[context.tokens.span(at: index + 2).start]
        return Self.followers.contains(after) || (after >= 0x30 && after <= 0x39)
    }
}
