import ParoleCore

/// Web addresses used as names: a news site or a company named by its domain
/// (`selon lexpress.fr`, `le confrère actucameroun.com`) is an organisation.
struct WebDomains {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Whether the word at `index` is a domain name: labels of letters, digits and
    /// hyphens joined by dots, at least one with a letter before the last, which is a
    /// two-letter country code or a generic domain (``EntityWordSets/webDomains``).
    func isDomain(_ index: Int) -> Bool {
        guard context.traits[index].isWord else { return false }
        // Cheapest first: a word with no inner dot is no domain.
        let span = context.tokens.span(at: index)
        guard span.length >= 5 else { return false }
        var dot = span.start + 1
        while dot < span.end - 1, context.utf16[dot] != 0x2E { dot += 1 }
        guard dot < span.end - 1 else { return false }
        let norm = context.norm(index)
        guard norm.utf8.contains(0x2E), !norm.utf8.contains(0x40) else { return false }
        let labels = norm.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last else { return false }
        let lettersOnly = last.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        guard lettersOnly, last.utf8.count == 2 || EntityWordSets.shipped.webDomains.contains(String(last)) else {
            return false
        }
        for label in labels.dropLast() {
            guard !label.isEmpty,
                label.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
            else { return false }
        }
        // `www.lemonde.fr` is an address, `lexpress.fr` a name; the name label has letters.
        // (`p.ex` is an abbreviation: a name label has three characters at least.)
        let name = labels[labels.count - 2]
        return labels.first != "www" && name.utf8.count >= 3 && name.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// The domain names of the sentence `range` not yet claimed, as organisations.
    func find(in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        var mentions: [Mention] = []
        for index in range where !claimed[index] && isDomain(index) {
            mentions.append(Mention(tokens: index..<(index + 1), label: .organization, strength: .strong))
            claimed[index] = true
        }
        return mentions
    }
}
