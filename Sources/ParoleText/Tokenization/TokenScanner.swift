import ParoleCore

/// One pass of the French tokenization rules over ICU's word pieces.
///
/// ICU's pieces are kept in an array; each rule looks at the piece under the
/// cursor and its neighbours, emits one or more tokens and says where to go on.
/// A rule that stops inside a piece trims the piece's start, so that nothing is
/// lost or emitted twice.
struct TokenScanner {
    /// A stretch of text between two ICU word boundaries, kept small (8 bytes)
    /// because a long document has millions of them: offsets take 31 bits (a
    /// document holds fewer than 2³¹ code units), the high bits say whether the
    /// piece is a web address (start) or an e-mail address (end).
    private struct Piece {
        private var storedStart: UInt32
        private var storedEnd: UInt32

        init(start: Int, end: Int, address: Token.Kind?) {
            storedStart = UInt32(start) | (address == .url ? Self.flag : 0)
            storedEnd = UInt32(end) | (address == .email ? Self.flag : 0)
        }

        private static let flag: UInt32 = 1 << 31

        var start: Int {
            @inline(__always) get { Int(storedStart & ~Self.flag) }
            set { storedStart = storedStart & Self.flag | UInt32(newValue) }
        }

        var end: Int {
            @inline(__always) get { Int(storedEnd & ~Self.flag) }
            set { storedEnd = storedEnd & Self.flag | UInt32(newValue) }
        }

        /// Set when the piece is a web or e-mail address.
        var address: Token.Kind? {
            storedStart & Self.flag != 0 ? .url : storedEnd & Self.flag != 0 ? .email : nil
        }
    }

    private let units: UnsafeBufferPointer<UInt16>
    private let rules: TokenizerRules
    private var pieces: [Piece] = []
    private var tokens = TokenList.Builder()
    /// Each distinct spelling met, with its norm's index in the token list's norms, so
    /// that a spelling is normalized once per document rather than once per token.
    private var spellings: SpellingTable
    private var lastBoundary = 0
    /// The lexicon, loaded on the first period between two words (`nil` until then).
    private var lexicon: FrenchLexicon??

    /// A scanner of `units`; feed it ICU's word boundaries with ``addBoundary(_:_:)``, then ``scan()``.
    init(units: UnsafeBufferPointer<UInt16>, rules: TokenizerRules) {
        self.units = units
        self.rules = rules
        // About one distinct spelling every 16 units of a news article; the table grows.
        spellings = SpellingTable(units: units, expected: min(units.count / 16, 8192))
        pieces.reserveCapacity(units.count / 4 + 16)
    }

    /// The end of the next ICU word segment.
    mutating func addBoundary(_ end: Int) {
        // A piece may open with U+202F (`«\u{202F}Nous`): appendPiece cuts it off.
        if end > lastBoundary, !Self.isBlank(units[lastBoundary]) || units[lastBoundary] == 0x202F {
            appendPiece(lastBoundary, end)
        }
        lastBoundary = end
    }

    /// Adds a piece, cut at narrow no-break spaces: UAX #29 lets U+202F join words
    /// (it is ExtendNumLet), but French puts it before `:` `;` `!` `?` and inside
    /// numbers, where ``groupedNumber(at:)`` joins the digit groups again.
    private mutating func appendPiece(_ start: Int, _ end: Int) {
        var from = start
        var position = start
        while position < end {
            let unit = units[position]
            if unit == 0x202F {
                if position > from { pieces.append(Piece(start: from, end: position, address: nil)) }
                from = position + 1
            } else if unit == 0x2E, position > from, position + 2 < end, units[position - 1].isLetterUnit,
                units[position + 1].isUppercaseUnit, splitsGluedSentence(at: position, from: from, to: end)
            {  // "fidèle.Marine": the word, the period, the next sentence's first word
                pieces.append(Piece(start: from, end: position, address: nil))
                pieces.append(Piece(start: position, end: position + 1, address: nil))
                from = position + 1
            }
            position += 1
        }
        if end > from { pieces.append(Piece(start: from, end: end, address: nil)) }
    }

