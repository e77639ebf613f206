import ParoleCore

/// Who a phrase or pronoun names, as the model stores a speaker.
struct SpeakerIdentity: Sendable, Hashable {
    /// The span of the naming words.
    var span: Span
    /// The fullest name of the speaker: an entity cluster's canonical name, a linked
    /// person's name (`la ministre` → `Hélène Marchetti`), or the phrase itself.
    var canonical: String
    /// The entity cluster, when the speaker is a named entity.
    var cluster: Int?
}

/// Someone a pronoun may refer to: a named person, the subject of a sentence, or
/// the speaker of an earlier quote.
struct Mention: Sendable {
    /// How prominent the mention is: higher is a better antecedent.
    enum Rank: Int, Comparable, Sendable {
        /// Any other mention of a person.
        case other = 0
        /// The subject of a clause inside a reported clause.
        case embeddedSubject = 1
        /// The subject of a sentence.
        case subject = 2
        /// The speaker of a quote.
        case speaker = 3

        static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Where the mention is (its tokens).
    var tokens: Range<Int>
    /// Its frame.
    var frame: Int
    /// How prominent it is.
    var rank: Rank
    /// Its gender, when known.
    var gender: Gender?
    /// Whether it is plural.
    var plural: Bool
    /// Whether it names a person rather than a group.
    var isPerson: Bool
    /// Whether it is a named entity.
    var isNamed: Bool
    /// Who it names; `nil` for a subject pronoun, which names its own antecedent.
    var identity: SpeakerIdentity?
    /// The token of a subject pronoun (`Il a ajouté`), whose antecedent it names.
    var pronoun: Int?
}

/// A role noun in apposition to a person's name (`la ministre chargée du logement,
/// Hélène Marchetti`), so that a later `la ministre` names her.
struct RoleLink: Sendable {
    /// The role noun's singular norm.
    var role: String
    /// The person's cluster.
    var cluster: Int
    /// Where the link is made (a token index).
    var position: Int
}

extension QuoteScan {
    /// The identity a noun phrase names: its entity, a person its role is linked to, or itself.
    func identity(of phrase: NounPhrase, links: [RoleLink]) -> SpeakerIdentity {
        if let entityTokens = phrase.entity, let entity = text.entity(at: entityTokens.lowerBound) {
            var canonical = entity.canonical
            if let cluster = entity.cluster, text.clusters.indices.contains(cluster) { canonical = text.clusters[cluster].canonical }
            return SpeakerIdentity(span: entity.span, canonical: canonical, cluster: entity.cluster)
        }
        let span = text.span(phrase.tokens)
        let words = text.text(phrase.tokens)
        if let head = phrase.head, !phrase.plural, text.isAny(head, .role),
            let determiner = phrase.tokens.first, [.le, .la, .leElided].contains(text.keyword(determiner)),
            let link = links.last(where: { $0.role == roleKey(head) && $0.position < phrase.tokens.lowerBound }),
            text.clusters.indices.contains(link.cluster)
        {
            let cluster = text.clusters[link.cluster]
            if phrase.gender == nil || cluster.gender == nil || phrase.gender == cluster.gender {
                return SpeakerIdentity(span: span, canonical: cluster.canonical, cluster: link.cluster)
            }
        }
        return SpeakerIdentity(span: span, canonical: words, cluster: nil)
    }

    /// The key of a role noun: its singular norm.
    func roleKey(_ index: Int) -> String {
        let norm = text.norm(index)
        if text.info(index).plural == true, let singular = norm.removingSuffix("s") { return singular }
        return norm
    }

    /// Every role noun linked to a person's name: `la ministre ..., Hélène Marchetti`,
    /// `la biologiste Claire Nguyen`, `Karim Benali, secrétaire régional ...`.
    func roleLinks() -> [RoleLink] {
        var links: [RoleLink] = []
        text.forEachEntity { range, entityIndex in
            let entity = text.entities[entityIndex]
            guard entity.label == .person, let cluster = entity.cluster else { return }
            let frame = self.frame(of: range.lowerBound)
            var before = range.lowerBound - 1
            while before >= frame.lowerBound && text.isHonorific(before) { before -= 1 }
            var roles: [NounPhrase] = []
            if before >= frame.lowerBound && text.isComma(before) {
                if let phrase = text.phrase(endingAt: before - 1, notBefore: frame.lowerBound) { roles.append(phrase) }
            } else if let phrase = text.phrase(endingAt: range.upperBound - 1, notBefore: frame.lowerBound) {
                roles.append(phrase)
            }
            if range.upperBound < frame.upperBound && text.isComma(range.upperBound),
                let phrase = text.phrase(startingAt: range.upperBound + 1, before: frame.upperBound)
            {
                roles.append(phrase)
            }
            for phrase in roles {
                if let head = phrase.head, text.isAny(head, .role), head < range.lowerBound || head >= range.upperBound {
                    links.append(RoleLink(role: roleKey(head), cluster: cluster, position: range.lowerBound))
                }
            }
        }
        return links
    }

