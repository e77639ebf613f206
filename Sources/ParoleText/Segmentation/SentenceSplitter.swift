import Foundation
import ParoleCore

/// Splits French text into sentences: ICU sentence boundaries, then French repairs.
///
/// ICU's sentence rules run with the French locale and CLDR's suppressions
/// (`fr@ss=standard`). The repairs then work on the tokens:
///
/// - a title, an inner abbreviation or an initial never ends a sentence
///   (`M. Blinken`, `cf. p. 12`, `J. K. Rowling`), nor an abbreviated month before a
///   year or a lowercase word (`le 12 sept. 2024`, see ``MonthAbbreviations``), but a one-letter initial before a
///   capitalised clause opener and a lowercase word does (`… Mac OS X. Une version …`);
/// - a period that stands alone ends a sentence even before a lowercase word or
///   a number, which ICU's rules let through (`… en 2010. 200 vols …`);
/// - `…` or `...` before a capitalised word ends a sentence;
/// - a closing `»`, `”` or `"` after final punctuation stays with its sentence
///   (straight quotes are paired to tell closing from opening), and a quotation
///   followed by a lowercase incise is one sentence (`« Partez ! » dit-il.`);
/// - no sentence starts with closing punctuation (`,` `)` `.` `/` …) or, after
///   `?` `!` or a quotation, with a lowercase word;
/// - blank lines, and line breaks after a line without final punctuation (a
///   title), end sentences (see ``LineBreaks``);
/// - a capitalised word after a word, a number or a closing bracket with no final
///   punctuation starts a sentence when the ``SentenceBoundaryModel`` finds a heading or
///   title line there (`… Saignements mineurs Troubles gastro-intestinaux`), and so
///   after a colon or a semicolon before a capitalised word or a list dash (`Absorption :
///   La concentration …`, `… en 1953 ; - Jules Roy …`), never before a quotation mark;
///   after a semicolon, a capitalised pronoun does anyway (`… ; Il`); a short verbless
///   heading that is the whole sentence so far ends before a capitalised word the lexicon
///   knows, whatever the model says (`Atteinte de la vue Ensuite, …`), and so does a line
///   ending in a number or a verbless heading before a capitalised clause opener and a
///   lowercase word (`… 3 mars 2011 Le tribunal …`, `Un village sans boulangerie Depuis …`).
package struct SentenceSplitter: Sendable {
    /// The ICU locale of the sentence rules by default.
    package static let defaultLocale = "fr"

    /// The ICU locale of the sentence rules (`fr`, or for instance `fr@ss=standard` to
    /// compare ICU's own abbreviation suppressions; the `parole` command reads it from
    /// `PAROLE_SENTENCE_LOCALE`).
    package let locale: String

    /// The abbreviation roles in use.
    package let rules: TokenizerRules
    private let sentenceBreaks: BreakIteratorPool

    /// Whether capitalised words after unpunctuated text are judged by the
    /// ``SentenceBoundaryModel`` (headings, title lines); without it they never start a sentence.
    package let usesModel: Bool

    /// Creates a splitter with `rules`, or with the shipped French lists, with the
    /// shipped boundary model unless `usesModel` is `false`, and ICU's sentence rules
    /// for `locale`.
    package init(rules: TokenizerRules? = nil, usesModel: Bool = true, locale: String = defaultLocale) throws {
        self.rules = try rules ?? .french()
        self.usesModel = usesModel
        self.locale = locale
        self.sentenceBreaks = try BreakIteratorPool(kind: .sentence, locale: locale)
    }

    /// The sentences of a text, given as UTF-16 units with its tokens.
    package func split(_ units: [UInt16], tokens: TokenList) throws -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var prepared = units
        let hasLineBreaks = LineBreaks.joinContinuations(&prepared)
        let boundaries = try sentenceBreaks.boundaries(in: prepared, statuses: false).offsets
        let context = Context(
            units: units, prepared: prepared, tokens: tokens, rules: rules, evidence: usesModel ? .shared : nil)

        var starts: [Int] = []  // token indices that begin a sentence, in order
        var cursor = 0
        for boundary in boundaries {
            let offset = Int(boundary)
            while cursor < tokens.count, tokens.span(at: cursor).end <= offset { cursor += 1 }
            guard cursor > 0, cursor < tokens.count else { continue }
            // A boundary inside a token moves after it.
            let start = tokens.span(at: cursor).start < offset ? cursor + 1 : cursor
            if start < tokens.count, start != starts.last { starts.append(start) }
        }
        // kept[i]: a sentence starts at token i.
        var kept = [Bool](repeating: false, count: tokens.count + 1)
        for start in starts {
            if hasLineBreaks, context.isHardBreak(before: start) {
                kept[start] = true
            } else if let repaired = context.repair(start) {
                kept[repaired] = true
            }
        }
        var segment = SentenceBoundaryModel.Segment()
        for index in 1..<tokens.count {
            if !kept[index] {
                if hasLineBreaks, context.isHardBreak(before: index) {
                    kept[index] = true
                } else if context.isMissedBoundary(before: index, segment: &segment, marksLines: hasLineBreaks),
                    let repaired = context.repair(index)
                {
                    kept[repaired] = true
                }
            }
            if kept[index] { segment.restart(at: index) }
        }
        return Self.sentences(startingAt: kept, tokens)
    }

    private static func sentences(startingAt kept: [Bool], _ tokens: TokenList) -> [Sentence] {
        var result: [Sentence] = []
        var first = 0
        for start in 1...tokens.count where kept[start] || start == tokens.count {
            let span = Span(start: tokens.span(at: first).start, end: tokens.span(at: start - 1).end)
            result.append(Sentence(span: span, tokens: first..<start))
            first = start
        }
        return result
    }
}

