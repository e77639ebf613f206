import ParoleCore

/// What a quote's speaker is, read from the words that name it and from what they
/// resolve to: its kind (a name, a description, a pronoun, an organisation, an
/// unnamed source), its gender and the role the text gives it.
struct SpeakerTraits {
    /// How the words name the speaker.
    var kind: Quote.Speaker.Kind
    /// The gender shown by the text or the first name, when shown.
    var gender: Gender?
    /// The words of the speaker's function (`Premier ministre israélien`).
    var role: Span?
}

extension QuoteScan {
    /// The traits of a speaker named by `span` (a pronoun when `pronoun` is its token)
    /// who resolves to `identity`, for a quote starting at token `position`.
    ///
    /// `links` are the role links of each cluster, in text order.
    func speakerTraits(
        span: Span, identity: SpeakerIdentity?, pronoun: Int?, links: [Int: [RoleLink]], at position: Int
    ) -> SpeakerTraits {
        let words = text.tokens(covering: span)
        let cluster = identity?.cluster.flatMap { text.clusters.indices.contains($0) ? text.clusters[$0] : nil }
        let kind = pronoun != nil ? .pronoun : self.kind(of: words, cluster: identity?.cluster)
        var traits = SpeakerTraits(kind: kind, gender: nil, role: nil)
        switch kind {
        case .organisation, .source:
            return traits
        case .pronoun:
            if let pronoun, text.info(pronoun).plural == true { return traits }
            if let cluster, cluster.label != .person { return traits }
            let description = described(identity)
            // `Il` for `le nouveau gouvernement`: a group has no gender.
            if let description, !description.isPerson { return traits }
            traits.gender =
                cluster?.gender ?? description?.gender ?? pronoun.flatMap { text.info($0).gender }
        case .name:
            traits.gender = cluster?.gender ?? phraseGender(words)
        case .description:
            guard let phrase = phrase(words), !phrase.plural else { return traits }
            traits.gender = cluster?.gender ?? phrase.gender
            if let head = phrase.head, text.isAny(head, .role) { traits.role = roleSpan(words) }
        }
        if traits.role == nil, let clusterIndex = identity?.cluster {
            traits.role =
                roleLink(of: clusterIndex, near: position, in: links).map { roleSpan($0.phrase) }
                ?? (kind == .name ? apposedRole(words) : nil)
        }
        if traits.role == nil, kind == .pronoun, let identity, identity.cluster == nil,
            let words = Optional(text.tokens(covering: identity.span)), let phrase = phrase(words),
            let head = phrase.head, text.isAny(head, .role)
        {
            traits.role = roleSpan(words)
        }
        return traits
    }

    /// The kind of speaker the tokens `words` name: a person's name (unless a group
    /// noun before it names the body, `les services de Manuel Valls`), else the first
    /// speaker noun before any name (a role, a source, a group or a document), else an
    /// organisation's or place's name, else a description.
    private func kind(of words: Range<Int>, cluster: Int?) -> Quote.Speaker.Kind {
        var noun: Int?
        var organisationName = false
        var otherName = false
        for index in words {
            if let entity = text.entity(at: index) {
                if entity.label == .person {
                    if let noun, nounKind(noun) == .organisation { return .organisation }
                    return .name
                }
                if entity.label == .organization { organisationName = true }
                otherName = true
            } else if noun == nil, !otherName, text.isAny(index, .speakerHead) || listedKind(index) != nil {
                noun = index
            }
        }
        // A role next to the person's name (`Gérald Karsenti, PDG de HP France`): a name.
        if let cluster, text.clusters.indices.contains(cluster), text.clusters[cluster].label == .person,
            isApposed(words, to: cluster)
        {
            return .name
        }
        if let noun, let kind = nounKind(noun), !(kind == .source && organisationName) { return kind }
        // `une coiffeuse de Lyon`: a noun of persons heads the phrase, not the place after it.
        if noun == nil, isHeadedByPersonNoun(words) { return .description }
        return otherName ? .organisation : .description
    }

    /// The kind of speaker noun `index` makes: the kinds lexicon first, then a role or
    /// person noun (a description), a group or document noun (an organisation).
    private func nounKind(_ index: Int) -> Quote.Speaker.Kind? {
        if let listed = listedKind(index) { return listed }
        if text.isAny(index, [.role, .personNoun]) { return .description }
        if text.isAny(index, [.groupNoun, .documentNoun]) { return .organisation }
        return nil
    }

