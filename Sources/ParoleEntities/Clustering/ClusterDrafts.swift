import ParoleCore

/// The clusters of a document while ``EntityClustering`` builds them, with indices
/// from full keys, surnames and initials to the drafts that have them, so that a
/// mention finds its cluster without scanning every cluster so far.
struct ClusterDrafts {
    /// A cluster in the making.
    struct Draft {
        /// The label of its first mention.
        var label: Entity.Label
        /// Its mentions (indices into the document's mentions), in the order they joined.
        var mentions: [Int]
        /// The normalized keys of its mentions.
        var fullKeys: Set<String>
        /// The keys by which later mentions may name the person (``DocumentPropagation/surnameKeys(_:)``).
        var surnames: Set<String>
        /// The key of the first token of the person's first full name.
        var firstKey: String?
        /// The first token of each mention, sorted: distances to the cluster are found by
        /// binary search.
        var starts: [Int]
    }

    /// The drafts, in order of creation.
    private(set) var drafts: [Draft] = []
    /// The drafts whose full keys include each key, in the order the key joined them.
    private var byFullKey: [String: [Int]] = [:]
    /// The drafts whose surnames include each key.
    private var bySurname: [String: [Int]] = [:]
    /// The organisation drafts with a full key of each initials (``EntityClustering/initials(of:)``).
    private var byInitials: [String: [Int]] = [:]
    /// The initials of each full key seen.
    private var initialsOfKey: [String: String] = [:]
    /// How a full key's initials are found.
    private let initials: (String) -> String

    /// Empty drafts whose acronyms are found by `initials`.
    init(initials: @escaping (String) -> String) {
        self.initials = initials
    }

    subscript(index: Int) -> Draft { drafts[index] }

    /// Starts a draft with one mention and returns its index.
    mutating func add(
        label: Entity.Label, mention: Int, start: Int, fullKey: String, surnames: Set<String> = [],
        firstKey: String? = nil
    ) -> Int {
        let index = drafts.count
        drafts.append(
            Draft(label: label, mentions: [mention], fullKeys: [], surnames: [], firstKey: firstKey, starts: [start]))
        insert(fullKey: fullKey, into: index)
        insert(surnames: surnames, into: index)
        return index
    }

    /// Adds `mention`, which begins at token `start`, to draft `index`.
    mutating func append(mention: Int, start: Int, to index: Int) {
        drafts[index].mentions.append(mention)
        let starts = drafts[index].starts
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= start { low = middle + 1 } else { high = middle }
        }
        drafts[index].starts.insert(start, at: low)
    }

    /// Adds `key` to the full keys of draft `index`.
    mutating func insert(fullKey key: String, into index: Int) {
        guard drafts[index].fullKeys.insert(key).inserted else { return }
        byFullKey[key, default: []].append(index)
        // Only organisations are looked up by initials.
        guard drafts[index].label == .organization else { return }
        let keyInitials: String
        if let known = initialsOfKey[key] {
            keyInitials = known
        } else {
            keyInitials = initials(key)
            initialsOfKey[key] = keyInitials
        }
        byInitials[keyInitials, default: []].append(index)
    }

    /// Adds `surnames` to the surnames of draft `index`.
    mutating func insert(surnames: Set<String>, into index: Int) {
        for surname in surnames where drafts[index].surnames.insert(surname).inserted {
            bySurname[surname, default: []].append(index)
        }
    }

    /// Moves every mention and full key of draft `source` to draft `target` (once the
    /// mentions are all placed: the starts, which only ``distance(_:to:)`` reads, are
    /// not merged).
    mutating func merge(_ source: Int, into target: Int) {
        drafts[target].mentions += drafts[source].mentions
        for key in drafts[source].fullKeys { insert(fullKey: key, into: target) }
        drafts[source].mentions = []
    }

    /// The drafts with the full key `key`.
    func drafts(withFullKey key: String) -> [Int] { byFullKey[key] ?? [] }

    /// The drafts with the surname `key`.
    func drafts(withSurname key: String) -> [Int] { bySurname[key] ?? [] }

    /// The organisation drafts with a full key whose initials are `acronym`.
    func drafts(withInitials acronym: String) -> [Int] { byInitials[acronym] ?? [] }

    /// How far draft `index`'s mentions are from token `start`; earlier mentions are
    /// preferred (a later one counts four times its distance).
    func distance(_ index: Int, to start: Int) -> Int {
        let starts = drafts[index].starts
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= start { low = middle + 1 } else { high = middle }
        }
        var best = Int.max
        if low > 0 { best = start - starts[low - 1] }
        if low < starts.count { best = min(best, (starts[low] - start) * 4) }
        return best
    }
}