    /// Whether the period at `dot`, inside the word piece `from..<end` that ICU made of two
    /// words (`fidèle.Marine`), ends a sentence glued to the next (see ``GluedBoundary``).
    private mutating func splitsGluedSentence(at dot: Int, from: Int, to end: Int) -> Bool {
        // The word before the period, maybe after an elided word (`l'assemblée`), must begin
        // the piece or follow an earlier cut: `v2.Beta`, `site.Fr.Le` do not qualify. Each
        // run of letters is read once or twice, so a long chain of periods stays linear.
        var left = dot
        while left > from, units[left - 1].isLetterUnit { left -= 1 }
        if left > from + 1, UnitClass.test(units[left - 1], .apostrophe) {
            left -= 1
            while left > from, units[left - 1].isLetterUnit { left -= 1 }
        }
        guard left == from else { return false }
        if self.lexicon == nil { self.lexicon = .some(try? FrenchLexicon.shared()) }
        guard case .some(.some(let lexicon)) = self.lexicon else { return false }
        var right = dot + 1
        while right < end, units[right] != 0x2E { right += 1 }
        return GluedBoundary.endsSentence(text(left..<dot), lexicon: lexicon, rules: rules)
            && GluedBoundary.startsSentence(
                text(dot + 1..<right), afterLowercase: units[left].isLowercaseUnit, lexicon: lexicon, rules: rules)
    }

    /// Runs the rules over every piece and returns the tokens.
    mutating func scan() -> TokenList {
        let addresses = WebAddressScanner.scan(units)
        if !addresses.isEmpty { insert(addresses) }
        // Elisions and clock times make more tokens than pieces, merged numbers and
        // abbreviations fewer: the two nearly cancel out in running text.
        tokens = TokenList.Builder(capacity: pieces.count + pieces.count / 16 + 16)
        var index = 0
        while index < pieces.count { index = step(index) }
        pieces = []
        return tokens.finish()
    }

    // MARK: - Rules

    private mutating func step(_ index: Int) -> Int {
        let piece = pieces[index]
        if let kind = piece.address {
            emit(piece.start, piece.end, kind)
            return index + 1
        }
        if startsAlphanumeric(index) {
            if let next = abbreviation(at: index) { return next }
            if let next = groupedNumber(at: index) { return next }
            if let next = slashedNumber(at: index) { return next }
            if let next = clockTime(at: index) { return next }
            return compound(at: index)
        }
        let unit = units[piece.start]
        let classes = UnitClass.of(unit)
        if classes.contains(.quotationMark) || classes.contains(.apostrophe) {
            emit(piece.start, piece.end, .quote)
            return index + 1
        }
        if unit == 0x2E || unit == 0x2D {  // runs of periods ("...") or hyphens ("--")
            var last = index
            while isSingle(last + 1, unit), touches(last + 1) { last += 1 }
            emit(piece.start, pieces[last].end, .punct)
            return last + 1
        }
        if unit == 0xB0, touches(index + 1), pieces[index + 1].end - pieces[index + 1].start == 1,
            units[pieces[index + 1].start] == 0x43 || units[pieces[index + 1].start] == 0x46
        {  // "°C", "°F"
            emit(piece.start, pieces[index + 1].end, .symbol)
            return index + 2
        }
        let kind: Token.Kind =
            classes.contains(.punctuation) || classes.contains(.dash) || classes.contains(.terminal)
            ? .punct : .symbol
        emit(piece.start, piece.end, kind)
        return index + 1
    }

    /// Digits joined by slashes: dates and fractions (`25/01/06`, `1/10`).
    private mutating func slashedNumber(at index: Int) -> Int? {
        guard allDigits(pieces[index].start..<pieces[index].end) else { return nil }
        var last = index
        while isSingle(last + 1, 0x2F), touches(last + 1), touches(last + 2),
            allDigits(pieces[last + 2].start..<pieces[last + 2].end)
        {
            last += 2
        }
        guard last > index else { return nil }
        emit(pieces[index].start, pieces[last].end, .number)
        return last + 1
    }

