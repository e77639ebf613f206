import ParoleCore
import ParoleText

/// A matched pair of quotation marks, by token index.
struct MarkPair: Hashable, Sendable {
    /// The opening mark.
    let open: Int
    /// The closing mark, or the last token of the paragraph of an open-ended quotation.
    let close: Int
    /// Whether the quotation runs to the end of its paragraph without a closing mark,
    /// as a quotation over several paragraphs does, each one opening with a mark.
    var isOpenEnded = false
    /// The tokens of each mark: 2 for a single mark typed twice (`‘’ … ’’`), whose
    /// `open` and `close` are the outer tokens, so that the words around the pair are
    /// read as around any other mark.
    var markLength = 1
    /// The tokens between the marks.
    var inner: Range<Int> { (open + markLength)..<(isOpenEnded ? close + 1 : close + 1 - markLength) }
}

/// Pairs the quotation marks of a text: « », “ ”, „ ”, " ", ‘ ’ and ' '.
///
/// Marks nest (“ ” inside « »). A straight mark's role comes from its neighbours
/// (``QuotationMarkRole``) and, when they do not tell, from whether one is open. A
/// closing mark closes the nearest open mark of its family, dropping marks opened
/// after it. Marks still open at a line break are dropped, so an unmatched mark never
/// runs past its paragraph; but a paragraph that opens « at the start of a clause (at
/// the line's start, after a colon or an end mark) and does not close it, followed by a
/// paragraph that opens with « again, is a quotation over several paragraphs: it is
/// quoted from its mark to the paragraph's end. Such a mark left open at the end of a
/// paragraph that ends a sentence, alone, waits for its closing mark over the next
/// paragraphs (at most three line breaks) when they do not open a mark of its family at
/// their start (a quotation inside it may open and close in them): some outlets quote
/// several paragraphs with one pair of marks; when the text ends first, the quotation runs
/// to its end. A guillemet opened while
/// another, two sentences or more before, is still open, drops that one: it was
/// never closed.
enum QuotationMarkPairing {
    /// The families of marks that pair with each other.
    private enum Family {
        case guillemet, double, straightDouble, single, straightSingle, doubledSingle

        /// Whether an open mark of `self` can be closed by a mark of `closing`.
        func isClosed(by closing: Family) -> Bool {
            switch (self, closing) {
            case (.guillemet, .guillemet), (.double, .double), (.straightDouble, .straightDouble),
                (.double, .straightDouble), (.straightDouble, .double),
                (.single, .single), (.single, .straightSingle), (.straightSingle, .straightSingle),
                (.straightSingle, .single), (.doubledSingle, .doubledSingle):
                return true
            default:
                return false
            }
        }
    }

    /// The pairs of `text`, ordered by opening mark.
    static func pairs(in text: QuoteText) -> [MarkPair] {
        var stack: [(index: Int, family: Family)] = []
        var pairs: [MarkPair] = []
        // A mark left open at the end of its paragraph, waiting for its closing mark in
        // the next paragraphs (`breaks`: the line breaks crossed).
        var carried: (index: Int, family: Family, breaks: Int)?
        // The second mark of a doubled single mark, read with the first.
        var skipped = -1
        for index in 0..<text.count {
            if text.startsLine(index) && index > 0 {
                carried = lineBreak(before: index, stack: stack, carried: carried, pairs: &pairs, in: text)
                stack.removeAll()
            }
            guard text.isQuotationMark(index), index != skipped else { continue }
            let offset = text.tokens.span(at: index).start
            guard offset < text.units.count else { continue }
            // `‘’volonté de projection’’`: two single marks side by side are one double mark.
            if isDoubledSingle(at: index, in: text) {
                skipped = index + 1
                if let position = stack.lastIndex(where: { $0.family == .doubledSingle }) {
                    let open = stack[position].index
                    stack.removeSubrange(position...)
                    if open + 2 < index { pairs.append(MarkPair(open: open, close: index + 1, markLength: 2)) }
                } else if text.units[offset] == 0x2019,
                    let position = stack.lastIndex(where: { $0.family == .guillemet }),
                    !startsWord(after: index + 1, in: text)
                {
                    // `« J'ai déjà planifié la préparation ’’`: the doubled mark closes a guillemet.
                    let open = stack[position].index
                    stack.removeSubrange(position...)
                    if open + 1 < index { pairs.append(MarkPair(open: open, close: index)) }
                } else {
                    stack.append((index, .doubledSingle))
                }
                continue
            }
            let (family, opens) = role(ofMarkAt: offset, stack: stack, units: text.units)
            if opens {
                // A new quotation opens a paragraph: the mark left open paragraphs before was
                // never closed. (Not a quotation inside the one left open, in the middle of a
                // paragraph: `J'ai envie de dire : « Courage ! »`.)
                if let waiting = carried, waiting.family == family, text.startsLine(index) { carried = nil }
                if family == .guillemet, let open = stack.lastIndex(where: { $0.family == .guillemet }),
                    text.sentence(of: index) - text.sentence(of: stack[open].index) >= 2
                {
                    stack.remove(at: open)
                }
                stack.append((index, family))
            } else if let position = stack.lastIndex(where: { $0.family.isClosed(by: family) }) {
                let open = stack[position].index
                stack.removeSubrange(position...)
                if open + 1 < index { pairs.append(MarkPair(open: open, close: index)) }
            } else if let waiting = carried, waiting.family.isClosed(by: family) {
                // `« … équipe.` ¶ `Nous défendons … matchs. »`: one quotation over paragraphs
                // that do not open with a mark again.
                pairs.append(MarkPair(open: waiting.index, close: index))
                carried = nil
            }
        }
        endOfText(stack: stack, carried: carried, pairs: &pairs, in: text)
        return pairs.sorted { $0.open < $1.open }
    }