/// The boundary model with the lexicon it reads, both loaded once per process.
struct BoundaryEvidence: Sendable {
    let model: SentenceBoundaryModel
    let lexicon: FrenchLexicon

    /// The shipped model and lexicon, or `nil` when either cannot be loaded.
    static var shared: BoundaryEvidence? { loaded }

    private static let loaded: BoundaryEvidence? = {
        guard let model = try? SentenceBoundaryModel.shared(), let lexicon = try? FrenchLexicon.shared() else {
            return nil
        }
        return BoundaryEvidence(model: model, lexicon: lexicon)
    }()
}

/// The text, its tokens and the quotation-mark roles that the repairs consult.
private struct Context {
    let units: [UInt16]
    let prepared: [UInt16]
    let tokens: TokenList
    let rules: TokenizerRules
    /// The boundary model and the lexicon it reads, `nil` when either cannot be loaded.
    let evidence: BoundaryEvidence?
    /// For quote tokens, whether they open or close, straight quotes paired in order.
    let quoteRoles: [Int: QuotationMarkRole]

    init(
        units: [UInt16], prepared: [UInt16], tokens: TokenList, rules: TokenizerRules, evidence: BoundaryEvidence?
    ) {
        self.units = units
        self.prepared = prepared
        self.tokens = tokens
        self.rules = rules
        self.evidence = evidence
        var roles: [Int: QuotationMarkRole] = [:]
        var straightOpen = false
        for (index, token) in tokens.enumerated() where token.kind == .quote {
            var role = QuotationMarkRole.of(markAt: token.span.start, in: units)
            let straight = units[token.span.start] == 0x22
            if straight {
                if role == .ambiguous { role = Self.straightRole(at: token.span.start, units, open: straightOpen) }
                straightOpen = role == .opening
            }
            roles[index] = role
        }
        quoteRoles = roles
    }

    /// A straight quote between spaces closes after final punctuation, opens before
    /// a capital, and otherwise closes the quotation left open.
    /// Glued to final punctuation before and a letter after (`"enfumage"."Ils`), the pairing decides.
    private static func straightRole(at offset: Int, _ units: [UInt16], open: Bool) -> QuotationMarkRole {
        if offset > 0, offset + 1 < units.count, UnitClass.test(units[offset - 1], .terminal),
            units[offset + 1].isLetterUnit
        {
            return open ? .closing : .opening
        }
        var before = offset - 1
        while before >= 0, units[before].isSpaceUnit { before -= 1 }
        if before >= 0, UnitClass.test(units[before], .terminal) { return .closing }
        var after = offset + 1
        while after < units.count, units[after].isSpaceUnit { after += 1 }
        if after < units.count, units[after].isUppercaseUnit { return .opening }
        return open ? .closing : .opening
    }

