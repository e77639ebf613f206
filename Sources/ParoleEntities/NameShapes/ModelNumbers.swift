import ParoleCore

/// Products, launchers and vehicles named with a model number: `Ariane 6`, `Falcon 9`,
/// `Soyouz 2`. The number is one or two digits right after the name (a year, a score
/// or a quantity is longer or follows a comma).
struct ModelNumbers {
    let context: EntityContext

    /// `mentions` with the products (MISC) that a model number follows taking it in,
    /// once the document has agreed on their labels (`vols d'Ariane 6`, where `Ariane`
    /// alone would be a first name).
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        for position in result.indices where result[position].label == .miscellaneous {
            let end = result[position].tokens.upperBound
            guard end < claimed.count, !claimed[end], let modelEnd = self.end(after: end, limit: claimed.count) else {
                continue
            }
            result[position].tokens = result[position].tokens.lowerBound..<modelEnd
            for token in end..<modelEnd { claimed[token] = true }
        }
        return result
    }

    /// The end of the model number right after a name ending at `start`, or `nil`.
    func end(after start: Int, limit: Int) -> Int? {
        guard start < limit, !context.isLineBreak(before: start) else { return nil }
        let token = context.tokens[start]
        guard token.span.length <= 2, context.tokens.span(at: start - 1).end < token.span.start,
            context.utf16[token.span.start..<token.span.end].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        // `Ariane 6 000 tonnes`, `Ligue 1 3-0`: a number that goes on is no model's.
        if start + 1 < limit, !context.traits[start + 1].isWord,
            context.tokens.span(at: start + 1).start == token.span.end
        {
            let next = context.utf16[context.tokens.span(at: start + 1).start]
            if next >= 0x30 && next <= 0x39 || next == 0x2D { return nil }
        }
        if start + 1 < limit, context.tokens.span(at: start + 1).length == 3,
            context.utf16[context.tokens.span(at: start + 1).start..<context.tokens.span(at: start + 1).end].allSatisfy(
                {
                    $0 >= 0x30 && $0 <= 0x39
                })
        {
            return nil
        }
        return start + 1
    }
}
