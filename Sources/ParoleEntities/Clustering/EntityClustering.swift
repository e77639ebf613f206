import ParoleCore
import ParoleText

/// Groups the mentions of a document into one cluster per named thing, picks each
/// cluster's canonical (fullest) name, and its gender when the text shows one.
///
/// People: full names with the same surname and a compatible first name are one
/// person; a surname alone (`Blinken`, `M. Sissi`) joins the nearest earlier person
/// with that surname. Other names: the same words (case, accents and hyphens aside),
/// and an acronym joins the name whose initials it spells (`UE`, `Union européenne`)
/// or that it follows in parentheses.
struct EntityClustering {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Entities and clusters for the `mentions`, in text order.
    func cluster(_ mentions: [Mention]) -> (entities: [Entity], clusters: [EntityCluster]) {
        let propagation = DocumentPropagation(lexicons: lexicons, context: context)
        var drafts = ClusterDrafts(initials: initials(of:))
        var clusterOf = [Int](repeating: -1, count: mentions.count)
        let keys = mentions.map { normalizedKey(key(of: $0)) }
        clusterFullNames(mentions, keys: keys, propagation: propagation, drafts: &drafts, clusterOf: &clusterOf)
        clusterOthers(mentions, keys: keys, drafts: &drafts, clusterOf: &clusterOf)
        mergeAcronyms(mentions, drafts: &drafts)
        return layers(mentions, drafts: drafts)
    }

    /// Clusters the people with a full name first, so that a surname seen before the full
    /// name (`Blinken … Antony Blinken`) still finds it: the last person with the same full
    /// key, or with a shared surname and a compatible first name.
    private func clusterFullNames(
        _ mentions: [Mention], keys: [String], propagation: DocumentPropagation, drafts: inout ClusterDrafts,
        clusterOf: inout [Int]
    ) {
        for (index, mention) in mentions.enumerated() where mention.label == .person && mention.tokens.count >= 2 {
            // A surname with its particle (`De Gaulle`, `Le Pen`) is no full name: it joins
            // the person whose surname it is, as a surname alone does.
            if lexicons.commonWords[context.key(mention.tokens.lowerBound)] == .function,
                drafts.drafts(withSurname: keys[index]).contains(where: { drafts[$0].label == .person })
            {
                continue
            }
            let surnames = Set(propagation.surnameKeys(mention.tokens))
            let firstKey = context.key(mention.tokens.lowerBound)
            var target = drafts.drafts(withFullKey: keys[index]).filter { drafts[$0].label == .person }.max()
            for surname in surnames {
                for candidate in drafts.drafts(withSurname: surname) where candidate > target ?? -1 {
                    let draft = drafts[candidate]
                    if draft.label == .person
                        && (draft.firstKey == firstKey || similarFirstNames(draft.firstKey, firstKey))
                    {
                        target = candidate
                    }
                }
            }
            if let target {
                drafts.append(mention: index, start: mention.tokens.lowerBound, to: target)
                drafts.insert(fullKey: keys[index], into: target)
                drafts.insert(surnames: surnames, into: target)
                clusterOf[index] = target
            } else {
                clusterOf[index] = drafts.add(
                    label: .person, mention: index, start: mention.tokens.lowerBound, fullKey: keys[index],
                    surnames: surnames,
                    firstKey: firstKey)
            }
        }
    }

    /// Clusters the other mentions: a person with the nearest person of that surname or
    /// full name, others with the first cluster of the same key and label, an acronym with
    /// its expansion.
    private func clusterOthers(
        _ mentions: [Mention], keys: [String], drafts: inout ClusterDrafts, clusterOf: inout [Int]
    ) {
        let organizationEndingAt = lastOrganization(endingAt: mentions)
        for (index, mention) in mentions.enumerated() where clusterOf[index] < 0 {
            let key = keys[index]
            let start = mention.tokens.lowerBound
            var target: Int?
            if mention.label == .person {
                // The nearest person with this surname or full name.
                let candidates = Set(drafts.drafts(withSurname: key) + drafts.drafts(withFullKey: key))
                    .filter { drafts[$0].label == .person }.sorted()
                target = candidates.min { drafts.distance($0, to: start) < drafts.distance($1, to: start) }
            } else {
                target = drafts.drafts(withFullKey: key).filter { drafts[$0].label == mention.label }.min()
                if target == nil, mention.label == .organization, let acronym = acronymKey(mention.tokens) {
                    target = drafts.drafts(withInitials: acronym).filter { drafts[$0].label == .organization }.min()
                    if target == nil, context.isPunct(start - 1, 0x28), let expansion = organizationEndingAt[start - 1]
                    {
                        target = clusterOf[expansion] >= 0 ? clusterOf[expansion] : nil
                    }
                }
            }
            if let target {
                drafts.append(mention: index, start: start, to: target)
                drafts.insert(fullKey: key, into: target)
                clusterOf[index] = target
            } else {
                clusterOf[index] = drafts.add(label: mention.label, mention: index, start: start, fullKey: key)
            }
        }
    }

    /// Merges an acronym's cluster, seen before its expansion, into the expansion's.
    private func mergeAcronyms(_ mentions: [Mention], drafts: inout ClusterDrafts) {
        for index in drafts.drafts.indices where drafts[index].label == .organization {
            guard drafts[index].mentions.allSatisfy({ acronymKey(mentions[$0].tokens) != nil }),
                let acronym = acronymKey(mentions[drafts[index].mentions[0]].tokens),
                let target = drafts.drafts(withInitials: acronym).filter({ other in
                    other != index && drafts[other].label == .organization && !drafts[other].mentions.isEmpty
                }).min()
            else { continue }
            drafts.merge(index, into: target)
        }

    }