    /// Where a sentence that may start at token `start` really starts, or `nil` when it does not.
    func repair(_ start: Int) -> Int? {
        var start = start
        let previous = tokens[start - 1]
        if isNonFinalAbbreviation(previous), !endsAtInitial(start) { return nil }
        if MonthAbbreviations.isInnerPeriod(at: start - 1, tokens: tokens, units: units) { return nil }
        // Closing quotation marks and brackets after final punctuation belong before the boundary.
        var afterQuotation = false
        if isTerminal(previous) {
            while start < tokens.count, isClosing(start),
                tokens.span(at: start).start - tokens.span(at: start - 1).end <= 1
            {
                afterQuotation = afterQuotation || tokens.kind(at: start) == .quote
                start += 1
            }
            if start == tokens.count { return nil }
        }
        let next = tokens[start]
        if next.span.start == tokens.span(at: start - 1).end {  // no white space, no boundary
            // unless a sentence is glued to the one before (`… fidèle.Marine`, `… Libye".Il`).
            if isGluedBoundary(before: start) { return start }
            if quoteRoles[start - 1] == .opening, isGluedBoundary(before: start - 1) { return start - 1 }
            return nil
        }
        if isClosingPunctuation(next) { return nil }
        let first = units[next.span.start]
        if first.isLowercaseUnit, afterQuotation || !isStandalonePeriod(tokens[start - 1]) { return nil }
        return start
    }

    /// Boundaries ICU's rules do not make: a lone period before a lowercase word
    /// or a number, and an ellipsis before a capital.
    ///
    /// When the text marks its lines (`marksLines`), a heading or a title is a line of its
    /// own, so a capitalised word right after a word inside a line starts no sentence
    /// (`Secrétaire du syndicat Force Ouvrière de l'usine, Eric Troyas …`); text with no line
    /// breaks (sentences joined by spaces) leaves those gaps to the boundary model.
    func isMissedBoundary(
        before index: Int, segment: inout SentenceBoundaryModel.Segment, marksLines: Bool
    ) -> Bool {
        let previous = tokens[index - 1]
        let next = tokens[index]
        guard next.span.start > previous.span.end else { return isGluedBoundary(before: index) }
        // A dash after final punctuation opens a list item (`… traités. - Un bolus …`).
        if isItemDash(index), previous.kind == .punct,
            previous.norm == "." || previous.norm == "!" || previous.norm == "?"
        {
            return true
        }
        if isStandalonePeriod(previous) {
            if MonthAbbreviations.isInnerPeriod(at: index - 1, tokens: tokens, units: units) { return false }
            let first = units[next.span.start]
            return first.isLowercaseUnit || first.isDigitUnit
        }
        // A capitalised word after a token with no final punctuation, a colon or a semicolon,
        // or a list dash: a heading, a list item or a title line ends there when the boundary
        // model says so. After a semicolon, a capitalised word that opens a clause starts a
        // sentence anyway (`… ; Il`).
        if let evidence, var (kind, first) = modelCandidate(before: index) {
            if marksLines, kind == .afterWord { return false }
            // A one-word capitalised heading before a list dash (`Références - Dans …`).
            if kind == .beforeDash, segment.start == index - 1, units[previous.span.start].isUppercaseUnit {
                kind = .headingBeforeDash
            }
            if evidence.model.startsSentence(
                at: index, kind: kind, first: first, tokens, units, evidence.lexicon, segment: &segment)
            {
                return true
            }
            if kind != .afterSemicolon { return false }
        }
        if previous.kind == .punct, units[previous.span.end - 1] == 0x3B, next.kind == .word,
            units[next.span.start].isUppercaseUnit, opensClause(next)
        {
            return true
        }
        guard previous.kind == .punct, previous.norm == "…" || previous.norm.hasPrefix("...") else { return false }
        var candidate = index
        if quoteRoles[candidate] == .opening, candidate + 1 < tokens.count { candidate += 1 }
        return units[tokens.span(at: candidate).start].isUppercaseUnit
    }