    /// A clock time written as one word splits as three tokens: `20h30` → `20` `h` `30`.
    private mutating func clockTime(at index: Int) -> Int? {
        let piece = pieces[index]
        var hour = piece.start
        while hour < piece.end, units[hour].isDigitUnit { hour += 1 }
        guard hour > piece.start, hour - piece.start <= 2, hour < piece.end,
            units[hour] == 0x68 || units[hour] == 0x48, allDigitsOrEmpty(hour + 1..<piece.end),
            piece.end - hour - 1 <= 2
        else { return nil }
        emit(piece.start, hour, .number)
        emit(hour, hour + 1, .word)
        if hour + 1 < piece.end { emit(hour + 1, piece.end, .number) }
        return index + 1
    }

    /// `I V X L C D M`.
    private static let romanDigits: Set<UInt16> = [0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D]

    /// Whether a number follows the offset `end` after spaces: digits, or capital Roman
    /// digits ending a word (`vol. 3`, `chap. XII`).
    private func numberFollows(_ end: Int) -> Bool {
        var index = end
        while index < units.count, units[index].isSpaceUnit { index += 1 }
        guard index < units.count else { return false }
        if units[index].isDigitUnit { return true }
        var last = index
        while last < units.count, Self.romanDigits.contains(units[last]) { last += 1 }
        return last > index && (last == units.count || !units[last].isLetterUnit)
    }

    /// `M.`, `etc.`, `J.-C.`, initials (`J. K. Rowling`) and dotted acronyms (`R.E.M.`).
    private mutating func abbreviation(at index: Int) -> Int? {
        let start = pieces[index].start
        // Every rule below needs a period right after the piece, or inside it ("M.Blinken"),
        // or the degree sign of "n°".
        let followedByPeriod = isSingle(index + 1, 0x2E) && touches(index + 1)
        guard
            followedByPeriod || isSingle(index + 1, 0xB0)
                || firstIndex(of: 0x2E, in: pieces[index].start..<pieces[index].end) != nil
        else { return nil }
        // An abbreviation from the lexicon, longest first, within a run without spaces.
        var candidates: [Int] = []
        var scan = start
        while scan < units.count, scan - start < 12 {
            let unit = units[scan]
            if unit == 0x2E { candidates.append(scan + 1) } else if !(unit.isLetterUnit || unit == 0x2D) { break }
            scan += 1
        }
        for end in candidates.reversed() {
            guard let role = rules.abbreviationRole(text(start..<end)) else { continue }
            // Inside a longer piece ("M.Blinken") only when a capital follows.
            if end < units.count, units[end].isLetterUnit, !units[end].isUppercaseUnit { continue }
            // A number's label ("vol. 3", "art. II") only before a number: "des traces de vol."
            // is the word and the sentence's period.
            if role == .numbered, !numberFollows(end) { continue }
            emit(start, end, .word)
            return consume(upTo: end, from: index)
        }
        let piece = pieces[index]
        if piece.end - piece.start == 1, units[piece.start] | 0x20 == 0x6E, isSingle(index + 1, 0xB0),
            touches(index + 1)
        {  // "n°", "N°"
            emit(start, pieces[index + 1].end, .word)
            return index + 2
        }
        guard isSingle(index + 1, 0x2E), touches(index + 1) else { return nil }
        // Initials: "J." before a capitalised word, "J.-C.", "J.-P.".
        if piece.end - piece.start == 1, units[piece.start].isUppercaseUnit {
            if isSingle(index + 2, 0x2D), touches(index + 2), touches(index + 3),
                pieces[index + 3].end - pieces[index + 3].start == 1,
                units[pieces[index + 3].start].isUppercaseUnit, isSingle(index + 4, 0x2E), touches(index + 4)
            {
                emit(start, pieces[index + 4].end, .word)
                return index + 5
            }
            // A single capital with a period is an initial, before a name ("J. K. Rowling")
            // or a number or word ("article L. 642-3", "C. opilio") alike.
            if isSingle(index + 2, 0x2E), touches(index + 2) { return nil }  // "A..." is A and an ellipsis
            emit(start, pieces[index + 1].end, .word)
            return index + 2
        }
        // Dotted acronyms and section numbers: "R.E.M" + ".", "1.8.2" + ".".
        if isDottedAcronym(piece.start..<piece.end) {
            emit(start, pieces[index + 1].end, .word)
            return index + 2
        }
        return nil
    }

