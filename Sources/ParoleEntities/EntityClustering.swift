import ParoleCore

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

    private struct Draft {
        var label: Entity.Label
        var mentions: [Int]
        var fullKeys: Set<String>
        var surnames: Set<String>
        var firstKey: String?
    }

    /// Entities and clusters for the `mentions`, in text order.
    func cluster(_ mentions: [Mention]) -> (entities: [Entity], clusters: [EntityCluster]) {
        let propagation = DocumentPropagation(lexicons: lexicons, context: context)
        var drafts: [Draft] = []
        var clusterOf = [Int](repeating: -1, count: mentions.count)
        let keys = mentions.map { normalizedKey(propagation.key($0.tokens)) }

        // People with a full name first, so that a surname seen before the full name
        // (`Blinken … Antony Blinken`) still finds it.
        for (index, mention) in mentions.enumerated() where mention.label == .person && mention.tokens.count >= 2 {
            let surnames = Set(propagation.surnameKeys(mention.tokens))
            let firstKey = context.key(mention.tokens.lowerBound)
            if let target = drafts.lastIndex(where: { draft in
                draft.label == .person
                    && (draft.fullKeys.contains(keys[index])
                        || (!draft.surnames.isDisjoint(with: surnames) && (draft.firstKey == firstKey || similarFirstNames(draft.firstKey, firstKey))))
            }) {
                drafts[target].mentions.append(index)
                drafts[target].fullKeys.insert(keys[index])
                drafts[target].surnames.formUnion(surnames)
                clusterOf[index] = target
            } else {
                drafts.append(Draft(label: .person, mentions: [index], fullKeys: [keys[index]], surnames: surnames, firstKey: firstKey))
                clusterOf[index] = drafts.count - 1
            }
        }
        for (index, mention) in mentions.enumerated() where clusterOf[index] < 0 {
            let key = keys[index]
            var target: Int?
            if mention.label == .person {
                let start = mention.tokens.lowerBound
                let candidates = drafts.indices.filter { drafts[$0].label == .person && (drafts[$0].surnames.contains(key) || drafts[$0].fullKeys.contains(key)) }
                target = candidates.min { distance(drafts[$0], to: start, mentions) < distance(drafts[$1], to: start, mentions) }
            } else {
                target = drafts.firstIndex { $0.label == mention.label && $0.fullKeys.contains(key) }
                if target == nil, mention.label == .organization, let acronym = acronymKey(mention.tokens) {
                    target = drafts.firstIndex { draft in
                        draft.label == .organization && draft.fullKeys.contains { initials(of: $0) == acronym }
                    }
                    if target == nil, let expansion = parenthesisedExpansion(of: mention.tokens, in: mentions) {
                        target = clusterOf[expansion] >= 0 ? clusterOf[expansion] : nil
                    }
                }
            }
            if let target {
                drafts[target].mentions.append(index)
                drafts[target].fullKeys.insert(key)
                clusterOf[index] = target
            } else {
                drafts.append(Draft(label: mention.label, mentions: [index], fullKeys: [key], surnames: [], firstKey: nil))
                clusterOf[index] = drafts.count - 1
            }
        }
        // An acronym seen before its expansion: merge the two.
        for index in drafts.indices where drafts[index].label == .organization {
            guard drafts[index].mentions.allSatisfy({ acronymKey(mentions[$0].tokens) != nil }),
                let acronym = acronymKey(mentions[drafts[index].mentions[0]].tokens),
                let target = drafts.indices.first(where: { other in
                    other != index && drafts[other].label == .organization && !drafts[other].mentions.isEmpty
                        && drafts[other].fullKeys.contains { initials(of: $0) == acronym }
                })
            else { continue }
            drafts[target].mentions += drafts[index].mentions
            drafts[target].fullKeys.formUnion(drafts[index].fullKeys)
            drafts[index].mentions = []
        }

        // Build the layers.
        let live = drafts.filter { !$0.mentions.isEmpty }
        var entities: [Entity] = mentions.map { Entity(span: context.span($0.tokens), label: $0.label, canonical: "") }
        var clusters: [EntityCluster] = []
        for draft in live {
            let members = draft.mentions.sorted()
            var aliases: [String] = []
            for member in members {
                let text = context.text(mentions[member].tokens)
                if !aliases.contains(text) { aliases.append(text) }
            }
            let canonicalMember = members.max { lhs, rhs in
                let (a, b) = (mentions[lhs].tokens.count, mentions[rhs].tokens.count)
                if a != b { return a < b }
                let (x, y) = (context.span(mentions[lhs].tokens).length, context.span(mentions[rhs].tokens).length)
                if x != y { return x < y }
                return lhs > rhs
            }!
            let canonical = context.text(mentions[canonicalMember].tokens)
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
        return votes.max { $0.value < $1.value }?.key
    }

    /// How far the draft's mentions are from `start`; earlier mentions are preferred.
    private func distance(_ draft: Draft, to start: Int, _ mentions: [Mention]) -> Int {
        var best = Int.max
        for member in draft.mentions {
            let offset = mentions[member].tokens.lowerBound
            let distance = offset <= start ? start - offset : (offset - start) * 4
            best = min(best, distance)
        }
        return best
    }

    /// Whether two first names are spellings of one (`Benjamin`, `Benyamin`): same
    /// first letter and length within two.
    private func similarFirstNames(_ lhs: String?, _ rhs: String) -> Bool {
        guard let lhs, let a = lhs.first, let b = rhs.first, a == b else { return false }
        return abs(lhs.count - rhs.count) <= 2 && lhs.prefix(3) == rhs.prefix(3)
    }

    /// A key with hyphens as spaces: `Maison-Blanche` and `Maison Blanche` are one name.
    private func normalizedKey(_ key: String) -> String {
        String(key.map { $0 == "-" ? " " : $0 })
    }

    /// The lowercase letters of a one-token acronym (`ue`), or `nil`.
    private func acronymKey(_ tokens: Range<Int>) -> String? {
        guard tokens.count == 1, context.traits[tokens.lowerBound].isAcronym else { return nil }
        return context.key(tokens.lowerBound)
    }

    /// The initials of the significant words of a name key: `union europeenne` → `ue`,
    /// `institut geophysique du perou` → `igp`.
    private func initials(of key: String) -> String {
        let skipped: Set<Substring> = ["de", "du", "des", "d'", "la", "le", "l'", "les", "et", "pour", "en", "a", "aux", "au"]
        var result = ""
        for word in key.split(separator: " ") where !skipped.contains(word) {
            var word = word
            if word.hasPrefix("d'") || word.hasPrefix("l'") { word = word.dropFirst(2) }
            if let first = word.first { result.append(first) }
        }
        return result
    }

    /// The mention right before `( ACRONYM )`, when the acronym stands in parentheses.
    private func parenthesisedExpansion(of tokens: Range<Int>, in mentions: [Mention]) -> Int? {
        let open = tokens.lowerBound - 1
        guard context.isPunct(open, 0x28) else { return nil }
        return mentions.lastIndex { $0.tokens.upperBound == open && $0.label == .organization }
    }
}
