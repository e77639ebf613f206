import Foundation
import ParoleCore

/// Every inflected French word form with its lemmas, classes and features: the
/// Grammalecte dictionary expanded by `Scripts/lexicon/build_lexicon.py` into
/// `Resources/lexicons/french-forms.txt` (about 470,000 forms).
///
/// Stages share one instance, built on first use (``shared()``). Forms are looked up
/// as written (`Paris`, a place) or lowercased (`paris`, bets); the apostrophe is `'`.
///
/// ```swift
/// let lexicon = try FrenchLexicon.shared()
/// lexicon.analyses(of: "déclarait")   // [déclarer VERB Mood=Ind|Tense=Imp|Person=3|Number=Sing]
/// lexicon.firstNameGender("Barbara")  // .female
/// ```
package final class FrenchLexicon: Sendable {
    private let tagClasses: [PartOfSpeech]
    private let tagFeatures: [String]
    /// What each tag set says of a form as a verb.
    private let tagTimes: [VerbTimes]
    /// The gender each tag set gives a noun as a bit: 1 masculine, 2 feminine, 4 none
    /// (epicene: `camarade`, but also `livre`, `tour`); 0 for a tag that is no noun's.
    private let tagNounGenders: [UInt8]
    private let lemmaStarts: [Int32]
    private let lemmaBytes: [UInt8]
    /// Open addressing over the forms' 64-bit hashes (0 for an empty slot) with the form
    /// index of each slot beside its hash, so that a lookup reads one cache line; a form is
    /// known by its hash alone (two of 500,000 forms share one with odds near 10⁻⁸).
    private let slots: [Slot]
    private let formClasses: [UInt32]
    private let formFirst: [Int32]
    /// Every analysis, linked from ``formFirst`` form by form.
    private let analyses: [Analysis]
    /// The paradigm of each entry, and each paradigm's cells (see the file's layout), to
    /// generate an entry's forms.
    private let entryParadigms: [Int32]
    private let paradigmStarts: [Int32]
    private let cellStrip: [Int32]
    private let cellAddStarts: [Int32]
    private let cellAddBytes: [UInt8]
    private let cellTag: [UInt16]

    /// The number of distinct forms.
    package var formCount: Int { formFirst.count }

    private static let loaded: Result<FrenchLexicon, any Error> = Result {
        let store = LexiconStore.shared
        let path = "lexicons/french-forms.txt"
        return try FrenchLexicon(contents: try store.contents(of: path), file: store.location(of: path))
    }

    /// The lexicon shipped with Parole, read and indexed once per process on first use.
    package static func shared() throws -> FrenchLexicon { try loaded.get() }

    /// Parses the contents of a `french-forms.txt` file.
    package init(contents bytes: [UInt8], file: String = "french-forms.txt") throws {
        var tables = Tables(capacity: bytes.count)
        var lineNumber = 0
        var position = 0
        func fail(_ reason: String) -> LexiconError { .malformed(file, lineNumber, reason) }
        while position < bytes.count {
            lineNumber += 1
            var end = position
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            defer { position = end + 1 }
            if end == position || bytes[position] == 0x23 { continue }  // blank or "#"
            var fields: [Range<Int>] = []
            var start = position
            for index in position...end where index == end || bytes[index] == 0x09 {
                fields.append(start..<index)
                start = index + 1
            }
            let first = fields[0]
            if fields.count == 3, first.count == 1, bytes[first.lowerBound] == 0x54 {  // "T"
                let text = String(decoding: bytes[fields[2]], as: UTF8.self)
                guard tables.addTagSet(text) else { throw fail("unknown class in \(text)") }
                guard tables.tagClasses.count <= Analysis.tagLimit else { throw fail("more than 1,024 tag sets") }
            } else if fields.count == 3, first.count == 1, bytes[first.lowerBound] == 0x50 {  // "P"
                guard tables.addParadigm(bytes, cells: fields[2]) else { throw fail("bad paradigm cell") }
            } else if fields.count == 2 {
                guard let paradigm = Self.integer(bytes, fields[1]), paradigm < tables.paradigmStarts.count else {
                    throw fail("unknown paradigm")
                }
                guard tables.entryParadigms.count < Analysis.entryLimit else { throw fail("more than 4M entries") }
                tables.addEntry(bytes, lemma: first, paradigm: paradigm)
            } else {
                throw fail("expected T, P or an entry")
            }
        }
        tagClasses = tables.tagClasses
        tagFeatures = tables.tagFeatures
        tagTimes = zip(tables.tagClasses, tables.tagFeatures).map { VerbTimes(partOfSpeech: $0, features: $1) }
        tagNounGenders = zip(tables.tagClasses, tables.tagFeatures).map { partOfSpeech, features in
            guard partOfSpeech == .noun else { return 0 }
            switch LexicalAnalysis(lemma: "", partOfSpeech: .noun, features: features).feature("Gender") {
            case "Masc": return 1
            case "Fem": return 2
            default: return 4
            }
        }
        lemmaStarts = tables.lemmaStarts
        lemmaBytes = tables.lemmaBytes
        slots = tables.slots
        entryParadigms = tables.entryParadigms
        paradigmStarts = tables.paradigmStarts
        cellStrip = tables.cellStrip
        cellAddStarts = tables.cellAddStarts
        cellAddBytes = tables.cellAddBytes
        cellTag = tables.cellTag
        formFirst = tables.formFirst
        formClasses = tables.formClasses
        analyses = tables.analyses
    }

    /// The tables of a lexicon while its file is read.
    private struct Tables {
        var tagClasses: [PartOfSpeech] = []
        var tagFeatures: [String] = []
        var paradigmStarts: [Int32] = []
        var cellStrip: [Int32] = []
        var cellAdd: [Range<Int>] = []
        var cellTag: [UInt16] = []
        var entryParadigms: [Int32] = []
        var cellAddStarts: [Int32] = [0]
        var cellAddBytes: [UInt8] = []
        var lemmaStarts: [Int32] = [0]
        var lemmaBytes: [UInt8] = []
        var slots = [Slot](repeating: Slot(), count: 1 << 20)
        var slotMask = (1 << 20) - 1
        var formHashes: [UInt64] = []
        var formFirst: [Int32] = []
        var formClasses: [UInt32] = []
        var analyses: [Analysis] = []

        /// Empty tables for a file of `capacity` bytes (the shipped one holds about 600,000
        /// analyses).
        init(capacity: Int) {
            lemmaBytes.reserveCapacity(capacity)
            let analyses = Swift.max(1024, capacity / 2)
            self.analyses.reserveCapacity(analyses)
        }

        /// Adds a tag set `CLASS|Feature=Value…`; `false` for an unknown class.
        mutating func addTagSet(_ text: String) -> Bool {
            let bar = text.firstIndex(of: "|")
            guard let partOfSpeech = PartOfSpeech(tag: String(text[..<(bar ?? text.endIndex)])) else { return false }
            tagClasses.append(partOfSpeech)
            tagFeatures.append(bar.map { String(text[text.index(after: $0)...]) } ?? "")
            return true
        }

        /// Adds a paradigm whose `strip,add,tag` cells are `bytes[cells]`, separated by
        /// spaces; `false` for a malformed cell.
        mutating func addParadigm(_ bytes: [UInt8], cells: Range<Int>) -> Bool {
            paradigmStarts.append(Int32(cellTag.count))
            var cell = cells.lowerBound
            while cell < cells.upperBound {
                var stop = cell
                while stop < cells.upperBound, bytes[stop] != 0x20 { stop += 1 }
                var comma1 = cell
                while comma1 < stop, bytes[comma1] != 0x2C { comma1 += 1 }
                var comma2 = stop - 1
                while comma2 > comma1, bytes[comma2] != 0x2C { comma2 -= 1 }
                guard comma1 < comma2, let strip = FrenchLexicon.integer(bytes, cell..<comma1),
                    let tag = FrenchLexicon.integer(bytes, (comma2 + 1)..<stop), tag < tagClasses.count
                else { return false }
                cellStrip.append(Int32(strip))
                cellAdd.append((comma1 + 1)..<comma2)
                cellTag.append(UInt16(tag))
                cellAddBytes.append(contentsOf: bytes[(comma1 + 1)..<comma2])
                cellAddStarts.append(Int32(cellAddBytes.count))
                cell = stop + 1
            }
            return true
        }

        /// Adds the entry of lemma `bytes[lemma]` with paradigm `paradigm`, and an analysis
        /// of each form the paradigm makes.
        mutating func addEntry(_ bytes: [UInt8], lemma first: Range<Int>, paradigm: Int) {
            let entry = Int32(lemmaStarts.count - 1)
            entryParadigms.append(Int32(paradigm))
            lemmaBytes.append(contentsOf: bytes[first])
            lemmaStarts.append(Int32(lemmaBytes.count))
            let cellEnd = paradigm + 1 < paradigmStarts.count ? Int(paradigmStarts[paradigm + 1]) : cellTag.count
            for cell in Int(paradigmStarts[paradigm])..<cellEnd {
                var keep = first.upperBound
                var strip = cellStrip[cell]
                while strip > 0, keep > first.lowerBound {
                    keep -= 1
                    if bytes[keep] & 0xC0 != 0x80 { strip -= 1 }
                }
                var hash = FrenchLexicon.hashStart
                for index in first.lowerBound..<keep { hash = FrenchLexicon.hashStep(hash, bytes[index]) }
                for index in cellAdd[cell] { hash = FrenchLexicon.hashStep(hash, bytes[index]) }
                let index = form(hashed: FrenchLexicon.hashFinish(hash))
                let tag = cellTag[cell]
                analyses.append(Analysis(entry: Int(entry), tag: Int(tag), next: formFirst[Int(index)]))
                formFirst[Int(index)] = Int32(analyses.count - 1)
                formClasses[Int(index)] |= 1 << UInt32(tagClasses[Int(tag)].rawValue)
            }
        }

        /// The index of the form of hash `hash`, added when new; the table is kept at most
        /// half full (twice the slots, every form again).
        private mutating func form(hashed hash: UInt64) -> Int32 {
            let key = Slot(hash: hash, form: -1)
            var slot = Int(truncatingIfNeeded: hash) & slotMask
            while !slots[slot].isEmpty && !slots[slot].holds(key) { slot = (slot + 1) & slotMask }
            guard slots[slot].isEmpty else { return slots[slot].form }
            if (formHashes.count + 1) * 2 > slots.count {
                slots = [Slot](repeating: Slot(), count: slots.count * 2)
                slotMask = slots.count - 1
                for (form, formHash) in formHashes.enumerated() {
                    var free = Int(truncatingIfNeeded: formHash) & slotMask
                    while !slots[free].isEmpty { free = (free + 1) & slotMask }
                    slots[free] = Slot(hash: formHash, form: Int32(form))
                }
                slot = Int(truncatingIfNeeded: hash) & slotMask
                while !slots[slot].isEmpty { slot = (slot + 1) & slotMask }
            }
            slots[slot] = Slot(hash: hash, form: Int32(formFirst.count))
            formHashes.append(hash)
            formFirst.append(-1)
            formClasses.append(0)
            return slots[slot].form
        }
    }

    fileprivate static func integer(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        var value = 0
        for index in range {
            let digit = Int(bytes[index]) - 0x30
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    // MARK: Byte-level lookups, for hot paths

    fileprivate static let hashStart: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    fileprivate static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    @inline(__always)
    fileprivate static func hashFinish(_ hash: UInt64) -> UInt64 {
        var z = hash
        z = (z ^ (z >> 32)) &* 0x9E37_79B9_7F4A_7C15
        z ^= z >> 29
        return z == 0 ? 1 : z
    }

    /// The index of a form given as UTF-8 bytes, or `nil` when the lexicon lacks it.
    package func formIndex(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash = Self.hashStart
        for byte in utf8 { hash = Self.hashStep(hash, byte) }
        hash = Self.hashFinish(hash)
        let key = Slot(hash: hash, form: -1)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let stored = slots[slot]
                if stored.holds(key) { return Int(stored.form) }
                if stored.isEmpty { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// One analysis of a form: its entry and tag set packed in one word (22 and 10 bits,
    /// 8 bytes an analysis with the link, one read), and the next analysis of the form or -1.
    private struct Analysis {
        static let tagLimit = 1 << 10
        static let entryLimit = 1 << 22
        let entryAndTag: UInt32
        let next: Int32

        init(entry: Int, tag: Int, next: Int32) {
            entryAndTag = UInt32(entry) << 10 | UInt32(tag)
            self.next = next
        }

        /// The entry (lemma and paradigm).
        var entry: Int { Int(entryAndTag >> 10) }
        /// The tag set.
        var tag: Int { Int(entryAndTag & 0x3FF) }
    }

    /// One slot of the form table: a form's 64-bit hash in two halves (12 bytes a slot
    /// rather than 16) and its form index; a hash of 0 marks an empty slot.
    private struct Slot {
        var low: UInt32 = 0
        var high: UInt32 = 0
        var form: Int32 = -1

        init() {}

        init(hash: UInt64, form: Int32) {
            low = UInt32(truncatingIfNeeded: hash)
            high = UInt32(truncatingIfNeeded: hash >> 32)
            self.form = form
        }

        var isEmpty: Bool { low == 0 && high == 0 }

        /// Whether the slot holds the hash of `key`.
        @inline(__always)
        func holds(_ key: Slot) -> Bool { low == key.low && high == key.high }
    }

    /// The index of a form, or `nil` when the lexicon lacks it.
    package func formIndex(_ form: String) -> Int? {
        var copy = form
        return copy.withUTF8 { formIndex($0) }
    }

    /// The classes of the form at `index` (see ``formIndex(_:)``).
    package func classes(atForm index: Int) -> PartOfSpeechSet { PartOfSpeechSet(rawValue: formClasses[index]) }

    /// The lemma of the first analysis of the form at `index` whose class is `partOfSpeech`.
    /// When several lemmas qualify, a lowercase one is preferred, then the first in
    /// alphabetical byte order, so that the choice does not depend on the file's order.
    package func lemma(atForm index: Int, as partOfSpeech: PartOfSpeech) -> String? {
        // No analysis of that class: the form's class bits say so without walking them.
        guard formClasses[index] & 1 << UInt32(partOfSpeech.rawValue) != 0 else { return nil }
        var best: Range<Int>?
        var bestHasCapital = true
        var analysis = Int(formFirst[index])
        while analysis >= 0 {
            let read = analyses[analysis]
            if tagClasses[read.tag] == partOfSpeech {
                let entry = read.entry
                let range = Int(lemmaStarts[entry])..<Int(lemmaStarts[entry + 1])
                let hasCapital = Self.hasCapitalLetter(lemmaBytes[range])
                if let current = best {
                    if !hasCapital && bestHasCapital
                        || hasCapital == bestHasCapital
                            && lemmaBytes[range].lexicographicallyPrecedes(lemmaBytes[current])
                    {
                        best = range
                        bestHasCapital = hasCapital
                    }
                } else {
                    best = range
                    bestHasCapital = hasCapital
                }
            }
            analysis = Int(read.next)
        }
        return best.map { String(decoding: lemmaBytes[$0], as: UTF8.self) }
    }

    /// Whether UTF-8 bytes hold a capital letter: read byte by byte for ASCII and Latin-1,
    /// through `String` for other scripts.
    private static func hasCapitalLetter(_ bytes: ArraySlice<UInt8>) -> Bool {
        if hasCapital(bytes) { return true }
        guard bytes.contains(where: { $0 >= 0xC4 }) else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.lowercased() != text
    }

    /// Whether UTF-8 bytes hold a capital of ASCII or Latin-1 (`A`–`Z`, `À`–`Þ`).
    private static func hasCapital(_ bytes: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x41 && byte <= 0x5A { return true }
            if previous == 0xC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 { return true }
            previous = byte
        }
        return false
    }

    // MARK: String API

    /// Every reading of `form`, as written (no case folding).
    package func analyses(of form: String) -> [LexicalAnalysis] {
        guard let index = formIndex(Self.lexiconSpelling(form)) else { return [] }
        var result: [LexicalAnalysis] = []
        var analysis = Int(formFirst[index])
        while analysis >= 0 {
            let entry = analyses[analysis].entry
            let tag = analyses[analysis].tag
            let lemma = String(
                decoding: lemmaBytes[Int(lemmaStarts[entry])..<Int(lemmaStarts[entry + 1])], as: UTF8.self)
            result.append(LexicalAnalysis(lemma: lemma, partOfSpeech: tagClasses[tag], features: tagFeatures[tag]))
            analysis = Int(analyses[analysis].next)
        }
        return result.reversed()
    }

    /// What the readings of `form` (as written) say of it as a verb, or `nil` when the
    /// lexicon lacks the form (see ``VerbTimes``).
    package func verbTimes(of form: String) -> VerbTimes? {
        guard let index = formIndex(Self.lexiconSpelling(form)) else { return nil }
        var times: VerbTimes = []
        var analysis = Int(formFirst[index])
        while analysis >= 0 {
            let read = analyses[analysis]
            times.formUnion(tagTimes[read.tag])
            analysis = Int(read.next)
        }
        return times
    }

    /// The classes `form` can have, as written.
    package func classes(of form: String) -> PartOfSpeechSet {
        guard let index = formIndex(Self.lexiconSpelling(form)) else { return [] }
        return classes(atForm: index)
    }

    /// Whether the lexicon holds `form`, as written.
    package func contains(_ form: String) -> Bool { formIndex(Self.lexiconSpelling(form)) != nil }

    /// The lemma of `form` read as `partOfSpeech` (as written, then lowercased), or `nil`.
    package func lemma(of form: String, as partOfSpeech: PartOfSpeech) -> String? {
        for spelling in [Self.lexiconSpelling(form), Self.lexiconSpelling(form.lowercased())] {
            if let index = formIndex(spelling), let lemma = lemma(atForm: index, as: partOfSpeech) {
                return lemma
            }
        }
        return nil
    }

    /// Every form of the entries whose lemma is `lemma` and class `partOfSpeech`, with
    /// its features: the conjugation of a verb (`déclarer`: `déclarait`
    /// `Mood=Ind|Tense=Imp|Person=3|Number=Sing`, …), the plural and feminine of an
    /// adjective. Reads every entry (about a millisecond): for set-up, not for hot paths.
    package func inflections(of lemma: String, as partOfSpeech: PartOfSpeech) -> [(form: String, features: String)] {
        inflections(of: [lemma], as: partOfSpeech)[lemma] ?? []
    }

    /// The forms of each of `lemmas` read as `partOfSpeech`, with their features, by lemma
    /// (a lemma the lexicon lacks is left out), in one reading of the entries.
    package func inflections(
        of lemmas: [String], as partOfSpeech: PartOfSpeech
    ) -> [String: [(form: String, features: String)]] {
        var wanted: [[UInt8]: String] = [:]
        var lengths = Set<Int>()
        for lemma in lemmas {
            let bytes = Array(Self.lexiconSpelling(lemma).utf8)
            wanted[bytes] = lemma
            lengths.insert(bytes.count)
        }
        var result: [String: [(form: String, features: String)]] = [:]
        for entry in entryParadigms.indices {
            let start = Int(lemmaStarts[entry])
            let end = Int(lemmaStarts[entry + 1])
            guard lengths.contains(end - start), let lemma = wanted[Array(lemmaBytes[start..<end])] else { continue }
            let paradigm = Int(entryParadigms[entry])
            let cellEnd =
                paradigm + 1 < paradigmStarts.count ? Int(paradigmStarts[paradigm + 1]) : cellTag.count
            for cell in Int(paradigmStarts[paradigm])..<cellEnd
            where tagClasses[Int(cellTag[cell])] == partOfSpeech {
                var keep = end
                var strip = cellStrip[cell]
                while strip > 0, keep > start {
                    keep -= 1
                    if lemmaBytes[keep] & 0xC0 != 0x80 { strip -= 1 }
                }
                let form =
                    Array(lemmaBytes[start..<keep])
                    + cellAddBytes[Int(cellAddStarts[cell])..<Int(cellAddStarts[cell + 1])]
                result[lemma, default: []].append(
                    (String(decoding: form, as: UTF8.self), tagFeatures[Int(cellTag[cell])]))
            }
        }
        return result
    }

    /// Whether the noun cells of the paradigms `form` reads in as a noun all have one and
    /// the same gender (`moment`: masculine only; not `habitant`, masculine and feminine,
    /// nor `camarade`, epicene); false when `form` reads as no noun. Only those paradigms
    /// are read, not the lexicon.
    package func nounParadigmsShareOneGender(of form: String) -> Bool {
        let genders = nounParadigmGenders(of: form).reduce(0, |)
        return genders == 1 || genders == 2
    }

    /// Whether one paradigm `form` reads in as a noun has both a masculine and a feminine
    /// noun cell (`vendeuse`: `vendeur`, `vendeuse`), the mark of a noun of persons or
    /// animals. Epicene cells do not count: the dictionary writes them for persons
    /// (`camarade`) and for homographs of two genders alike (`le livre`, `la livre`;
    /// `la politique`).
    package func nounParadigmJoinsGenders(of form: String) -> Bool {
        nounParadigmGenders(of: form).contains { $0 & 3 == 3 }
    }

    /// The genders of the noun cells of each paradigm `form` reads in as a noun, one
    /// ``tagNounGenders`` bit set a reading.
    private func nounParadigmGenders(of form: String) -> [UInt8] {
        guard let index = formIndex(Self.lexiconSpelling(form)) else { return [] }
        var paradigms: [UInt8] = []
        var analysis = Int(formFirst[index])
        while analysis >= 0 {
            let read = analyses[analysis]
            analysis = Int(read.next)
            guard tagClasses[read.tag] == .noun else { continue }
            let paradigm = Int(entryParadigms[read.entry])
            let cellEnd = paradigm + 1 < paradigmStarts.count ? Int(paradigmStarts[paradigm + 1]) : cellTag.count
            let cells = Int(paradigmStarts[paradigm])..<cellEnd
            paradigms.append(cells.reduce(0) { $0 | tagNounGenders[Int(cellTag[$1])] })
        }
        return paradigms
    }

    /// The gender of `name` as a first name (`Barbara`: female), or `nil` when it is none.
    package func firstNameGender(_ name: String) -> NameGender? {
        var male = false
        var female = false
        for analysis in analyses(of: name) where analysis.features.contains("NameKind=FirstName") {
            switch analysis.feature("Gender") {
            case "Masc": male = true
            case "Fem": female = true
            default:
                male = true
                female = true
            }
        }
        switch (male, female) {
        case (true, true): return .either
        case (true, false): return .male
        case (false, true): return .female
        default: return nil
        }
    }

    /// Whether `name` is a surname in the lexicon (`po:patr`: `Dupont`).
    package func isSurname(_ name: String) -> Bool { hasNameKind(name, "Surname") }

    /// Whether `name` is a proper noun of the lexicon: a place, people, brand (`po:npr`: `Paris`).
    package func isProperName(_ name: String) -> Bool { hasNameKind(name, "Name") }

    private func hasNameKind(_ name: String, _ kind: String) -> Bool {
        analyses(of: name).contains { $0.features.contains("NameKind=" + kind) }
    }

    /// `form` with `’` as `'`, the lexicon's apostrophe. (Its scalars are scanned first:
    /// Foundation's `contains` searches with `NSString`, a cost on every lookup.)
    static func lexiconSpelling(_ form: String) -> String {
        form.unicodeScalars.contains("\u{2019}") ? form.replacingOccurrences(of: "\u{2019}", with: "'") : form
    }
}