    /// Numbers with space-separated groups of three digits: `32 000`, `12 500,50`.
    private mutating func groupedNumber(at index: Int) -> Int? {
        let first = pieces[index]
        guard first.end - first.start <= 3, allDigits(first.start..<first.end) else { return nil }
        var last = index
        while last + 1 < pieces.count {
            let gap = pieces[last].end
            let next = pieces[last + 1]
            guard next.start == gap + 1, Self.isGroupSeparator(units[gap]),
                next.end - next.start >= 3, allDigits(next.start..<next.start + 3)
            else { break }
            let length = next.end - next.start
            let decimal =
                length > 4 && (units[next.start + 3] == 0x2C || units[next.start + 3] == 0x2E)
                && allDigits(next.start + 4..<next.end)
            guard length == 3 || decimal else { break }
            last += 1
            if decimal { break }
        }
        guard last > index else { return nil }
        emit(first.start, pieces[last].end, .number)
        return last + 1
    }

    /// Words and numbers joined by hyphens, with elisions split off the front and an
    /// inverted pronoun split off the end.
    private mutating func compound(at index: Int) -> Int {
        // Most words are one piece with no apostrophe: emit them without further work.
        let piece = pieces[index]
        if !touches(index + 1) || !(isHyphen(index + 1) || isApostrophe(index + 1) || isSingle(index + 1, 0x28)),
            UnitClass.test(units[piece.start], [.letter, .digit]), firstApostrophe(in: piece.start..<piece.end) == nil
        {
            emit(piece.start, piece.end, kindOfAlphanumeric(at: piece.start))
            return index + 1
        }
        var elements: [Range<Int>] = [pieces[index].start..<pieces[index].end]
        var last = index
        if !UnitClass.test(units[pieces[index].start], [.letter, .digit]) {  // a sign: "-1,5"
            elements[0] = pieces[index].start..<pieces[index + 1].end
            last = index + 1
        }
        while last + 2 < pieces.count, isHyphen(last + 1), touches(last + 1), touches(last + 2),
            startsAlphanumeric(last + 2)
        {
            elements.append(pieces[last + 2].start..<pieces[last + 2].end)
            last += 2
        }
        if let extended = inclusiveEnding(after: last) {
            elements[elements.count - 1] = elements[elements.count - 1].lowerBound..<pieces[extended].end
            last = extended
        }
        let chainEnd = elements[elements.count - 1].upperBound
        var start = elements[0].lowerBound
        if isException(start..<chainEnd) {
            emit(start, chainEnd, .word)
            return last + 1
        }
        // Elisions at the front: "l'armée", "d'aujourd'hui", "qu'est-ce".
        while let apostrophe = firstApostrophe(in: start..<elements[0].upperBound),
            rules.elisionKeys.contains(slice(start..<apostrophe)),
            !isException(start..<chainEnd), !opensName(elided: start, apostrophe: apostrophe)
        {
            emit(start, apostrophe + 1, .word)
            start = apostrophe + 1
            elements[0] = start..<elements[0].upperBound
        }
        // An elided word whose apostrophe ICU left apart: "l' armée", "d'«".
        if elements.count == 1, isApostrophe(last + 1), touches(last + 1),
            rules.elisionKeys.contains(slice(start..<chainEnd)),
            !(touches(last + 2) && startsAlphanumeric(last + 2))
        {
            emit(start, pieces[last + 1].end, .word)
            return last + 2
        }
        // A dotted acronym after an elision: "l'O.N.U." → "l'" "O.N.U.".
        if elements.count == 1, isDottedAcronym(start..<chainEnd), isSingle(last + 1, 0x2E), touches(last + 1) {
            emit(start, pieces[last + 1].end, .word)
            return last + 2
        }
        if let split = cliticSplit(elements, from: start), !isException(start..<chainEnd) {
            let headEnd = elements[split - 1].upperBound
            emit(start, headEnd, kindOfAlphanumeric(at: start))
            emit(headEnd, chainEnd, .word)
        } else {
            emit(start, chainEnd, kindOfAlphanumeric(at: start))
        }
        return last + 1
    }