    /// At the end of the text: a quotation opened at the start of a clause and never
    /// closed, in the last paragraph (`… et d'ajouter : « Nous ne céderons pas.` ending the
    /// article) or left open at the end of an earlier one and still waiting, is quoted to the
    /// end of the text when the text ends a sentence: the article ends inside the words quoted.
    private static func endOfText(
        stack: [(index: Int, family: Family)], carried: (index: Int, family: Family, breaks: Int)?,
        pairs: inout [MarkPair], in text: QuoteText
    ) {
        let last = text.count - 1
        guard last > 0, text.isTerminal(last) else { return }
        if stack.count == 1, let first = stack.first,
            [.guillemet, .double, .straightDouble].contains(first.family),
            opensClause(first.index, in: text), first.index + 1 < last
        {
            pairs.append(MarkPair(open: first.index, close: last, isOpenEnded: true))
        } else if stack.isEmpty, let waiting = carried, waiting.index + 1 < last {
            pairs.append(MarkPair(open: waiting.index, close: end(of: waiting.index, in: text), isOpenEnded: true))
        }
    }

    /// Where a quotation left open at the end of the paragraph of `open`, and never closed,
    /// ends: at the end of the text when it opens its paragraph or when the paragraphs after
    /// it speak in the first person somewhere (`J'ai toujours essayé de le convaincre.`); at
    /// the end of its own paragraph when it opened inside narration and they only narrate
    /// (`a réagi : « Nous avons tout tenté.` ¶ `Les élus dénoncent …`).
    private static func end(of open: Int, in text: QuoteText) -> Int {
        let last = text.count - 1
        guard !text.startsLine(open), let paragraphEnd = (open + 1...last).first(where: { text.startsLine($0) }) else {
            return last
        }
        let speaks = (paragraphEnd...last).contains { text.keyword($0)?.isFirstPerson == true }
        return speaks || paragraphEnd - 1 <= open + 1 ? last : paragraphEnd - 1
    }

    /// The family of the mark at UTF-16 `offset` and whether it opens. A closing
    /// guillemet opens when none is open and it stands before a word with a space or a
    /// line start before it (`il faudra »habituer » son groupe`, `»J'ai travaillé …`);
    /// an opening curly mark closes when one is open and it stands after a word.
    private static func role(
        ofMarkAt offset: Int, stack: [(index: Int, family: Family)], units: [UInt16]
    ) -> (family: Family, opens: Bool) {
        switch units[offset] {
        case 0xAB, 0x2039:  // « ‹
            return (.guillemet, true)
        case 0xBB, 0x203A:  // » ›
            let reversed =
                !stack.contains { $0.family == .guillemet } && offset + 1 < units.count
                && isLetter(units[offset + 1]) && (offset == 0 || isSpace(units[offset - 1]))
            return (.guillemet, reversed)
        case 0x201C:  // “ (also used to close in some texts: `… la grande inconnue“, explique X`)
            let after: UInt16 = offset + 1 < units.count ? units[offset + 1] : 0x20
            let closes =
                stack.contains { $0.family.isClosed(by: .double) } && offset > 0 && !isSpace(units[offset - 1])
                && (isSpace(after) || [0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29].contains(after))
            return (.double, !closes)
        case 0x201E:  // „
            return (.double, true)
        case 0x201D:  // ” (also used to open in some texts)
            let opens =
                !stack.contains { $0.family.isClosed(by: .double) }
                && QuotationMarkRole.of(markAt: offset, in: units) == .opening
            return (.double, opens)
        case 0x2018:  // ‘
            return (.single, true)
        case 0x2019:  // ’ standing alone
            return (.single, false)
        case 0x27:  // '
            return (.straightSingle, opensStraight(.straightSingle, at: offset, stack: stack, units: units))
        default:  // " and other double marks
            return (.straightDouble, opensStraight(.straightDouble, at: offset, stack: stack, units: units))
        }
    }