    /// The antecedents a pronoun may take: named people, and the subjects of sentences
    /// (outside quotation marks), in text order.
    func mentions(links: [RoleLink], reportedClauses: [Range<Int>]) -> [Mention] {
        var mentions: [Mention] = []
        // A person named outside quotation marks (the name may begin inside them).
        text.forEachEntity { range, entity in
            if text.entities[entity].label == .person && range.contains(where: { !isQuoted($0) }) {
                mentions.append(mention(of: text.describe(range), rank: .other, links: links))
            }
        }
        for (frameIndex, frame) in frames.enumerated() {
            var subjects: [NounPhrase] = []
            if let opening = openingSubject(of: frameIndex) { subjects.append(opening) }
            for token in frame where !isQuoted(token) && token > frame.lowerBound && startsVerbGroup(token) {
                if case .phrase(let phrase) = subject(before: token, coordination: false) { subjects.append(phrase) }
            }
            for phrase in subjects where phrase.entity != nil || phrase.head != nil {
                let embedded = reportedClauses.contains { $0.contains(phrase.tokens.lowerBound) }
                    || inOpeningSubordinate(phrase.tokens.lowerBound, frame: frame)
                var mention = mention(of: phrase, rank: embedded ? .embeddedSubject : .subject, links: links)
                mention.frame = frameIndex
                mentions.append(mention)
            }
            for token in frame where !isQuoted(token) && isPersonalSubjectPronoun(token) {
                let info = text.info(token)
                let embedded = reportedClauses.contains { $0.contains(token) } || inOpeningSubordinate(token, frame: frame)
                mentions.append(
                    Mention(
                        tokens: token..<(token + 1), frame: frameIndex, rank: embedded ? .embeddedSubject : .subject,
                        gender: info.gender, plural: info.plural ?? false, isPerson: true, isNamed: false,
                        identity: nil, pronoun: token))
            }
        }
        return mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Whether token `index` is `il`, `elle`, `ils` or `elles` as the subject of a
    /// verb, not after a preposition (`avec elle`) and not impersonal (`il faut`, `il y a`,
    /// `il est essentiel de`).
    func isPersonalSubjectPronoun(_ index: Int) -> Bool {
        guard text.isAny(index, .subjectPronoun), !text.isKeyword(index, .on), index + 1 < text.count else { return false }
        if index > 0 && text.isAny(index - 1, .preposition) && !text.isAny(index - 1, .determiner) { return false }
        guard text.isKeyword(index, .il) else { return true }
        guard let next = text.keyword(index + 1) else { return true }
        if next.followsImpersonalIl { return false }
        if next.isImpersonalEtre && index + 3 < text.count {
            let after = text.keyword(index + 3)
            if after == .de || after == .deElided || after == .que || after == .queElided { return false }
        }
        return true
    }

    /// Whether token `index` lies in a subordinate clause that opens frame `frame`
    /// (`Alors que l'arbitre avait accordé un penalty, il ...`).
    func inOpeningSubordinate(_ index: Int, frame: Range<Int>) -> Bool {
        guard text.isAny(frame.lowerBound, .subordinator) else { return false }
        return !(frame.lowerBound..<index).contains { text.isComma($0) && !isQuoted($0) }
    }

    /// A mention of `phrase`.
    func mention(of phrase: NounPhrase, rank: Mention.Rank, links: [RoleLink]) -> Mention {
        Mention(
            tokens: phrase.tokens, frame: frameIndex(of: phrase.tokens.lowerBound), rank: rank, gender: phrase.gender,
            plural: phrase.plural, isPerson: phrase.isPerson, isNamed: phrase.entity != nil,
            identity: identity(of: phrase, links: links))
    }
}
