import Parole

/// Which names of people and organisations, from different documents, are one speaker.
///
/// A person's name merges into a fuller name that it is compatible with, when that
/// fuller name is the only one: reading both from the end, each word of the shorter
/// name is the same word or its initial (`B. Obama` and `Obama` are compatible with
/// `Barack Obama`, which names the merged speaker; `J.-Y. Le Drian` and `Le Drian` with `Jean-Yves Le Drian`). With
/// `Barack Obama` and `Michelle Obama` both known, `Obama` stays a speaker of its own.
/// Organisations merge only when their names fold to the same key. The user's alias
/// rules apply first: an alias becomes the name it stands for.
package struct SpeakerNames {
    /// One name as documents give it.
    package struct Name: Hashable {
        /// The name as written (the fullest name of its document's cluster).
        package var text: String
        /// `PER`, `ORG`, … or `nil` when no entity is behind the name.
        package var label: String?
        /// How many quotes use it: the most used spelling names the merged speaker.
        package var quotes: Int

        /// Creates a name.
        package init(text: String, label: String?, quotes: Int) {
            self.text = text
            self.label = label
            self.quotes = quotes
        }
    }

    /// Alias rules: folded alias → the name it stands for.
    package var rules: [String: String] = [:]

    /// Creates a merger with alias rules (folded alias → name).
    package init(rules: [String: String] = [:]) { self.rules = rules }

    /// A name and its label, as quotes store them.
    package struct Key: Hashable {
        /// The name as written.
        package var text: String
        /// Its entity label.
        package var label: String?

        /// Creates a key.
        package init(text: String, label: String?) {
            self.text = text
            self.label = label
        }
    }

    /// The speaker each name belongs to, as the name of that speaker (one of the names
    /// given, or the canonical name of an alias rule).
    package func merge(_ names: [Name]) -> [Key: String] {
        // Each name's key, after the alias rules.
        struct Entry {
            var name: Name
            var key: String
            var words: [String]
            var person: Bool
        }
        var entries: [Entry] = []
        for name in names {
            let ruled = rules[Normalizer.foldingKey(name.text)] ?? name.text
            let folded = Normalizer.foldingKey(ruled)
            let words = folded.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            let person = name.label == nil || name.label == "PER"
            entries.append(
                Entry(
                    name: name, key: (person ? "p " : "o ") + words.joined(separator: " "), words: words, person: person
                ))
        }
        // Person keys grouped by their last word; each key merges into its only compatible fuller key.
        var target: [String: String] = [:]
        var bySurname: [String: Set<[String]>] = [:]
        for entry in entries where entry.person && !entry.words.isEmpty {
            bySurname[entry.words[entry.words.count - 1], default: []].insert(entry.words)
        }
        for (_, group) in bySurname {
            let keys = group.sorted { $0.lexicographicallyPrecedes($1) }
            let fullest = keys.filter { key in !keys.contains { $0 != key && Self.isCompatible(key, with: $0) } }
            for key in keys {
                let fuller = fullest.filter { $0 != key && Self.isCompatible(key, with: $0) }
                if fuller.count == 1 {
                    target["p " + key.joined(separator: " ")] = "p " + fuller[0].joined(separator: " ")
                }
            }
        }
        // The most quoted spelling of the fullest name of each merged key names the speaker.
        var best: [String: Name] = [:]
        for entry in entries where target[entry.key] == nil {
            let key = entry.key
            let ruled = rules[Normalizer.foldingKey(entry.name.text)]
            let candidate = ruled.map { Name(text: $0, label: entry.name.label, quotes: Int.max) } ?? entry.name
            if let current = best[key],
                current.quotes > candidate.quotes
                    || (current.quotes == candidate.quotes && current.text <= candidate.text)
            {
                continue
            }
            best[key] = candidate
        }
        var result: [Key: String] = [:]
        for entry in entries {
            let key = target[entry.key] ?? entry.key
            result[Key(text: entry.name.text, label: entry.name.label)] = best[key]?.text ?? entry.name.text
        }
        return result
    }

    /// Whether `short` names the same person as the longer `full`: aligned from the
    /// end, each word equal or an initial of the other's word.
    static func isCompatible(_ short: [String], with full: [String]) -> Bool {
        guard short.count <= full.count, short != full else { return false }
        for offset in 1...short.count {
            let word = short[short.count - offset]
            let other = full[full.count - offset]
            if word == other { continue }
            guard offset > 1, isInitials(word, of: other) else { return false }
        }
        return true
    }

    /// Whether `word` is the initials of `other`: `b.` of `barack`, `j.-y.` of `jean-yves`.
    static func isInitials(_ word: String, of other: String) -> Bool {
        let parts = word.split(separator: "-").map { $0.filter { $0 != "." } }
        let otherParts = other.split(separator: "-")
        guard parts.count == otherParts.count, parts.allSatisfy({ $0.count == 1 }) else { return false }
        return zip(parts, otherParts).allSatisfy { $0.first == $1.first && $1.count > 1 }
    }
}
