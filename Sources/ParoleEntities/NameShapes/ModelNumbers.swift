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

    /// `mentions` with the organisations and places that a number of one or two digits
    /// follows taking it in, run after ``NumberedCampuses``: a school, a court, a union's
    /// branch or an electoral list numbered after its name (`CEG 11`, `TGI Ouaga 1`, `CFDT
    /// Agri-Agro 35`, `Québec 21`). A place so numbered names a body, no longer the place;
    /// a street's house number (`rue de la Barre 8`) and a number that counts the noun
    /// after it (`Bruges 3 buts`, `Genève 12 mars`) stay out.
    func applyToBodies(_ mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        for position in result.indices {
            let mention = result[position]
            guard mention.label == .organization || mention.label == .location,
                context.traits[mention.tokens.lowerBound].isCapitalized
            else { continue }
            let end = mention.tokens.upperBound
            guard end < claimed.count, !claimed[end], let numberEnd = self.end(after: end, limit: claimed.count),
                !countsNoun(after: numberEnd), !goesOn(after: numberEnd)
            else { continue }
            result[position].tokens = mention.tokens.lowerBound..<numberEnd
            if mention.label == .location {
                result[position].label = .organization
                result[position].isDefault = false
            }
            for token in end..<numberEnd { claimed[token] = true }
        }
        return result
    }

    /// Whether the word at `index` is a noun, an adjective or a calendar word that a number
    /// before it counts or dates (`3 buts`, `12 mars`), or a lowercase word no list knows, a
    /// unit's abbreviation (`Anvers 2 sh`, a freight rate).
    private func countsNoun(after index: Int) -> Bool {
        guard index < context.tokens.count, !context.isLineBreak(before: index) else { return false }
        let traits = context.traits[index]
        guard traits.isWord else { return false }
        return traits.isCalendarWord || traits.wordClass == .noun || traits.wordClass == .adjective
            || traits.isAdjective || !traits.isCapitalized && !traits.isCommonWord
    }

    /// Whether the number before `index` is a figure of a list, a table or an address rather
    /// than a name's: another figure follows it (`Paris 29 25`, a price in a market report;
    /// `Nord 5 0/0`), or a per cent sign (`Japon 4 % 1905`), or a comma or a full stop and a
    /// figure (`Orléans 7 , 000 balles`, `Seine 43 . 983`), or a comma and a street's noun
    /// (`Société Générale 21 , rue Auber`).
    private func goesOn(after index: Int) -> Bool {
        guard index < context.tokens.count, !context.isLineBreak(before: index) else { return false }
        if startsWithDigit(index) || context.isPunct(index, 0x25) { return true }
        guard context.isPunct(index, 0x2C) || context.isPunct(index, 0x2E), index + 1 < context.tokens.count,
            !context.isLineBreak(before: index + 1)
        else { return false }
        return startsWithDigit(index + 1)
            || context.isPunct(index, 0x2C) && context.traits[index + 1].cue.contains(.streetHead)
    }

    /// Whether token `index` begins with a digit.
    private func startsWithDigit(_ index: Int) -> Bool {
        let unit = context.utf16[context.tokens.span(at: index).start]
        return unit >= 0x30 && unit <= 0x39
    }

    /// Whether a model number stands right after a name ending at `start` in `sentence`,
    /// one that neither counts nor dates the word after it (`Ariane 6 décolle`, not
    /// `Marie 3 buts`).
    func numbersModel(after start: Int, _ sentence: Range<Int>) -> Bool {
        guard let numberEnd = end(after: start, limit: sentence.upperBound) else { return false }
        return numberEnd >= sentence.upperBound || !countsNoun(after: numberEnd) && !goesOn(after: numberEnd)
    }

    /// The end of the model number right after a name ending at `start`, or `nil`.
    func end(after start: Int, limit: Int) -> Int? {
        guard start < limit, !context.isLineBreak(before: start) else { return nil }
        let token = context.tokens[start]
        guard token.span.length <= 2, context.tokens.span(at: start - 1).end < token.span.start, isDigits(start)
        else { return nil }
        // `Ariane 6 000 tonnes`, `Ligue 1 3-0`: a number that goes on is no model's.
        if start + 1 < limit, !context.traits[start + 1].isWord,
            context.tokens.span(at: start + 1).start == token.span.end,
            startsWithDigit(start + 1) || context.utf16[token.span.end] == 0x2D
        {
            return nil
        }
        if start + 1 < limit, context.tokens.span(at: start + 1).length == 3, isDigits(start + 1) { return nil }
        return start + 1
    }

    /// Whether token `index` is written in digits only.
    private func isDigits(_ index: Int) -> Bool {
        let span = context.tokens.span(at: index)
        return context.utf16[span.start..<span.end].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