    /// The kind `quotes-speaker-kinds.txt` gives the word at `index`.
    private func listedKind(_ index: Int) -> Quote.Speaker.Kind? {
        text.isWord(index) ? text.lexicons.speakerKinds[text.norm(index)] : nil
    }

    /// Whether a mention of `cluster` stands right before or after `words`, with at
    /// most a comma or a determiner between.
    private func isApposed(_ words: Range<Int>, to cluster: Int) -> Bool {
        func names(_ index: Int) -> Bool {
            index >= 0 && index < text.count && text.entity(at: index)?.cluster == cluster
        }
        var after = words.upperBound
        if after < text.count && text.isComma(after) { after += 1 }
        while after < text.count && text.isHonorific(after) { after += 1 }
        var before = words.lowerBound - 1
        if before >= 0 && text.isComma(before) { before -= 1 }
        return names(after) || names(before)
    }

    /// The noun phrase the tokens `words` start.
    private func phrase(_ words: Range<Int>) -> NounPhrase? {
        guard !words.isEmpty else { return nil }
        return text.phrase(startingAt: words.lowerBound, before: min(text.count, words.upperBound + 1))
    }

    /// The gender the phrase of `words` shows, when singular.
    private func phraseGender(_ words: Range<Int>) -> Gender? {
        guard let phrase = phrase(words), !phrase.plural else { return nil }
        return phrase.gender
    }

    /// The gender of the description an identity without a cluster names.
    private func described(_ identity: SpeakerIdentity?) -> NounPhrase? {
        guard let identity, identity.cluster == nil else { return nil }
        guard let phrase = phrase(text.tokens(covering: identity.span)), !phrase.plural else { return nil }
        return phrase
    }

    /// The role link of `cluster` made last before `position`, else its first one.
    private func roleLink(of cluster: Int, near position: Int, in links: [Int: [RoleLink]]) -> RoleLink? {
        guard let own = links[cluster], !own.isEmpty else { return nil }
        var low = 0
        var high = own.count
        while low < high {
            let middle = (low + high) / 2
            if own[middle].position <= position { low = middle + 1 } else { high = middle }
        }
        return own[max(0, low - 1)]
    }

    /// A role phrase in apposition after a name (`Bruno Le Roux, président du groupe`).
    private func apposedRole(_ words: Range<Int>) -> Span? {
        let comma = words.upperBound
        guard comma < text.count, text.isComma(comma), comma + 1 < text.count,
            let phrase = text.phrase(startingAt: comma + 1, before: min(text.count, comma + 16)),
            let head = phrase.head, text.isAny(head, .role), phrase.entity == nil
        else { return nil }
        return roleSpan(phrase.tokens)
    }

    /// The span of a role phrase without its determiner and without a name after it.
    private func roleSpan(_ words: Range<Int>) -> Span? {
        var start = words.lowerBound
        var end = words.upperBound
        while start < end && (text.isAny(start, .determiner) || text.isHonorific(start)) { start += 1 }
        if let name = (start..<end).first(where: { text.entity(at: $0)?.label == .person }) { end = name }
        while end > start && (text.isComma(end - 1) || text.isAny(end - 1, [.determiner, .preposition])) { end -= 1 }
        return start < end ? text.span(start..<end) : nil
    }
}

extension QuoteText {
    /// The tokens inside `span` (UTF-16 offsets), found by binary search.
    func tokens(covering span: Span) -> Range<Int> {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens.span(at: middle).end <= span.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < tokens.count && tokens.span(at: end).start < span.end { end += 1 }
        return low..<end
    }
}

/// Gender shown by the pronouns that name a person elsewhere in the document.
enum PronounGenders {
    /// Gives the speakers of a person's cluster whose gender is unknown the gender of
    /// the pronouns that name that person as a speaker (`Timor Goksel` … `dit-il`),
    /// when they all agree.
    static func share(_ quotes: inout [Quote]) {
        var votes: [Int: Gender?] = [:]
        for quote in quotes {
            guard let speaker = quote.speaker, speaker.kind == .pronoun, let cluster = speaker.cluster,
                let gender = speaker.gender
            else { continue }
            if let known = votes[cluster], known != gender {
                votes[cluster] = .some(nil)
            } else {
                votes[cluster] = gender
            }
        }
        guard !votes.isEmpty else { return }
        for index in quotes.indices {
            guard let speaker = quotes[index].speaker, speaker.gender == nil, let cluster = speaker.cluster,
                speaker.kind == .name || speaker.kind == .description, let gender = votes[cluster] ?? nil
            else { continue }
            quotes[index].speaker?.gender = gender
        }
    }
}
