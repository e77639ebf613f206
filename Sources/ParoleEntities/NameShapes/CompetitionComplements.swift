import ParoleCore
import ParoleText

/// The sport or the field of teams a competition's name takes in after it: `la Coupe du
/// monde de beach soccer`, `le Mondial des clubs`, `la Coupe d'Afrique des nations`. The
/// joining words, sports and fields are data (`entities-competition-complements.txt`);
/// `du` and `de la` open no such complement (`le Mondial du rire`).
struct CompetitionComplements {
    let context: EntityContext

    /// The words of the table, by key, read once per process.
    struct Table: Sendable {
        /// The words that join a complement to the name: `de`, `d'`, `des`.
        let links: Set<String>
        /// Sports and fields, each a sequence of keys, longest first.
        let complements: [[String]]
        /// The sports among them.
        let sports: Set<[String]>
        /// The fields that make a body's head a competition when its name ends with
        /// them (`champions`).
        let events: Set<[String]>

        /// The shipped table; empty if the file cannot be read.
        static let shipped: Table =
            (try? Table(lexicon: Lexicon.named("entities-competition-complements")))
            ?? Table(links: [], complements: [], sports: [], events: [])

        /// A table of the given words (the shipped one falls back to an empty table).
        init(links: Set<String>, complements: [[String]], sports: Set<[String]>, events: Set<[String]>) {
            self.links = links
            self.complements = complements
            self.sports = sports
            self.events = events
        }

        /// Reads `words<TAB>kind` lines.
        init(lexicon: Lexicon) {
            var links: Set<String> = []
            var complements: [[String]] = []
            var sports: Set<[String]> = []
            var events: Set<[String]> = []
            for entry in lexicon.entries where entry.count >= 2 {
                let keys = entry[0].split(separator: " ").map { Normalizer.foldingKey(String($0)) }
                switch entry[1] {
                case "link": links.formUnion(keys)
                case "discipline-name":
                    complements.append(keys)
                    sports.insert(keys)
                case "field": complements.append(keys)
                case "contest-field":
                    complements.append(keys)
                    events.insert(keys)
                default: continue
                }
            }
            self.init(
                links: links, complements: complements.sorted { $0.count > $1.count }, sports: sports, events: events)
        }
    }

    /// The end of a sport's or field's complement right at `start` (`de beach soccer`, `des
    /// clubs`), before `limit`, or `nil`. A sport completes a name of several words
    /// (`Coupe du monde de handball`), not a one-word name that news gives the event in
    /// short (`le Mondial de hockey`, `l'Euro de football`): `takingSports` says which it is.
    func end(after start: Int, limit: Int, takingSports: Bool) -> Int? {
        guard let found = match(after: start, limit: limit),
            takingSports || !Table.shipped.sports.contains(found.keys)
        else { return nil }
        return found.end
    }

    /// Whether the name `range` ends with a field that makes it a competition (`…
    /// des champions`).
    func endsWithEvent(_ range: Range<Int>) -> Bool {
        let table = Table.shipped
        return table.events.contains { keys in
            guard range.count > keys.count + 1 else { return false }
            let link = range.upperBound - keys.count - 1
            return match(after: link, limit: range.upperBound)?.keys == keys
        }
    }

    /// The end and the keys of the complement right at `start`, longest first.
    private func match(after start: Int, limit: Int) -> (end: Int, keys: [String])? {
        let table = Table.shipped
        let traits = context.traits
        guard start + 1 < limit, traits[start].isWord, table.links.contains(context.key(start)),
            !context.isLineBreak(before: start + 1)
        else { return nil }
        for keys in table.complements where start + keys.count < limit {
            let words = (start + 1)...(start + keys.count)
            guard words.allSatisfy({ traits[$0].isWord }), zip(words, keys).allSatisfy({ context.key($0) == $1 })
            else { continue }
            return (start + keys.count + 1, keys)
        }
        return nil
    }
}