    /// Whether a capital `N'` or `M'` at `elided` begins a name rather than eliding *ne* or
    /// *me*: those two elide before a verb or a pronoun, so only at the start of a sentence
    /// are they written with a capital, and never before one. A capital after the
    /// apostrophe (`N'Golo`, `M'Bala`), or a word right before them (`Sidi M'hamed`, `à
    /// M'sila`), makes the whole word a name, as African names write it.
    private func opensName(elided: Int, apostrophe: Int) -> Bool {
        guard apostrophe == elided + 1, units[elided] == 0x4E || units[elided] == 0x4D,
            apostrophe + 1 < units.count, units[apostrophe + 1].isLetterUnit
        else { return false }
        if units[apostrophe + 1].isUppercaseUnit { return true }
        var before = elided - 1
        while before >= 0, UnitClass.test(units[before], .space), !UnitClass.test(units[before], .lineBreak) {
            before -= 1
        }
        return before >= 0 && before < elided - 1 && UnitClass.test(units[before], [.letter, .digit])
    }

    /// The last piece of an inclusive ending such as `(e)`, `(es)` or `(e)s` right after piece `index`.
    private func inclusiveEnding(after index: Int) -> Int? {
        guard isSingle(index + 1, 0x28), touches(index + 1), touches(index + 2), index + 3 < pieces.count,
            isSingle(index + 3, 0x29), touches(index + 3)
        else { return nil }
        let inner = pieces[index + 2].start..<pieces[index + 2].end
        guard inner.count <= 3, inner.allSatisfy({ units[$0].isLowercaseUnit }) else { return nil }
        if touches(index + 4), pieces[index + 4].end - pieces[index + 4].start == 1,
            units[pieces[index + 4].start] == 0x73
        {
            return index + 4
        }
        return index + 3
    }

    /// The element where a trailing pronoun begins (`-il`, `-t-il`, `-ce`, `-là`), if any.
    private func cliticSplit(_ elements: [Range<Int>], from start: Int) -> Int? {
        let count = elements.count
        guard count >= 2 else { return nil }
        let chain = start..<elements[count - 1].upperBound
        let shouting = !containsLowercase(chain)
        func acceptable(_ range: Range<Int>) -> Bool { shouting || !containsUppercase(range) }
        let lastKey = key(elements[count - 1])
        if count >= 3, key(elements[count - 2]) == "t", Self.euphonicPronouns.contains(lastKey),
            acceptable(elements[count - 2]), acceptable(elements[count - 1])
        {
            return count - 2
        }
        if rules.clitics.contains(lastKey), acceptable(elements[count - 1]) { return count - 1 }
        return nil
    }

    private static let euphonicPronouns: Set<String> = ["il", "elle", "on", "ils", "elles"]

    // MARK: - Emitting

