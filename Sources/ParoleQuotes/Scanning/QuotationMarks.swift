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
    /// The tokens between the marks.
    var inner: Range<Int> { (open + 1)..<(isOpenEnded ? close + 1 : close) }
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
/// quoted from its mark to the paragraph's end. A guillemet opened while
/// another, two sentences or more before, is still open, drops that one: it was
/// never closed.
enum QuotationMarkPairing {
    /// The families of marks that pair with each other.
    private enum Family {
        case guillemet, double, straightDouble, single, straightSingle

        /// Whether an open mark of `self` can be closed by a mark of `closing`.
        func isClosed(by closing: Family) -> Bool {
            switch (self, closing) {
            case (.guillemet, .guillemet), (.double, .double), (.straightDouble, .straightDouble),
                (.double, .straightDouble), (.straightDouble, .double),
                (.single, .single), (.single, .straightSingle), (.straightSingle, .straightSingle),
                (.straightSingle, .single):
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
        for index in 0..<text.count {
            if text.startsLine(index) && index > 0 {
                if let first = stack.first, first.family == .guillemet || first.family == .double,
                    opensClause(first.index, in: text),
                    text.isQuotationMark(index),
                    QuotationMarkRole.of(markAt: text.tokens.span(at: index).start, in: text.units) == .opening,
                    first.index + 1 < index
                {
                    pairs.append(MarkPair(open: first.index, close: index - 1, isOpenEnded: true))
                }
                stack.removeAll()
            }
            guard text.isQuotationMark(index) else { continue }
            let offset = text.tokens.span(at: index).start
            guard offset < text.units.count else { continue }
            let family: Family
            let opens: Bool
            switch text.units[offset] {
            case 0xAB, 0x2039:  // « ‹
                family = .guillemet
                opens = true
            case 0xBB, 0x203A:  // » ›
                family = .guillemet
                opens = false
            case 0x201C, 0x201E:  // “ „
                family = .double
                opens = true
            case 0x201D:  // ” (also used to open in some texts)
                family = .double
                opens =
                    !stack.contains { $0.family.isClosed(by: .double) }
                    && QuotationMarkRole.of(markAt: offset, in: text.units) == .opening
            case 0x2018:  // ‘
                family = .single
                opens = true
            case 0x2019:  // ’ standing alone
                family = .single
                opens = false
            case 0x27:  // '
                family = .straightSingle
                opens = opensStraight(.straightSingle, at: offset, stack: stack, units: text.units)
            default:  // " and other double marks
                family = .straightDouble
                opens = opensStraight(.straightDouble, at: offset, stack: stack, units: text.units)
            }
            if opens {
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
            }
        }
        return pairs.sorted { $0.open < $1.open }
    }

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