    /// What comes before the gap before token `index` when the boundary model judges it,
    /// with the word that would begin the sentence (token `index`, or after a list dash
    /// `index + 1`): a word or a number without final punctuation, a closing bracket not
    /// after final punctuation, a colon or a semicolon, before a capitalised word or a list
    /// dash (after a colon or a semicolon, a dash before any word); `nil` for any other gap,
    /// and so before a quotation mark (`Il a déclaré : « … »` stays one sentence).
    private func modelCandidate(before index: Int) -> (BoundaryFeatures.Kind, Int)? {
        let previous = tokens[index - 1]
        let dash = isItemDash(index)
        let first = dash ? index + 1 : index
        let word = tokens[first]
        guard word.kind == .word else { return nil }
        let last = units[previous.span.end - 1]
        let separator = previous.kind == .punct && previous.span.length == 1 && (last == 0x3A || last == 0x3B)
        if dash, separator {
            return (last == 0x3A ? .dashAfterColon : .dashAfterSemicolon, first)
        }
        guard units[word.span.start].isUppercaseUnit else { return nil }
        let kind: BoundaryFeatures.Kind
        switch previous.kind {
        case .word where last != 0x2E, .number where last != 0x2E:
            kind = .afterWord
        case .punct where last == 0x29 || last == 0x5D:  // ) ]
            guard index < 2 || !isTerminal(tokens[index - 2]) else { return nil }
            kind = .afterBracket
        case .punct where separator && !dash:  // : ;
            kind = last == 0x3A ? .afterColon : .afterSemicolon
        default:
            return nil
        }
        return (dash ? .beforeDash : kind, first)
    }

    /// Whether a sentence glued to the one before starts at token `start`: final punctuation
    /// (`.` `?` `!` `…`), maybe between closing quotation marks or brackets, with no space
    /// around it, after a word that can end a sentence, a closing quotation mark or bracket,
    /// or a number before a clause opener (`… 2021.Les`), and before a capitalised word that
    /// can start one, maybe after an opening quotation mark (see ``GluedBoundary``).
    private func isGluedBoundary(before start: Int) -> Bool {
        guard start >= 2, start + 1 < tokens.count else { return false }
        var word = start
        if tokens.kind(at: start) == .quote, quoteRoles[start] == .opening, isGlued(start + 1) { word += 1 }
        guard tokens.kind(at: word) == .word, units[tokens.span(at: word).start].isUppercaseUnit else { return false }
        var last = start - 1
        while last > 0, isClosing(last), isGlued(last) { last -= 1 }
        guard last > 0, isGlued(last), isGlued(last + 1), tokens.kind(at: last) == .punct,
            units[tokens.span(at: last).start..<tokens.span(at: last).end].allSatisfy({
                $0 == 0x2E || $0 == 0x3F || $0 == 0x21 || $0 == 0x2026
            })
        else { return false }
        var before = last - 1
        while before > 0, isClosing(before), isGlued(before + 1) { before -= 1 }
        guard let lexicon = evidence?.lexicon ?? (try? FrenchLexicon.shared()) else { return false }
        let right = text(word)
        switch tokens.kind(at: before) {
        case .word where before == last - 1:
            let left = text(before)
            return GluedBoundary.endsSentence(left, lexicon: lexicon, rules: rules)
                && GluedBoundary.startsSentence(
                    right, afterLowercase: units[tokens.span(at: before).start].isLowercaseUnit, lexicon: lexicon,
                    rules: rules)
        case .number where before == last - 1:
            return opensClause(tokens[word])
        default:
            return before < last - 1
                && GluedBoundary.startsSentence(
                    right, afterLowercase: false, lexicon: lexicon, rules: rules)
        }
    }

    /// Whether token `index` starts where the token before it ends.
    private func isGlued(_ index: Int) -> Bool { tokens.span(at: index).start == tokens.span(at: index - 1).end }

    private func text(_ index: Int) -> String {
        String(utf16Units: units[tokens.span(at: index).start..<tokens.span(at: index).end])
    }

    func isHardBreak(before index: Int) -> Bool {
        let gap = tokens.span(at: index - 1).end..<tokens.span(at: index).start
        return gap.contains { UnitClass.test(prepared[$0], .lineBreak) }
    }