    private mutating func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
        var vacancy = SpellingTable.Vacancy()
        var normIndex = spellings.find(start, end, &vacancy)
        if normIndex < 0 {
            normIndex = Int32(self.normIndex(start..<end))
            spellings.add(vacancy, normIndex: normIndex)
        }
        tokens.append(span: Span(start: start, end: end), kind: kind, normIndex: Int(normIndex))
    }

    /// The index of the norm of `range` among the token list's norms: folded straight to
    /// UTF-8 for French text, the string made only for a new norm.
    private mutating func normIndex(_ range: Range<Int>) -> Int {
        let slice = UnsafeBufferPointer(rebasing: units[range])
        let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * slice.count) { bytes -> Int? in
            guard let count = FastFolding.foldUTF8(slice, into: bytes) else { return nil }
            return tokens.normIndex(ofUTF8: UnsafeBufferPointer(rebasing: bytes[..<count]))
        }
        return found ?? tokens.normIndex(of: norm(range))
    }

    /// NFKC case folding, typographic apostrophes as `'` (no-break spaces become spaces under NFKC).
    private func norm(_ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: units[range])
        if let fast = FastFolding.fold(slice) { return fast }
        let folded = Normalizer.normalize(slice, form: .nfkcCaseFold)
        guard folded.utf16.contains(where: { UnitClass.test($0, .apostrophe) && $0 != 0x27 }) else {
            return folded
        }
        return String(folded.map { $0 == "’" || $0 == "‘" || $0 == "ʼ" || $0 == "‛" ? "'" : $0 })
    }

    /// Moves past `end`, which may fall inside a piece: that piece keeps its remainder.
    private mutating func consume(upTo end: Int, from index: Int) -> Int {
        var next = index
        while next < pieces.count, pieces[next].end <= end { next += 1 }
        if next < pieces.count, pieces[next].start < end { pieces[next].start = end }
        return next
    }

    /// Replaces the pieces that overlap web and e-mail addresses by one piece each.
    private mutating func insert(_ addresses: [WebAddressScanner.Match]) {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        var index = 0
        for address in addresses {
            let range = address.range
            while index < pieces.count, pieces[index].end <= range.lowerBound {
                result.append(pieces[index])
                index += 1
            }
            if index < pieces.count, pieces[index].start < range.lowerBound {
                var before = pieces[index]
                before.end = range.lowerBound
                result.append(before)
            }
            result.append(Piece(start: range.lowerBound, end: range.upperBound, address: address.kind))
            while index < pieces.count, pieces[index].end <= range.upperBound { index += 1 }
            if index < pieces.count, pieces[index].start < range.upperBound { pieces[index].start = range.upperBound }
        }
        result.append(contentsOf: pieces[index...])
        pieces = result
    }

    // MARK: - Tests on pieces and text

    /// Whether piece `index` starts right where the previous piece ends.
    @inline(__always)
    private func touches(_ index: Int) -> Bool {
        index > 0 && index < pieces.count && pieces[index].start == pieces[index - 1].end
    }

    @inline(__always)
    private func isSingle(_ index: Int, _ unit: UInt16) -> Bool {
        index < pieces.count && pieces[index].end - pieces[index].start == 1 && units[pieces[index].start] == unit
    }

    @inline(__always)
    private func isHyphen(_ index: Int) -> Bool {
        guard index < pieces.count, pieces[index].end - pieces[index].start == 1 else { return false }
        let unit = units[pieces[index].start]
        return unit == 0x2D || unit == 0x2010 || unit == 0x2011
    }

    @inline(__always)
    private func isApostrophe(_ index: Int) -> Bool {
        index < pieces.count && pieces[index].end - pieces[index].start == 1
            && UnitClass.test(units[pieces[index].start], .apostrophe)
    }

    /// A letter or digit, or a sign directly before a digit (`-1,5` after a space or bracket).
    @inline(__always)
    private func startsAlphanumeric(_ index: Int) -> Bool {
        guard index < pieces.count else { return false }
        let piece = pieces[index]
        let unit = units[piece.start]
        if UnitClass.test(unit, [.letter, .digit]) { return true }
        guard unit == 0x2D || unit == 0x2B || unit == 0x2212, piece.end - piece.start == 1,
            index + 1 < pieces.count, touches(index + 1), units[pieces[index + 1].start].isDigitUnit
        else { return false }
        let before = piece.start > 0 ? units[piece.start - 1] : 0x20
        return before.isSpaceUnit || before == 0x28 || before == 0x5B || before == 0x2F
    }

    @inline(__always)
    private func kindOfAlphanumeric(at start: Int) -> Token.Kind {
        let unit = units[start]
        if unit.isDigitUnit { return .number }
        if start + 1 < units.count, unit == 0x2D || unit == 0x2B || unit == 0x2212, units[start + 1].isDigitUnit {
            return .number
        }
        return .word
    }

    @inline(__always)
    private func allDigitsOrEmpty(_ range: Range<Int>) -> Bool {
        var position = range.lowerBound
        while position < range.upperBound {
            if !units[position].isDigitUnit { return false }
            position += 1
        }
        return true
    }

    @inline(__always)
    private func allDigits(_ range: Range<Int>) -> Bool { !range.isEmpty && allDigitsOrEmpty(range) }

    @inline(__always)
    private func containsLowercase(_ range: Range<Int>) -> Bool { firstUnit(in: range, .lowercase) != nil }

    @inline(__always)
    private func containsUppercase(_ range: Range<Int>) -> Bool { firstUnit(in: range, .uppercase) != nil }

    /// An apostrophe inside `range`, not at its start.
    @inline(__always)
    private func firstApostrophe(in range: Range<Int>) -> Int? {
        range.isEmpty ? nil : firstUnit(in: range.lowerBound + 1..<range.upperBound, .apostrophe)
    }

    @inline(__always)
    private func firstUnit(in range: Range<Int>, _ classes: UnitClass) -> Int? {
        var position = range.lowerBound
        while position < range.upperBound {
            if UnitClass.test(units[position], classes) { return position }
            position += 1
        }
        return nil
    }

    @inline(__always)
    private func firstIndex(of unit: UInt16, in range: Range<Int>) -> Int? {
        var position = range.lowerBound
        while position < range.upperBound {
            if units[position] == unit { return position }
            position += 1
        }
        return nil
    }

    /// `R.E.M`, `G.O`, `11.01.02`: every dot-separated part one or two characters,
    /// with letters, or with at least two dots.
    @inline(__always)
    private func isDottedAcronym(_ range: Range<Int>) -> Bool {
        var dots = 0
        var partLength = 0
        var letters = false
        for position in range {
            let unit = units[position]
            if unit == 0x2E {
                if partLength == 0 { return false }
                dots += 1
                partLength = 0
            } else {
                partLength += 1
                if partLength > 2 { return false }
                if unit.isLetterUnit { letters = true } else if !unit.isDigitUnit { return false }
            }
        }
        return dots >= 1 && partLength > 0 && (letters || dots >= 2)
    }

    /// Whether the words of `range` are a lexicalised exception; every exception
    /// has an apostrophe or a hyphen, so other words need no lookup.
    @inline(__always)
    private func isException(_ range: Range<Int>) -> Bool {
        // Folding never shortens text: a range longer than every exception is none of them.
        guard range.count <= rules.longestException else { return false }
        guard firstUnit(in: range, [.apostrophe, .dash]) != nil else { return false }
        return rules.exceptionKeys.contains(slice(range))
    }

    /// The units of `range`.
    @inline(__always)
    private func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt16> {
        UnsafeBufferPointer(rebasing: units[range])
    }

    @inline(__always)
    private func key(_ range: Range<Int>) -> String { TokenizerRules.key(units, range) }

    @inline(__always)
    private func text(_ range: Range<Int>) -> String {
        String(utf16Units: UnsafeBufferPointer(rebasing: units[range]))
    }

    /// Spaces, line breaks and control characters, which never start a token.
    private static func isBlank(_ unit: UInt16) -> Bool {
        UnitClass.test(unit, .space) || unit < 0x20 || (0x7F...0x9F).contains(unit)
            || UnitClass.of(unit) == .format
    }

    /// A space that may separate digit groups: space, no-break, narrow no-break, thin, figure.
    private static func isGroupSeparator(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0xA0 || unit == 0x202F || unit == 0x2009 || unit == 0x2007
    }
}