    /// The span of a mention: its tokens', or from its ``Mention/characterStart`` and up to
    /// its ``Mention/characterEnd``.
    private func span(of mention: Mention) -> Span {
        let span = context.span(mention.tokens)
        return Span(start: mention.characterStart ?? span.start, end: mention.characterEnd ?? span.end)
    }

    /// The clustering key of a mention: its tokens' key, or its own text's for a part of
    /// a token (`Lens` in `Lille-Lens`).
    private func key(of mention: Mention) -> String {
        guard mention.characterStart != nil else { return context.key(mention.tokens) }
        return Normalizer.foldingKey(text(of: mention))
    }

    /// The text of a mention, as written.
    private func text(of mention: Mention) -> String {
        let span = span(of: mention)
        return String(utf16Units: context.utf16[span.start..<span.end])
    }

    /// The entity and cluster layers: each cluster's canonical name is its longest
    /// mention, and every member takes the canonical mention's label.
    private func layers(_ mentions: [Mention], drafts: ClusterDrafts) -> (entities: [Entity], clusters: [EntityCluster])
    {
        let live = drafts.drafts.filter { !$0.mentions.isEmpty }
        var entities: [Entity] = mentions.map { Entity(span: span(of: $0), label: $0.label, canonical: "") }
        var clusters: [EntityCluster] = []
        for draft in live {
            let members = draft.mentions.sorted()
            var aliases: [String] = []
            var seen: Set<String> = []
            for member in members {
                let text = text(of: mentions[member])
                if seen.insert(text).inserted { aliases.append(text) }
            }
            let canonicalMember = members.max { lhs, rhs in
                let (a, b) = (mentions[lhs].tokens.count, mentions[rhs].tokens.count)
                if a != b { return a < b }
                let (x, y) = (context.span(mentions[lhs].tokens).length, context.span(mentions[rhs].tokens).length)
                if x != y { return x < y }
                return lhs > rhs
            }!
            let canonical = text(of: mentions[canonicalMember])
            aliases.removeAll { $0 == canonical }
            aliases.insert(canonical, at: 0)
            let clusterIndex = clusters.count
            let label = mentions[canonicalMember].label
            for member in members {
                entities[member].canonical = canonical
                entities[member].cluster = clusterIndex
                entities[member].label = label
            }
            clusters.append(
                EntityCluster(
                    label: label, canonical: canonical, aliases: aliases,
                    gender: label == .person ? gender(of: members, mentions) : nil, mentions: members))
        }
        return (entities, clusters)
    }

    /// The gender shown by the most direct source among the members; on a tie, the majority.
    private func gender(of members: [Int], _ mentions: [Mention]) -> Gender? {
        var bestSource: Mention.GenderSource?
        var votes: [Gender: Int] = [:]
        for member in members {
            guard let gender = mentions[member].gender, let source = mentions[member].genderSource else { continue }
            if bestSource == nil || source > bestSource! {
                bestSource = source
                votes = [:]
            }
            if source == bestSource { votes[gender, default: 0] += 1 }
        }
        // Equal votes from equally strong evidence leave the gender unknown (and keep
        // the result independent of dictionary order).
        let masculine = votes[.masculine, default: 0]
        let feminine = votes[.feminine, default: 0]
        if masculine == feminine { return nil }
        return masculine > feminine ? .masculine : .feminine
    }

    /// Whether two first names are spellings of one (`Benjamin`, `Benyamin`): same
    /// first letter and length within two.
    private func similarFirstNames(_ lhs: String?, _ rhs: String) -> Bool {
        guard let lhs, let a = lhs.first, let b = rhs.first, a == b else { return false }
        return abs(lhs.count - rhs.count) <= 2 && lhs.prefix(3) == rhs.prefix(3)
    }

    /// A key with hyphens as spaces: `Maison-Blanche` and `Maison Blanche` are one name.
    private func normalizedKey(_ key: String) -> String {
        guard key.utf8.contains(0x2D) else { return key }
        return String(key.map { $0 == "-" ? " " : $0 })
    }

    /// The lowercase letters of a one-token acronym (`ue`), or `nil`.
    private func acronymKey(_ tokens: Range<Int>) -> String? {
        guard tokens.count == 1, context.traits[tokens.lowerBound].isAcronym else { return nil }
        return context.key(tokens.lowerBound)
    }

    /// The words of a name that its initials skip: `de` forms, definite articles, `et`,
    /// `à`, `au`, `aux`, `en` and `pour` (by key).
    static let initialsSkipped = FrenchWordLists.grammar.keys(.deForms, .definite, .coordinator, .locative)
        .union(["pour"])

    /// The initials of the significant words of a name key: `union europeenne` → `ue`,
    /// `institut geophysique du perou` → `igp`.
    private func initials(of key: String) -> String {
        var result = ""
        for word in key.split(separator: " ") where !Self.initialsSkipped.contains(String(word)) {
            var word = word
            if word.hasPrefix("d'") || word.hasPrefix("l'") { word = word.dropFirst(2) }
            if let first = word.first { result.append(first) }
        }
        return result
    }

    /// For each token that ends an organisation mention, the last such mention: the
    /// expansion of an acronym that follows it in parentheses (`Union européenne (UE)`).
    private func lastOrganization(endingAt mentions: [Mention]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for (index, mention) in mentions.enumerated() where mention.label == .organization {
            result[mention.tokens.upperBound] = index
        }
        return result
    }
}