    /// Whether the mark at token `index` and the next token are two single marks (‘ or ’)
    /// with nothing between them: `‘’` or `’’` written for a double mark.
    private static func isDoubledSingle(at index: Int, in text: QuoteText) -> Bool {
        guard index + 1 < text.count, text.isQuotationMark(index + 1) else { return false }
        let first = text.tokens.span(at: index)
        let second = text.tokens.span(at: index + 1)
        guard first.end == second.start, second.start < text.units.count else { return false }
        let isSingle: (UInt16) -> Bool = { $0 == 0x2018 || $0 == 0x2019 }
        return isSingle(text.units[first.start]) && isSingle(text.units[second.start])
    }

    /// Whether a letter follows the token `index` with no space between them.
    private static func startsWord(after index: Int, in text: QuoteText) -> Bool {
        let end = text.tokens.span(at: index).end
        return end < text.units.count && isLetter(text.units[end])
    }

    /// Whether UTF-16 unit `unit` is a letter (ASCII or Latin-1 and Latin Extended).
    private static func isLetter(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
            || (0xC0...0x24F).contains(unit)
                && unit != 0xD7 && unit != 0xF7
    }

    /// Whether UTF-16 unit `unit` is a space or a line break (with the no-break spaces).
    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x0A || unit == 0x0D || unit == 0x09 || unit == 0xA0 || unit == 0x202F
    }

    /// At the line break before token `index`: adds the quotation over several paragraphs
    /// that opens each paragraph with a mark, and returns the mark left open that waits for
    /// its closing mark in the next paragraphs, if any (`carried`, the one waiting so far).
    private static func lineBreak(
        before index: Int, stack: [(index: Int, family: Family)], carried: (index: Int, family: Family, breaks: Int)?,
        pairs: inout [MarkPair], in text: QuoteText
    ) -> (index: Int, family: Family, breaks: Int)? {
        // (Not into a dialogue turn: `« Viens.` ¶ `— Non. »` are two turns.)
        let turn = text.isDash(index)
        if let first = stack.first, first.family == .guillemet || first.family == .double,
            opensClause(first.index, in: text),
            text.isQuotationMark(index),
            QuotationMarkRole.of(markAt: text.tokens.span(at: index).start, in: text.units) == .opening,
            first.index + 1 < index
        {
            pairs.append(MarkPair(open: first.index, close: index - 1, isOpenEnded: true))
        } else if let waiting = carried, stack.isEmpty {
            return !turn && waiting.breaks < maxCarriedBreaks
                ? (waiting.index, waiting.family, waiting.breaks + 1) : nil
        } else if stack.count == 1, let first = stack.first, first.family == .guillemet || first.family == .double,
            opensClause(first.index, in: text), text.isTerminal(index - 1), first.index + 1 < index - 1
        {
            return turn ? nil : (first.index, first.family, 1)
        }
        return nil
    }

    /// The most line breaks between a mark left open at the end of its paragraph and the
    /// mark that closes it.
    private static let maxCarriedBreaks = 3

    /// Whether the mark at `index` stands where a clause starts: at the start of a line,
    /// after a colon, an end mark or a dash.
    private static func opensClause(_ index: Int, in text: QuoteText) -> Bool {
        guard index > 0, !text.startsLine(index) else { return true }
        let previous = index - 1
        return text.isPunctuation(previous, .colon) || text.isTerminal(previous) || text.isDash(previous)
    }

    /// Whether a straight mark opens: it closes when one of its family is open;
    /// otherwise it opens unless its neighbours say it closes.
    private static func opensStraight(
        _ family: Family, at offset: Int, stack: [(index: Int, family: Family)], units: [UInt16]
    ) -> Bool {
        let role = QuotationMarkRole.of(markAt: offset, in: units)
        let isOpen = stack.contains { $0.family.isClosed(by: family) }
        if isOpen { return false }
        return role != .closing
    }
}