    /// Whether the lexicon knows `token` once lowercased as a word that opens a clause (a
    /// determiner, a pronoun, an adposition, an adverb, a subordinating conjunction: `Les`,
    /// `Cette`, `Il`, `En`, `Qu'`), and not as a name as written (`Lucien`).
    private func opensClause(_ token: Token) -> Bool {
        guard let lexicon = evidence?.lexicon else { return false }
        let written = lexicon.classes(of: String(utf16Units: units[token.span.start..<token.span.end]))
        guard !written.contains(.properNoun), let form = lexicon.formIndex(token.norm) else { return false }
        return UInt64(lexicon.classes(atForm: form).rawValue) & BoundaryFeatures.clauseOpeners != 0
    }

    /// Whether token `index` is a dash that opens a list item or a dialogue turn: `-`, `–`
    /// or `—` between spaces (ICU's rules never break before one).
    private func isItemDash(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punct, token.span.length == 1, index + 1 < tokens.count else { return false }
        switch units[token.span.start] {
        case 0x2D, 0x2013, 0x2014: return tokens.span(at: index + 1).start > token.span.end
        default: return false
        }
    }

    /// Whether a sentence ends at a one-letter initial before token `start`: a capitalised
    /// word the lexicon knows as a clause opener and not as a name, followed by a lowercase word
    /// (`… sous Mac OS X. Une version …`, `… et Dagobert I. Ils la donnent …`), never after a
    /// title (`M. Le Pen`) nor before a name (`J. La Fontaine`).
    private func endsAtInitial(_ start: Int) -> Bool {
        let previous = tokens[start - 1]
        guard previous.kind == .word, previous.span.length == 2, isInitials(previous.span),
            start + 1 < tokens.count, tokens.kind(at: start) == .word, tokens.kind(at: start + 1) == .word,
            units[tokens.span(at: start).start].isUppercaseUnit,
            units[tokens.span(at: start + 1).start].isLowercaseUnit
        else { return false }
        let text = String(utf16Units: units[previous.span.start..<previous.span.end])
        return rules.abbreviationRole(text) != .title && opensClause(tokens[start])
    }

    private func isStandalonePeriod(_ token: Token) -> Bool {
        token.span.length == 1 && units[token.span.start] == 0x2E
    }

    /// Whether the abbreviation `token` goes on rather than ending a sentence (the tokenizer
    /// keeps a number's label such as `vol.` whole only before its number).
    private func isNonFinalAbbreviation(_ token: Token) -> Bool {
        guard token.kind == .word, units[token.span.end - 1] == 0x2E else { return false }
        if isInitials(token.span) { return true }
        let text = String(utf16Units: units[token.span.start..<token.span.end])
        switch rules.abbreviationRole(text) {
        case .title, .inner, .numbered: return true
        case .final, nil: return false
        }
    }

    /// `J.`, `H.R.F.`: capitals each followed by a period.
    private func isInitials(_ span: Span) -> Bool {
        guard span.length >= 2, span.length % 2 == 0 else { return false }
        return stride(from: span.start, to: span.end, by: 2).allSatisfy {
            units[$0].isUppercaseUnit && units[$0 + 1] == 0x2E
        }
    }

    private func isTerminal(_ token: Token) -> Bool {
        switch token.kind {
        case .punct: token.norm.hasSuffix(".") || token.norm == "!" || token.norm == "?" || token.norm == "…"
        case .word: token.norm.hasSuffix(".")
        default: false
        }
    }

    private func isClosing(_ index: Int) -> Bool {
        if let role = quoteRoles[index] { return role == .closing }
        return tokens.norm(at: index) == ")" || tokens.norm(at: index) == "]"
    }

    /// Punctuation that cannot begin a sentence.
    private func isClosingPunctuation(_ token: Token) -> Bool {
        guard token.kind == .punct || token.kind == .quote else { return false }
        switch units[token.span.start] {
        case 0x2C, 0x3B, 0x3A, 0x2E, 0x3F, 0x21, 0x2026, 0x29, 0x5D, 0x7D, 0x2F, 0xBB, 0x201D: return true
        default: return false
        }
    }
}
