import ParoleCore

/// Who a phrase or pronoun names, as the model stores a speaker: its span, its
/// cluster, and where its canonical name is read, so that no string is made until a
/// quote needs it.
///
/// Two identities are the same speaker when their spans, clusters and canonical names
/// are equal; the names compare without being spelled out (see ``Name``).
struct SpeakerIdentity: Sendable {
    /// Where the canonical name is read: the fullest name of the speaker.
    enum Name: Sendable, Equatable {
        /// The canonical name of ``SpeakerIdentity/cluster``: a named entity's cluster,
        /// or the person a role is linked to (`la ministre` → `Hélène Marchetti`).
        case clusterName
        /// The canonical name of the entity at this index of ``QuoteText/entities`` (an
        /// entity without a cluster); `isWords` when that name is the words of the span.
        case entityName(Int32, isWords: Bool)
        /// The words of ``SpeakerIdentity/span``: the phrase itself.
        case words
        /// The words of a phrase that ``SpeakerIdentity/span`` extends (UTF-16 offsets):
        /// `un psychiatre` for `un psychiatre qui n'a pas participé aux travaux`.
        case phraseWords(start: Int32, end: Int32)
    }

    /// Where the naming words start and end (UTF-16 offsets).
    private var start: Int32
    private var end: Int32
    /// The entity cluster, when the speaker is a named entity or a linked role.
    var cluster: Int?
    /// Where the canonical name is read.
    var name: Name

    /// An identity named by the words of `span`.
    init(span: Span, cluster: Int?, name: Name) {
        start = Int32(span.start)
        end = Int32(span.end)
        self.cluster = cluster
        self.name = name
    }

    /// The span of the naming words.
    var span: Span { Span(start: Int(start), end: Int(end)) }

    /// The fullest name of the speaker.
    func canonical(in text: QuoteText) -> String {
        switch name {
        case .clusterName: text.clusters[cluster!].canonical
        case .entityName(let entity, _): text.entities[Int(entity)].canonical
        case .words: text.text(span)
        case .phraseWords(let start, let end): text.text(Span(start: Int(start), end: Int(end)))
        }
    }
}

extension SpeakerIdentity: Hashable {
    /// What decides whether two canonical names are equal, given equal spans and
    /// clusters: a cluster has one name, the words of a span are one name, and an
    /// entity's name that is not its words belongs to that entity (the entity of a span
    /// is the one that covers its tokens); a phrase that a span extends is determined by it.
    private var nameKey: Int {
        switch name {
        case .clusterName: -2
        case .words: -1
        case .phraseWords: -3
        case .entityName(let entity, let isWords): isWords ? -1 : Int(entity)
        }
    }

    static func == (a: SpeakerIdentity, b: SpeakerIdentity) -> Bool {
        a.start == b.start && a.end == b.end && a.cluster == b.cluster && a.nameKey == b.nameKey
    }

    func hash(into hasher: inout Hasher) {
        // (Two words rather than four: the tables keyed by identities are never walked.)
        hasher.combine(UInt64(UInt32(bitPattern: start)) << 32 | UInt64(UInt32(bitPattern: end)))
        hasher.combine((cluster ?? -1) &* 8 &+ nameKey)
    }
}

/// Someone a pronoun may refer to: a named person, the subject of a sentence, or
/// the speaker of an earlier quote. Token indices are stored in 32 bits: a document
/// has tens of thousands of mentions.
struct SpeakerMention: Sendable {
    /// How prominent the mention is: higher is a better antecedent.
    enum Rank: UInt8, Comparable, Sendable {
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

    /// Where the mention is: its first token and the token after it.
    private var first: Int32
    private var end: Int32
    /// The index of its frame.
    private var frameIndex: Int32
    /// The token of a subject pronoun, or -1.
    private var pronounToken: Int32
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

    init(
        tokens: Range<Int>, frame: Int, rank: Rank, gender: Gender?, plural: Bool, isPerson: Bool, isNamed: Bool,
        identity: SpeakerIdentity?, pronoun: Int? = nil
    ) {
        first = Int32(tokens.lowerBound)
        end = Int32(tokens.upperBound)
        frameIndex = Int32(frame)
        pronounToken = pronoun.map { Int32($0) } ?? -1
        self.rank = rank
        self.gender = gender
        self.plural = plural
        self.isPerson = isPerson
        self.isNamed = isNamed
        self.identity = identity
    }

    /// Where the mention is (its tokens).
    var tokens: Range<Int> { Int(first)..<Int(end) }
    /// Its frame.
    var frame: Int {
        get { Int(frameIndex) }
        set { frameIndex = Int32(newValue) }
    }
    /// The token of a subject pronoun (`Il a ajouté`), whose antecedent it names.
    var pronoun: Int? { pronounToken >= 0 ? Int(pronounToken) : nil }
}

/// A role noun in apposition to a person's name (`la ministre chargée du logement,
/// Hélène Marchetti`), so that a later `la ministre` names her.
struct RoleLink: Sendable {
    /// The role noun's singular norm.
    var role: String
    /// The person's cluster.
    var cluster: Int
    /// Where the link is made (a token index): the first token of the name.
    var position: Int
    /// The tokens of the role's phrase (`la ministre chargée du logement`).
    var phrase: Range<Int>
}

extension [RoleLink] {
    /// The index of the first link made at token `position` or after it (`count` when
    /// none is), by a binary search: links are in text order, so the links before the
    /// index are those made before `position`.
    func firstIndex(atOrAfter position: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].position < position { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension QuoteScan {
    /// The identity a noun phrase names: its entity, a person its role is linked to, or itself.
    ///
    /// With `describing`, the words are those that best describe the speaker where it
    /// is named (the whole phrase of an organisation, the role of a person, the relative
    /// clause of an unnamed speaker); a mention that only a pronoun may refer to needs
    /// only the name, whose canonical name is the same.
    func identity(of phrase: NounPhrase, links: [RoleLink], describing: Bool = true) -> SpeakerIdentity {
        if let entityTokens = phrase.entity, let (_, entityIndex) = text.entityRun(at: entityTokens.lowerBound) {
            let entity = text.entities[entityIndex]
            // `Pieter-Jan de Vries` cut at its particle: the whole name is the speaker's name.
            if let whole = text.nameWithParticle(entityTokens) {
                return SpeakerIdentity(span: text.span(whole), cluster: entity.cluster, name: .words)
            }
            let described = describing && phrase.tokens != entityTokens ? text.describingTokens(of: phrase) : nil
            let span = described.map { text.span($0) } ?? entity.span
            if var cluster = entity.cluster, text.clusters.indices.contains(cluster) {
                cluster = agreeingCluster(cluster, name: entity.span, in: phrase)
                // A name that is already the canonical name: the words are its role, when one is given.
                if describing, entity.label == .person,
                    let role = roleTokens(of: phrase, name: entityTokens, links: links),
                    text.spells(entity.span, as: text.clusters[cluster].canonical)
                {
                    return SpeakerIdentity(span: text.span(role), cluster: cluster, name: .clusterName)
                }
                return SpeakerIdentity(span: span, cluster: cluster, name: .clusterName)
            }
            let isWords = span == entity.span && text.spells(entity.span, as: entity.canonical)
            return SpeakerIdentity(
                span: span, cluster: entity.cluster, name: .entityName(Int32(entityIndex), isWords: isWords))
        }
        let span = text.span(
            text.describingRoleTokens(of: phrase) ?? text.withoutAcronym(text.withoutParticipleTail(phrase)))
        if let head = phrase.head, !phrase.plural, text.isAny(head, [.role, .groupNoun]),
            let determiner = phrase.tokens.first, [.le, .la, .leElided].contains(text.keyword(determiner)),
            let link = apposedLink(of: phrase, in: links)
                ?? lastLink(of: head, in: phrase, in: links),
            text.clusters.indices.contains(link.cluster)
        {
            let cluster = text.clusters[link.cluster]
            if phrase.gender == nil || cluster.gender == nil || phrase.gender == cluster.gender {
                return SpeakerIdentity(span: span, cluster: link.cluster, name: .clusterName)
            }
        }
        if let cluster = epithetCluster(of: phrase) ?? roleAnaphorCluster(of: phrase, links: links) {
            return SpeakerIdentity(span: span, cluster: cluster, name: .clusterName)
        }
        if describing, let described = text.describingTokens(withRelativeAfter: phrase) {
            let name = SpeakerIdentity.Name.phraseWords(start: Int32(span.start), end: Int32(span.end))
            return SpeakerIdentity(span: text.span(described), cluster: nil, name: name)
        }
        return SpeakerIdentity(span: span, cluster: nil, name: .words)
    }

    /// The cluster a person's name in `phrase` belongs to, given the gender the phrase's
    /// own words show: a surname the entities joined to a person of another or unknown
    /// gender (`le président Biya` after `son épouse, Chantal Biya`) names the person of
    /// the phrase's gender with that surname (`Paul Biya`), when the document has one.
    func agreeingCluster(_ cluster: Int, name: Span, in phrase: NounPhrase) -> Int {
        guard let said = ownGender(of: phrase), text.clusters[cluster].gender != said else { return cluster }
        let surname = " " + text.text(name)
        for (index, other) in text.clusters.enumerated()
        where other.label == .person && other.gender == said && other.canonical.hasSuffix(surname) {
            return index
        }
        return cluster
    }

    /// The gender the words of `phrase` other than a name show: its role or person noun,
    /// else its honorific (`M.`, `Mme`).
    private func ownGender(of phrase: NounPhrase) -> Gender? {
        if let head = phrase.head, text.isAny(head, [.role, .personNoun]), let gender = text.info(head).gender {
            return gender
        }
        for index in phrase.tokens where text.isHonorific(index) {
            if let gender = text.info(index).gender { return gender }
        }
        return nil
    }

    /// The person a bare epithet refers back to: `le procureur de Lyon, Thierry Dran, …
    /// Le magistrat a précisé …`. Journalists name a person once with a precise title or
    /// name, then with a broader noun (`quotes-epithet-nouns.txt`: `le magistrat`, `l'élue`,
    /// `l'intéressé`). The phrase must be only a singular definite article and that noun (a
    /// phrase with a complement introduces someone); its referent is the person named last
    /// (by a name) in this sentence or the two before, of the noun's gender.
    private func epithetCluster(of phrase: NounPhrase) -> Int? {
        let start = phrase.tokens.lowerBound
        guard phrase.tokens.count == 2, !phrase.plural, [.le, .la, .leElided].contains(text.keyword(start)),
            let nounGender = text.lexicons.epithetNouns[text.norm(start + 1)]
        else { return nil }
        let gender = nounGender ?? phrase.gender
        let frame = frameIndex(of: start)
        var index = start - 1
        // At most 200 tokens back, so that text without sentence ends stays linear.
        while index >= 0, index >= start - 200, frame - frameIndex(of: index) <= 2 {
            if let (run, entityIndex) = text.entityRun(at: index) {
                let entity = text.entities[entityIndex]
                if entity.label == .person, let cluster = entity.cluster, text.clusters.indices.contains(cluster) {
                    let clusterGender = text.clusters[cluster].gender
                    return gender == nil || clusterGender == nil || gender == clusterGender ? cluster : nil
                }
                index = run.lowerBound - 1
                continue
            }
            index -= 1
        }
        return nil
    }

    /// The person a definite role phrase with no name refers back to: `Christian Constantin
    /// vit un retour cauchemardesque. … lâche le président du club valaisan`. Journalists
    /// name a person, then take up the person by a role; the phrase (a singular definite
    /// article, a role noun and its complements, no name) names the person named last in
    /// its paragraph (see ``lastNamedPerson(before:gender:)``), of the
    /// role's gender, unless the document gives that person other roles and never this one.
    private func roleAnaphorCluster(of phrase: NounPhrase, links: [RoleLink]) -> Int? {
        let start = phrase.tokens.lowerBound
        guard phrase.entity == nil, !phrase.plural, let head = phrase.head, head == start + 1,
            text.isAny(head, .role), [.le, .la, .leElided].contains(text.keyword(start)),
            let cluster = lastNamedPerson(before: start, gender: phrase.gender)
        else { return nil }
        let roles = links.lazy.filter { $0.cluster == cluster }.map(\.role)
        return roles.isEmpty || roles.contains(roleKey(head)) ? cluster : nil
    }

    /// The cluster of the person named last before token `start` in its paragraph, when
    /// its gender agrees with `gender`: a name outside quotation
    /// marks that opens a clause (after a sentence start, a line start, a comma or a colon,
    /// honorifics aside), as the subject a role takes up does; a name after an article or
    /// a preposition (`l'accueil de l'Ocean Viking`) is a mention in passing.
    private func lastNamedPerson(before start: Int, gender: Gender?) -> Int? {
        guard !text.startsLine(start) else { return nil }
        var index = start - 1
        // At most 200 tokens back, so that text without line ends stays linear.
        while index >= 0, index >= start - 200 {
            var first = index
            if let (run, entityIndex) = text.entityRun(at: index) {
                first = run.lowerBound
                let entity = text.entities[entityIndex]
                if entity.label == .person, !isQuoted(run.lowerBound), opensClause(run.lowerBound),
                    let cluster = entity.cluster, text.clusters.indices.contains(cluster)
                {
                    let clusterGender = text.clusters[cluster].gender
                    return gender == nil || clusterGender == nil || gender == clusterGender ? cluster : nil
                }
            }
            if text.startsLine(first) { return nil }
            index = first - 1
        }
        return nil
    }

    /// Whether the name starting at token `name` opens a clause: honorifics aside, it
    /// starts a line or a sentence, or follows a comma or a colon.
    private func opensClause(_ name: Int) -> Bool {
        var first = name
        while first > 0 && text.isHonorific(first - 1) { first -= 1 }
        guard first > 0, !text.startsLine(first), frames[frameIndex(of: first)].lowerBound != first else { return true }
        return text.isComma(first - 1) || text.isPunctuation(first - 1, .colon)
    }

    /// The link of a role phrase to the name set in apposition right after it: `a déclaré
    /// le commissaire chargé des enquêtes à la PJ, Marc Girard, …` names Marc Girard even
    /// where the speaker's words stop before the complements that lead to the name.
    private func apposedLink(of phrase: NounPhrase, in links: [RoleLink]) -> RoleLink? {
        let tokens = phrase.tokens
        return links.first {
            tokens.contains($0.phrase.lowerBound) && $0.phrase.upperBound >= tokens.upperBound
                && $0.position >= tokens.upperBound
        }
    }

    /// The last link made before token `position` for the role noun at `head` whose role
    /// the words of `phrase` do not set apart: `le ministre de la Communication` names no
    /// one linked as `le ministre des Finances`, while `le ministre` or `le ministre
    /// béninois des Finances` names that minister.
    private func lastLink(of head: Int, in phrase: NounPhrase, in links: [RoleLink]) -> RoleLink? {
        let role = roleKey(head)
        let own = roleSpecifiers(phrase.tokens, role: role, before: phrase.tokens.upperBound)
        return links.last {
            guard $0.role == role, $0.position < phrase.tokens.lowerBound else { return false }
            let linked = roleSpecifiers($0.phrase, role: role, before: $0.position)
            return own.isEmpty || linked.isEmpty || !own.isDisjoint(with: linked)
        }
    }

    /// The words of a role phrase that tell one holder of role `role` from another: the
    /// capitalised words of its complements and adjectives (`Finances`, `Premier`), not its
    /// determiners, prepositions, conjunctions, role noun or a person's name, up to `end`;
    /// lower-case words describe more than they tell apart (`le bourgmestre socialiste`
    /// after `le bourgmestre de Liège`, `le directeur du site`)
    /// (a name that comes before the role, `Karim Benali, secrétaire régional`, ends nothing).
    private func roleSpecifiers(_ tokens: Range<Int>, role: String, before end: Int) -> Set<String> {
        var words: Set<String> = []
        let upper = end > tokens.lowerBound ? min(tokens.upperBound, end) : tokens.upperBound
        for index in tokens.lowerBound..<upper
        where text.isWord(index) && text.isCapitalized(index)
            && !text.isAny(index, [.determiner, .preposition, .conjunction])
            && text.entity(at: index)?.label != .person && roleKey(index) != role
        {
            words.insert(roleKey(index))
        }
        return words
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
            // People and their roles; organisations and their nouns (`l'ONG Human Rights Watch`).
            guard entity.label == .person || entity.label == .organization, let cluster = entity.cluster else { return }
            let linkable: QuoteWordClass = entity.label == .person ? .role : .groupNoun
            let frame = self.frame(of: range.lowerBound)
            var before = range.lowerBound - 1
            while before >= frame.lowerBound && text.isHonorific(before) { before -= 1 }
            var roles: [NounPhrase] = []
            if before >= frame.lowerBound && text.isComma(before) {
                if let phrase = text.phrase(endingAt: before - 1, notBefore: frame.lowerBound) {
                    roles.append(phrase)
                    if let role = roleBeforeComplements(phrase, comma: before, frame: frame) { roles.append(role) }
                }
            } else if !isToldName(range),
                let phrase = text.phrase(endingAt: range.upperBound - 1, notBefore: frame.lowerBound)
            {
                roles.append(phrase)
                // `le préfet du Nord Michel Lalande`: the place ending the role stops the name's phrase.
                if phrase.tokens.lowerBound == range.lowerBound, before >= frame.lowerBound, text.isInEntity(before),
                    let role = text.phrase(endingAt: before, notBefore: frame.lowerBound)
                {
                    roles.append(role)
                }
                if let role = roleBeforeEpithet(name: range, frame: frame) { roles.append(role) }
            }
            // (Not the subject of the next clause: `depuis Djeddah, le ministre a dénoncé`.)
            if range.upperBound < frame.upperBound && text.isComma(range.upperBound),
                let phrase = text.phrase(startingAt: range.upperBound + 1, before: frame.upperBound),
                phrase.tokens.upperBound >= frame.upperBound || !startsVerbGroup(phrase.tokens.upperBound)
            {
                roles.append(phrase)
            }
            for phrase in roles {
                if let head = phrase.head, text.isAny(head, linkable),
                    head < range.lowerBound || head >= range.upperBound
                {
                    links.append(
                        RoleLink(
                            role: roleKey(head), cluster: cluster, position: range.lowerBound, phrase: phrase.tokens))
                }
            }
        }
        return links
    }

    /// Whether the name at `range` follows `à`, `au` or `aux` (an article between them) that
    /// no role governs (`a indiqué le parquet de Lille à l'AFP`, `a confié le ministre au
    /// Parisien`): the one the words were told, not the phrase before it in apposition (`la
    /// secrétaire à l'Intérieur`, `l'adjoint au maire` keep their name).
    private func isToldName(_ range: Range<Int>) -> Bool {
        var before = range.lowerBound - 1
        if before >= 0 && text.isAny(before, .determiner) && !text.isAny(before, .preposition) { before -= 1 }
        guard before >= 0, let word = text.keyword(before), word == .a || word == .au || word == .aux else {
            return false
        }
        return !text.attachesToRole(before)
    }

    /// The role phrase whose complements are listed with commas before the comma of the
    /// name: `Le ministre malien des Affaires religieuses, du Culte et des Coutumes, Dr
    /// Mahamadou Oumar Koné`. Back from `phrase` (the last complement, opened by `de`),
    /// over at most three complements each after a comma, to a phrase with a role noun;
    /// the role is that phrase and the complements, up to the name's comma.
    private func roleBeforeComplements(_ phrase: NounPhrase, comma: Int, frame: Range<Int>) -> NounPhrase? {
        var first = phrase.tokens.lowerBound
        for _ in 0..<3 {
            guard text.keyword(first)?.isDeForm == true, first - 2 >= frame.lowerBound, text.isComma(first - 1),
                let previous = text.phrase(endingAt: first - 2, notBefore: frame.lowerBound)
            else { return nil }
            if let head = previous.head, text.isAny(head, .role) {
                return text.describe(previous.tokens.lowerBound..<comma)
            }
            first = previous.tokens.lowerBound
        }
        return nil
    }

    /// The role phrase set in apposition before a name that an epithet opens: `Le président
    /// de la Fédération internationale (IIHF), le Fribourgeois René Fasel, …`. Before the
    /// name, one or two words (a demonym, an adjective) after a determiner that follows a
    /// comma; the role is the phrase that ends before the comma. A title among those words
    /// (`Le porte-parole du gouvernement, le colonel Abdou Sall, a dénoncé …`) is a second
    /// apposition only when a comma closes the name and no other phrase opens after it (not
    /// a list: `le maire, le préfet Jean Roux, le recteur …`).
    private func roleBeforeEpithet(name: Range<Int>, frame: Range<Int>) -> NounPhrase? {
        var start = name.lowerBound - 1
        var titled = false
        while start >= frame.lowerBound, name.lowerBound - start <= 2, text.isWord(start),
            !text.isAny(start, [.determiner, .preposition])
        {
            titled = titled || text.isAny(start, .role)
            start -= 1
        }
        guard start < name.lowerBound - 1, start - 2 >= frame.lowerBound, text.isAny(start, .determiner),
            !text.isAny(start, .preposition), text.isComma(start - 1)
        else { return nil }
        if titled {
            let after = name.upperBound
            guard after + 1 < frame.upperBound, text.isComma(after), !text.isAny(after + 1, .determiner) else {
                return nil
            }
        }
        // An acronym in brackets closes the role (`(IIHF)`): the phrase ends before it and keeps it.
        var end = start - 2
        if end - 3 >= frame.lowerBound, text.isPunctuation(end, .closingBracket),
            text.isPunctuation(end - 2, .openingBracket)
        {
            end -= 3
        }
        guard let role = text.phrase(endingAt: end, notBefore: frame.lowerBound) else { return nil }
        return text.describe(role.tokens.lowerBound..<(start - 1))
    }

    /// The antecedents a pronoun may take: named people, and the subjects of sentences
    /// (outside quotation marks), in text order.
    func mentions(links: [RoleLink], reportedClauses: [Range<Int>]) -> [SpeakerMention] {
        let reported = TokenRanges(reportedClauses)
        var mentions: [SpeakerMention] = []
        // A person named outside quotation marks (the name may begin inside them).
        text.forEachEntity { range, entity in
            if text.entities[entity].label == .person && range.contains(where: { !isQuoted($0) }) {
                mentions.append(mention(of: text.describe(range), rank: passiveAgentRank(range), links: links))
            }
        }
        var subjects: [NounPhrase] = []
        for (frameIndex, frame) in frames.enumerated() {
            subjects.removeAll(keepingCapacity: true)
            if let opening = openingSubject(of: frameIndex) { subjects.append(opening) }
            for token in frame where !isQuoted(token) && token > frame.lowerBound && startsVerbGroup(token) {
                if case .phrase(let phrase) = subject(before: token, coordination: false) { subjects.append(phrase) }
            }
            for phrase in subjects where phrase.entity != nil || phrase.head != nil {
                let embedded =
                    reported.contains(phrase.tokens.lowerBound)
                    || inOpeningSubordinate(phrase.tokens.lowerBound, frame: frame)
                var mention = mention(of: phrase, rank: embedded ? .embeddedSubject : .subject, links: links)
                mention.frame = frameIndex
                mentions.append(mention)
            }
            for token in frame
            where text.isAny(token, .subjectPronoun) && !isQuoted(token) && isPersonalSubjectPronoun(token) {
                let info = text.info(token)
                let embedded = reported.contains(token) || inOpeningSubordinate(token, frame: frame)
                mentions.append(
                    SpeakerMention(
                        tokens: token..<(token + 1), frame: frameIndex, rank: embedded ? .embeddedSubject : .subject,
                        gender: info.gender, plural: info.plural ?? false, isPerson: true, isNamed: false,
                        identity: nil, pronoun: token))
            }
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return mentions
    }

    /// The rank of a person named at `range`: the agent of a passive verb is the
    /// clause's real subject (`La plainte a été déposée par Anne Roy, …`), any other
    /// mention ranks below subjects.
    private func passiveAgentRank(_ range: Range<Int>) -> SpeakerMention.Rank {
        var before = range.lowerBound - 1
        while before >= 0 && text.isHonorific(before) { before -= 1 }
        guard before >= 1, text.isKeyword(before, .par), text.looksLikeAgentParticiple(before - 1) else {
            return .other
        }
        return isQuoted(before) ? .other : .subject
    }

    /// Whether token `index` is `il`, `elle`, `ils` or `elles` as the subject of a
    /// verb, not after a preposition (`avec elle`) and not impersonal (`il faut`, `il y a`,
    /// `il est essentiel de`).
    func isPersonalSubjectPronoun(_ index: Int) -> Bool {
        guard text.isAny(index, .subjectPronoun), !text.isKeyword(index, .on), index + 1 < text.count else {
            return false
        }
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
    func mention(of phrase: NounPhrase, rank: SpeakerMention.Rank, links: [RoleLink]) -> SpeakerMention {
        SpeakerMention(
            tokens: phrase.tokens, frame: frameIndex(of: phrase.tokens.lowerBound), rank: rank, gender: phrase.gender,
            plural: phrase.plural, isPerson: phrase.isPerson, isNamed: phrase.entity != nil,
            identity: identity(of: phrase, links: links, describing: false))
    }
}
