import ParoleCore

/// `selon X`, `d'après X`, `comme l'explique X`, and `pour X,` at the head of a
/// sentence: the speaker of the clause around them, and `selon lequel` after a noun (`les informations de
/// plusieurs médias selon lesquelles ...`).
extension QuoteFinder {
    /// A source phrase: its speaker, its cue (`selon`) and the token after it.
    struct SourcePhrase {
        /// The speaker named after `selon`.
        var speaker: SpeakerRef
        /// `selon`, `d'après` or `pour`, as a cue.
        var cue: Quote.Cue
        /// The token after the speaker's phrase (after a name in apposition, if any).
        var end: Int
    }

    /// The source phrase starting at `index`: `selon`, `d'après` or `à en croire` and a
    /// pronoun or a phrase that can name a speaker (`selon les cas` is none), or `à ses yeux`.
    func sourcePhrase(at index: Int) -> SourcePhrase? {
        let word = text.keyword(index)
        let speakerStart: Int
        if word == .selon {
            speakerStart = index + 1
        } else if (word == .deElided || word == .deElidedCurly) && index + 1 < text.count
            && text.isKeyword(index + 1, .apres)
        {
            speakerStart = index + 2
        } else if word == .a, index + 2 < text.count, text.keyword(index + 1)?.isThirdPersonPossessive == true,
            text.lexicons.viewNouns.contains(text.norm(index + 2))
        {
            // `à ses yeux`, `à son avis`: the possessive names whose view it is.
            let cue = Quote.Cue(span: text.span(index..<(index + 3)), lemma: "pour")
            return SourcePhrase(speaker: .pronoun(index + 1), cue: cue, end: index + 3)
        } else if word == .a, index + 3 < text.count, text.isKeyword(index + 1, .en),
            text.readings(index + 2).contains(where: {
                $0.kind == .infinitive && text.lexicons.speechVerbs.verbs[$0.verb].frames.contains(.belief)
            })
        {
            // `à en croire X`: whom the clause is believed from, as `selon X`.
            speakerStart = index + 3
        } else if word == .comme {
            return commeIncise(at: index)
        } else {
            return nil
        }
        guard speakerStart < text.count else { return nil }
        // (`Selon le cas,`, `Selon les régions,`, `Selon leur âge,`: what things vary with, not a source.)
        let noun = text.isAny(speakerStart, .determiner) ? speakerStart + 1 : speakerStart
        if noun < text.count, text.isAny(noun, .notSource), !text.isAny(noun, .determiner) { return nil }
        // `à en croire` is read as `selon`.
        let lemma = word == .selon || word == .a ? "selon" : "d'après"
        let cue = Quote.Cue(span: text.span(index..<speakerStart), lemma: lemma)
        return source(at: speakerStart, cue: cue, requireSpeaker: false)
            ?? frontedSource(at: speakerStart, cue: cue, leading: index)
    }

    /// The source of `Selon X,` / `D'après X,` at the head of its clause when X names no
    /// speaker: a noun phrase led by a determiner (not `les` and a noun alone), with at most a
    /// relative clause about it, that a comma closes within a few words (`Selon le coup de
    /// sonde,`, `Selon l'article 67 de la loi,`, `D'après ces mêmes médias,`, `Selon le
    /// scénario que les enquêteurs ont reconstitué,`). Fronted so, the phrase attributes
    /// the clause to what it names (a document, a poll, a source); the reporter's own
    /// (`Selon nos informations`) is not read here. The speaker is the whole phrase.
    private func frontedSource(at start: Int, cue: Quote.Cue, leading index: Int) -> SourcePhrase? {
        let frame = scan.frame(of: index)
        guard opensClause(at: index, in: frame), text.isAny(start, .determiner),
            !text.isAny(start, [.preposition, .relative]), text.keyword(start)?.isFirstPerson != true,
            let phrase = text.phrase(startingAt: start, before: frame.upperBound),
            phrase.head != nil || phrase.tokens.count > 1
        else { return nil }
        // (`Selon toute vraisemblance,`, `Selon vos envies,`, `Selon le cas,`, `Selon la
        // saison,`: what things vary with or conform to, not a source.)
        let noun = (start + 1..<phrase.tokens.upperBound).first { !text.isAny($0, .prenominal) }
        guard !text.isAny(start, .notSource), !(noun.map { text.isAny($0, .notSource) } ?? false) else { return nil }
        let limit = min(frame.upperBound, start + 16)
        // (`les` and a plural noun alone name what things vary with, not a source: `Selon
        // les cas,`, `Selon les régions,`.)
        guard let comma = (phrase.tokens.upperBound..<limit).first(where: { text.isComma($0) }),
            comma - start > 2 || text.norm(start) != "les", comma + 1 < frame.upperBound,
            !(start..<comma).contains(where: {
                text.isQuotationMark($0)
                    || !text.isWord($0) && !text.isNumber($0)
                        && !text.isPunctuation($0, [.openingBracket, .closingBracket])
            }),
            bracketsBalance(start..<comma)
        else { return nil }
        return SourcePhrase(speaker: .phrase(text.describe(start..<comma)), cue: cue, end: comma)
    }

    /// `comme l'explique X`, `comme le soulignait X`, `comme l'a rappelé X` at `index`:
    /// a comparative incise whose object clitic stands for the clause it attributes, with
    /// a speech verb that reports a clause and takes an incise (frames `que` and `incise`
    /// of the lexicon: not `comme le souhaite X`, `comme le veut la tradition`) and its
    /// subject after it. The source is that subject; the cue is the verb.
    private func commeIncise(at index: Int) -> SourcePhrase? {
        let clitic = index + 1
        guard clitic + 1 < text.count,
            text.isKeyword(clitic, .le) || text.isKeyword(clitic, .leElided) || text.norm(clitic) == "l’",
            let cue = scan.cue(startingAt: clitic + 1) ?? scan.cue(startingAt: clitic)
                ?? SpeechCueFinder(text: text).cue(at: clitic + 1),
            cue.frames.isSuperset(of: [.que, .incise]), cue.invertedPronoun == nil,
            cue.form == .finite || cue.form == .pastParticiple,
            let subject = scan.subject(after: cue), scan.isPlausibleSpeaker(subject)
        else { return nil }
        return SourcePhrase(speaker: .phrase(subject), cue: cue.modelCue(in: text), end: subject.tokens.upperBound)
    }

    /// The speaker phrase at `start` after a source word: a tonic pronoun, or a phrase
    /// that can name a speaker (a name, a speaker noun, a noun after a possessive: `selon
    /// son complice`), possibly a document standing for its author (`un communiqué de
    /// la présidence` → `la présidence`), with a name or a role in apposition.
    /// `requireSpeaker` asks for a person, a group or an organisation (after `pour`).
    private func source(at start: Int, cue: Quote.Cue, requireSpeaker: Bool) -> SourcePhrase? {
        if text.isAny(start, .tonicPronoun) {
            return SourcePhrase(speaker: .pronoun(start), cue: cue, end: start + 1)
        }
        let upper = scan.frame(of: start).upperBound
        if let pronoun = pronounSource(at: start, before: upper) {
            return SourcePhrase(speaker: pronoun.speaker, cue: cue, end: pronoun.end)
        }
        // `Selon nos informations`: the reporter's own, nobody's; `selon nos sources`: the
        // reporter's informants, who are the speaker.
        if !requireSpeaker && text.isAny(start, .determiner) && text.keyword(start)?.isFirstPerson == true {
            guard let phrase = text.phrase(startingAt: start, before: upper), let head = phrase.head else {
                return nil
            }
            if text.isAny(head, .documentNoun) {
                return SourcePhrase(speaker: .none, cue: cue, end: phrase.tokens.upperBound)
            }
            guard scan.isPlausibleSpeaker(phrase) else { return nil }
            return SourcePhrase(speaker: .phrase(phrase), cue: cue, end: phrase.tokens.upperBound)
        }
        guard var phrase = text.phrase(startingAt: start, before: upper) else { return nil }
        let possessive = text.isAny(start, .determiner) && text.keyword(start)?.isThirdPersonPossessive == true
        // `Selon les chiffres rendus publics hier par l'INSEE, ...`, `..., selon une étude
        // publiée mercredi dans la revue Nature.`, `Selon le Conseil norvégien pour les
        // réfugiés (NRC), ...`: the phrase runs to the comma or the end.
        let stop = (phrase.tokens.upperBound..<min(upper, phrase.tokens.upperBound + 12)).first {
            text.isComma($0) || text.isTerminal($0) && $0 + 1 >= upper
        }
        if let stop, stop > phrase.tokens.upperBound,
            !(phrase.tokens.upperBound..<stop).contains(where: {
                scan.startsVerbGroup($0) || text.isQuotationMark($0) || text.isAny($0, .relative)
                    || !text.isWord($0) && !text.isNumber($0)
                        && !text.isPunctuation($0, [.openingBracket, .closingBracket])
            }),
            bracketsBalance(start..<stop)
        {
            phrase = text.describe(start..<stop)
        }
        // `selon son estimation`: the author is the sentence's subject; at the head of
        // the sentence (`D'après ses calculs, ...`), the one the possessive refers to.
        if possessive, let head = phrase.head, text.isAny(head, .documentNoun) {
            var subject = scan.mainSubject(of: scan.frameIndex(of: start), before: start)
            if subject == .none { subject = .pronoun(start) }
            return SourcePhrase(speaker: subject, cue: cue, end: phrase.tokens.upperBound)
        }
        if requireSpeaker {
            let named = phrase.entity.flatMap { text.entity(at: $0.lowerBound) }
            guard
                phrase.head.map({ !text.isAny($0, .documentNoun) }) ?? false
                    || named.map({ $0.label == .person || $0.label == .organization }) ?? false
            else { return nil }
        } else {
            // `d'après la mission d'observation de l'Union africaine`: a complement may name the speaker.
            guard
                scan.isPlausibleSpeaker(phrase) || possessive || phrase.entity != nil
                    || scan.isPlausibleSpeaker(scan.speakerPhrase(phrase))
            else { return nil }
        }
        // `Selon la Couronne, M. Dupont, 27 ans, s'était rendu …`: a person after an
        // organisation's name is the clause's subject, not the same one in apposition.
        if !namesOrganisation(phrase), let person = text.apposedPerson(at: phrase.tokens.upperBound) {
            return SourcePhrase(speaker: .phrase(text.describe(person)), cue: cue, end: person.upperBound)
        }
        // `Selon la fédération des banques, Febelfin, « … »`: an organisation's name in apposition.
        if let name = apposedOrganisation(at: phrase.tokens.upperBound, before: upper) {
            return SourcePhrase(speaker: .phrase(text.describe(name)), cue: cue, end: name.upperBound)
        }
        // A name and its roles in apposition: `Pour Bernard Thibault, son secrétaire
        // général :`, `Selon François Dubet, sociologue et professeur à l'Université, ...`.
        if phrase.isPerson, phrase.entity != nil,
            let end = roleApposition(after: phrase.tokens.upperBound, before: upper)
        {
            return SourcePhrase(speaker: .phrase(phrase), cue: cue, end: end)
        }
        return SourcePhrase(speaker: .phrase(scan.speakerPhrase(phrase)), cue: cue, end: phrase.tokens.upperBound)
    }

    /// A pronoun standing alone as the source at `start`, before a comma or the clause's
    /// first determiner: an indefinite one names nobody (`Selon certains, ...`, `Pour
    /// plusieurs les ...`: no speaker); one that stands for someone named before, after
    /// `selon` or `pour` (`selon celui-ci,`, `Pour ce dernier,`: that phrase).
    private func pronounSource(at start: Int, before upper: Int) -> (speaker: SpeakerRef, end: Int)? {
        if text.isAny(start, .indefinitePronoun), start + 1 < upper,
            text.isComma(start + 1) || text.isAny(start + 1, .determiner) && !text.isAny(start + 1, .preposition)
        {
            return (.none, start + 1)
        }
        // `celui-ci`, or a determiner and `dernier`.
        let last = text.isAny(start, .determiner) && !text.isAny(start, .anaphoricPronoun) ? start + 1 : start
        guard last + 1 < upper, text.isAny(last, .anaphoricPronoun), text.isComma(last + 1) else { return nil }
        return (.phrase(text.describe(start..<(last + 1))), last + 1)
    }

    /// Whether `phrase` names an organisation, ending with its name and headed by it or by
    /// the noun right before it (`la Couronne`, `le syndicat IG Metall`; not `le patron de Renault`).
    private func namesOrganisation(_ phrase: NounPhrase) -> Bool {
        guard let entity = phrase.entity, entity.upperBound == phrase.tokens.upperBound,
            phrase.head.map({ $0 + 1 >= entity.lowerBound }) ?? true
        else { return false }
        return text.entity(at: entity.lowerBound)?.label == .organization
    }

    /// The organisation named alone between commas after the comma at `comma` (`, Febelfin,`).
    private func apposedOrganisation(at comma: Int, before upper: Int) -> Range<Int>? {
        guard comma + 1 < upper, text.isComma(comma), let name = text.entityTokens(at: comma + 1),
            name.lowerBound == comma + 1, name.upperBound < upper, text.isComma(name.upperBound),
            text.entity(at: name.lowerBound)?.label == .organization
        else { return nil }
        return name
    }

    /// The comma or colon that ends a role in apposition after the comma at `comma`
    /// (`, sociologue français et professeur à l'Université Bordeaux II,`), if any.
    private func roleApposition(after comma: Int, before upper: Int) -> Int? {
        guard comma + 1 < upper, text.isComma(comma) else { return nil }
        var first = comma + 1
        if text.isAny(first, .determiner) { first += 1 }
        guard first < upper, text.isAny(first, [.role, .prenominal]) else { return nil }
        var index = first + 1
        while index < min(upper, comma + 18) {
            if text.isComma(index) || text.isPunctuation(index, .colon) { return index }
            if scan.startsVerbGroup(index) || text.isAny(index, .relative) || text.isQuotationMark(index)
                || !text.isWord(index) && !text.isNumber(index)
            {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Adds the clauses attributed by source phrases: `Selon X, ...`, `..., selon X.`,
    /// `qui, selon X, ...`, `Pour X, ...`, and `... selon lesquelles ...`.
    mutating func findSourcePhrases() {
        for index in 0..<text.count where !scan.isQuoted(index) {
            // Only `selon`, `d'` (`d'après`), `pour`, `à` (`à ses yeux`) and `comme` (`comme
            // l'explique X`) lead a source phrase.
            switch text.keyword(index) {
            case .selon, .deElided, .deElidedCurly, .pour, .a, .comme: break
            default: continue
            }
            let frame = scan.frame(of: index)
            if text.isKeyword(index, .selon), index + 1 < frame.upperBound, text.isAny(index + 1, .relativeSelon) {
                addRelativeSource(at: index, frame: frame)
                continue
            }
            guard let source = sourcePhrase(at: index) ?? pourSource(at: index, in: frame),
                let clause = clause(attributedBy: source, at: index, in: frame)
            else { continue }
            // `faisant preuve « d'écoute » selon le rapporteur`: the source of a fragment only.
            if source.cue.lemma != "pour" && attributesFragmentOnly(sourceAt: index, clause: clause) { continue }
            // `Pour la défense, Me X a plaidé …`: a clause with a speech verb of its own
            // reports what its subject said, not the view of X.
            if source.cue.lemma == "pour"
                && scan.cues(withVerbIn: clause).contains(where: {
                    ($0.form == .finite || $0.form == .pastParticiple) && !scan.isQuoted($0.verb)
                })
            {
                continue
            }
            // `Le procureur a rappelé qu'il était « le seul » …, selon un communiqué du parquet`:
            // the words before the source phrase hold a quote of their own, with its speaker.
            if clause.lowerBound < index && holdsCuedQuote(clause, before: index) { continue }
            // `que le polonium est, selon lui, une substance …`: an aside inside a clause
            // already reported gives no quote of its own.
            if source.cue.lemma != "pour" && isInsideReportedClause(index) { continue }
            addReported(clause, speaker: source.speaker, cue: source.cue)
        }
    }

    /// Whether the source phrase at `index`, which closes `clause`, gives its speaker to the
    /// quoted fragment right before it rather than to the clause: with no comma between
    /// them (`a fait preuve « d'écoute et de pragmatisme » selon le rapporteur`), or when
    /// the clause has no verb outside the marks (`Une information « totalement infondée »,
    /// selon le ministère`). The fragment is then a partial quote of that speaker.
    private func attributesFragmentOnly(sourceAt index: Int, clause: Range<Int>) -> Bool {
        guard clause.upperBound <= index, pairCovering(clause) == nil else { return false }
        var before = index - 1
        let adjacent = before >= 0 && text.isQuotationMark(before)
        if !adjacent && before > 0 && text.isComma(before) { before -= 1 }
        guard before >= clause.lowerBound, text.isQuotationMark(before),
            let pair = scan.outerPair(enclosing: before), scan.pairs[pair].close == before,
            !scan.pairs[pair].isOpenEnded
        else { return false }
        if adjacent { return true }
        return !clause.contains { !scan.isQuoted($0) && (scan.startsVerbGroup($0) || looksFinite($0)) }
    }

    /// Whether the words of `clause` before token `end` hold the speech verb of a quote
    /// found earlier (a reported clause or a direct quote whose cue is a verb of the
    /// clause, not a quote that opens it): that quote has its own speaker, and the clause
    /// that wraps it is no quote of another.
    func holdsCuedQuote(_ clause: Range<Int>, before end: Int) -> Bool {
        let last = min(clause.upperBound, end)
        guard clause.lowerBound < last else { return false }
        let span = text.span(clause.lowerBound..<last)
        return candidateIndex.cued(startingIn: span.start..<span.end).contains {
            let candidate = candidates[$0]
            guard !candidate.isDropped, let cue = candidate.cue else { return false }
            return cue.span.end <= span.end && !candidate.tokens.contains(clause.lowerBound)
        }
    }

    /// The source phrase `pour X,` at token `index` when `pour` opens a clause of `frame`:
    /// X names a speaker and a comma closes it, right after X or after a relative clause
    /// about X (`Pour les avocats qui se sont relayés, …`), and X is no beneficiary. An
    /// indefinite pronoun or a person's name needs no comma before the clause's article
    /// (`Pour certains cette annonce est …`, `Pour Marie Dupont le plus dur est passé`).
    private func pourSource(at index: Int, in frame: Range<Int>) -> SourcePhrase? {
        guard text.isKeyword(index, .pour), index + 1 < frame.upperBound, opensClause(at: index, in: frame) else {
            return nil
        }
        let cue = Quote.Cue(span: text.tokens.span(at: index), lemma: "pour")
        guard var source = self.source(at: index + 1, cue: cue, requireSpeaker: true) else { return nil }
        let bare =
            (source.speaker == .none || isPersonName(source.speaker)) && source.end < frame.upperBound
            && text.isAny(source.end, .determiner) && !text.isAny(source.end, .preposition)
        if !(source.end < frame.upperBound && text.isComma(source.end)) && !bare {
            guard let comma = relativeComma(after: source.end, in: frame) else { return nil }
            source.end = comma
        }
        if case .phrase(let phrase) = source.speaker, isBeneficiary(phrase) { return nil }
        return source
    }

    /// Whether `speaker` is a person's name alone (`Marie Dupont`, not `le maire`).
    private func isPersonName(_ speaker: SpeakerRef) -> Bool {
        guard case .phrase(let phrase) = speaker, let entity = phrase.entity, entity == phrase.tokens else {
            return false
        }
        return text.entity(at: entity.lowerBound)?.label == .person
    }

    /// Whether a phrase after `pour` names people the clause is about rather than whose
    /// view it gives: plural people without a name (`Pour les voyageurs, la galère continue`).
    private func isBeneficiary(_ phrase: NounPhrase) -> Bool {
        guard phrase.entity == nil, phrase.plural, let head = phrase.head else { return false }
        return text.isAny(head, .personNoun) && !text.isAny(head, [.role, .groupNoun])
    }

    /// Whether token `index` lies inside a reported clause already found (not at its start).
    private func isInsideReportedClause(_ index: Int) -> Bool {
        let longest = candidateIndex.longestIndirect
        return candidateIndex.indirect(startingIn: max(0, index - longest)..<index).contains {
            let candidate = candidates[$0]
            return !candidate.isDropped && candidate.tokens.contains(index) && candidate.cue?.lemma != "selon"
                && candidate.cue?.lemma != "pour" && candidate.cue?.lemma != "d'après"
        }
    }

    /// The comma that closes a relative clause opening at token `start` (`qui se sont
    /// relayés,`), within a few words, with no quotation mark or other punctuation before it.
    private func relativeComma(after start: Int, in frame: Range<Int>) -> Int? {
        guard start < frame.upperBound, isRelative(start) else { return nil }
        for index in (start + 1)..<min(frame.upperBound, start + 12) {
            if text.isComma(index) { return index }
            if !text.isWord(index) && !text.isNumber(index) { return nil }
        }
        return nil
    }

    /// Whether token `index` opens a clause of `frame`: its first word after a
    /// dateline and leading conjunctions and adverbs (`Désormais, pour X,`), or the word
    /// after a colon or a semicolon.
    private func opensClause(at index: Int, in frame: Range<Int>) -> Bool {
        index == text.skipLead(in: frame)
            || index - 1 > frame.lowerBound && text.isComma(index - 1) && text.skipLead(in: frame) == index - 1
            || index > frame.lowerBound
                && (text.isPunctuation(index - 1, .colon) || text.isPunctuation(index - 1, .semicolon))
    }

    /// The clause a source phrase at `index` attributes: the words after it when it
    /// leads its clause (`Selon X, ...`, `car selon X, ...`, `qui, selon X, ...`, after a
    /// fronted complement: `Hier, selon X, ...`), else the words before it.
    private func clause(attributedBy source: SourcePhrase, at index: Int, in frame: Range<Int>) -> Range<Int>? {
        let clauseStart = text.datelineEnd(in: frame) ?? frame.lowerBound
        let before = index - 1
        // `..., selon son entourage.`: a source phrase that ends the sentence leads nothing.
        let endsSentence =
            source.end >= frame.upperBound || text.isTerminal(source.end) && source.end + 1 >= frame.upperBound
        let dashAside = isDashAside(source, at: index, clauseStart: clauseStart, in: frame)
        let leads =
            index <= clauseStart
            || text.isAny(before, [.relative, .conjunction, .subordinator]) && !text.isAny(before, .determiner)
            || text.isPunctuation(before, .colon) || text.isDash(before) && !dashAside
            || text.isComma(before) && !endsSentence
                && (before == clauseStart || text.isAny(before - 1, [.relative, .conjunction])
                    || !(clauseStart..<before).contains { scan.startsVerbGroup($0) || looksFinite($0) })
        // `Pas du tout, selon plusieurs enseignants qui demandent …`: a relative clause about
        // the source that runs to the end is no clause it attributes; the words before are.
        if leads && !(index > clauseStart && relativeRunsToEnd(from: source.end, in: frame)) {
            var start = source.end
            // `parce que – selon X – la voiture …`: past the closing dash too.
            let closingDash = before >= 0 && text.isDash(before) && start < frame.upperBound && text.isDash(start)
            if start < frame.upperBound && text.isComma(start) || closingDash { start += 1 }
            // `Pour X, qui n'a pas participé aux travaux, la découverte est ...`; `Pour X, du
            // Laboratoire Y, la banquise ...`: a relative or an affiliation about X.
            if start < frame.upperBound
                && (text.isAny(start, .relative) && !text.isAny(start, .determiner) || isAffiliation(at: start)),
                let comma = (start..<frame.upperBound).first(where: { text.isComma($0) && !scan.isQuoted($0) })
            {
                start = comma + 1
            }
            // `qui, selon X, ont été ...,`: the relative clause, to its comma.
            let relative = before > frame.lowerBound && text.isComma(before) && text.isAny(before - 1, .relative)
            let end = clauseEnd(from: start, cue: nil, stopsAtComma: relative)
            // `Les propos du ministre, selon X, sont ambigus`: an aside between the subject
            // and its verb; the whole sentence is attributed.
            if source.cue.lemma != "pour", !relative, before > clauseStart, text.isComma(before),
                !text.isAny(before - 1, [.relative, .conjunction, .subordinator]),
                start < frame.upperBound, scan.startsVerbGroup(start), clauseStart < end
            {
                return clauseStart..<end
            }
            return start < end ? start..<end : nil
        }
        let start = clauseStart
        if let aside = asideClause(source, at: index, from: start, dashAside: dashAside, in: frame) {
            return aside
        }
        if before >= frame.lowerBound && text.isComma(before) {
            // `ce qui a pu permettre, d'après X, à des députés de …`: the complement after the aside.
            if splitsVerbPhrase(comma: before, sourceEnd: source.end, in: frame) {
                let end = clauseEnd(from: source.end + 1, cue: nil)
                return source.end + 1 < end ? (source.end + 1)..<end : nil
            }
            // `..., selon X.`: the words before; `X, selon Y, Z`: the whole sentence.
            // (`..., selon X, qui a publié ses chiffres.`: a relative clause about X closes it too;
            // so does a phrase led by a preposition after a clause that can stop before the
            // comma: `ont vécu des moments inoubliables, selon X, à l'instar de …`.)
            let closes =
                source.end >= frame.upperBound || text.isTerminal(source.end) || isRelative(source.end)
                || !text.isComma(source.end) && !text.isWord(source.end)
                || source.end + 1 < frame.upperBound && isRelative(source.end + 1)
                || source.end + 1 < frame.upperBound && opensPrepositionalPhrase(source.end + 1)
                    && canEndClause(before - 1)
            if closes || source.end + 1 >= frame.upperBound { return start < before ? start..<before : nil }
            let end = clauseEnd(from: source.end + 1, cue: nil)
            return start < end ? start..<end : nil
        }
        // `qui traversait selon lui une période difficile`: the words after it, when there
        // are some; `a été tué selon la police.`: the words before.
        // (`... selon X qui devient ministre :`: a relative clause about X; the words before.)
        // (`Bref comme l'a rappelé le procureur, « … »`: the words after the comma.)
        if source.end < frame.upperBound && !text.isTerminal(source.end) && !isRelative(source.end) {
            let from = text.isComma(source.end) && source.end + 1 < frame.upperBound ? source.end + 1 : source.end
            let end = clauseEnd(from: from, cue: nil)
            if from < end { return from..<end }
        }
        return start < index ? start..<index : nil
    }

    /// Whether every closing bracket in `range` closes an opening one in it (`le Conseil
    /// pour les réfugiés (NRC)`), so that a source phrase running to the comma does not
    /// take in the bracket that closes an aside around it (`(selon la police).`).
    private func bracketsBalance(_ range: Range<Int>) -> Bool {
        var depth = 0
        for index in range {
            if text.isPunctuation(index, .openingBracket) {
                depth += 1
            } else if text.isPunctuation(index, .closingBracket) {
                depth -= 1
                if depth < 0 { return false }
            }
        }
        return true
    }

    /// Whether the source phrase at `index` stands between dashes after its subject (`Le
    /// cortège – selon les organisateurs – a réuni …`), an aside as between commas; not after
    /// `parce que` or `qui`, where the clause it opens is the one reported.
    private func isDashAside(_ source: SourcePhrase, at index: Int, clauseStart: Int, in frame: Range<Int>) -> Bool {
        let before = index - 1
        return index > clauseStart + 1 && text.isDash(before) && source.end < frame.upperBound
            && text.isDash(source.end) && !text.isAny(before - 1, [.relative, .conjunction, .subordinator])
    }

    /// The clause a source phrase in brackets or between dashes attributes, from `start`:
    /// the words before the bracket when it ends the sentence (`Trois blessés (selon la
    /// police).`), else the sentence around the aside (`Le cortège (selon X) a réuni …`);
    /// `.some(nil)` when that is empty, `nil` when the source is in no such aside.
    private func asideClause(
        _ source: SourcePhrase, at index: Int, from start: Int, dashAside: Bool, in frame: Range<Int>
    ) -> Range<Int>?? {
        let before = index - 1
        let bracketed =
            before > start && text.isPunctuation(before, .openingBracket) && source.end < frame.upperBound
            && text.isPunctuation(source.end, .closingBracket)
        guard bracketed || dashAside && source.end + 1 < frame.upperBound else { return nil }
        let after = source.end + 1
        if bracketed && (after >= frame.upperBound || text.isTerminal(after)) { return .some(start..<before) }
        let end = clauseEnd(from: after, cue: nil)
        return .some(start < end ? start..<end : nil)
    }

    /// Whether token `index` is a relative pronoun (`qui`, `dont`; not the determiner `lequel`).
    private func isRelative(_ index: Int) -> Bool {
        index < text.count && text.isAny(index, .relative) && !text.isAny(index, .determiner)
    }

    /// Whether a relative clause opens at token `start` and runs to the end of `frame` with
    /// no comma outside quotation marks.
    private func relativeRunsToEnd(from start: Int, in frame: Range<Int>) -> Bool {
        // (`…, selon le parquet, qui précise que …`: after the source's comma too.)
        let start = start + 1 < frame.upperBound && text.isComma(start) ? start + 1 : start
        return isRelative(start) && !(start..<frame.upperBound).contains { text.isComma($0) && !scan.isQuoted($0) }
    }

    /// Whether the source aside after the comma at `comma` splits a verb phrase: the word
    /// before it is an infinitive and a preposition opens the words after it (`ce qui a pu
    /// permettre, d'après X, à des députés de …`). The source vouches for that complement,
    /// not for the words before.
    private func splitsVerbPhrase(comma: Int, sourceEnd: Int, in frame: Range<Int>) -> Bool {
        let verb = comma - 1
        guard verb > frame.lowerBound, sourceEnd + 1 < frame.upperBound, text.isComma(sourceEnd),
            opensPrepositionalPhrase(sourceEnd + 1), text.isWord(verb), !text.isCapitalized(verb),
            !text.isAny(verb, .auxiliary)
        else { return false }
        return text.hasVerbTime(verb, .infinitive)
    }

    /// Whether token `index` opens an affiliation in apposition: `du Laboratoire …`,
    /// `de l'Université …`, `d'Amnesty International` (a name after `de`).
    private func isAffiliation(at index: Int) -> Bool {
        guard let word = text.keyword(index), word == .du || word == .de || word == .deElided else { return false }
        var next = index + 1
        if word != .du && next < text.count && text.isAny(next, .determiner) && !text.isAny(next, .preposition) {
            next += 1
        }
        return next < text.count && text.isCapitalized(next) && text.isWord(next)
    }

    /// `les informations de plusieurs médias selon lesquelles X`: X, said by the
    /// author of the noun before `selon`.
    private mutating func addRelativeSource(at index: Int, frame: Range<Int>) {
        guard index > frame.lowerBound, let phrase = text.phrase(endingAt: index - 1, notBefore: frame.lowerBound)
        else { return }
        let start = index + 2
        let end = clauseEnd(from: start, cue: nil)
        guard start < end else { return }
        let cue = Quote.Cue(span: text.tokens.span(at: index), lemma: "selon")
        addReported(start..<end, speaker: .phrase(scan.speakerPhrase(phrase)), cue: cue)
    }

    /// Adds a reported clause: a direct quote when the clause is exactly a pair of
    /// marks (`indiquent que « ... »`), else an indirect quote unless another covers it.
    /// The calling function is recorded as the rule that found it.
    mutating func addReported(
        _ clause: Range<Int>, speaker: SpeakerRef, cue: Quote.Cue?, nonFinite: Bool = false,
        file: StaticString = #fileID, function: StaticString = #function
    ) {
        if let pairIndex = pairCovering(clause) {
            guard pairRoles[pairIndex] == .undecided else { return }
            pairRoles[pairIndex] = .direct
            addDirect(
                scan.pairs[pairIndex], speaker: speaker, cue: cue, inciseEnd: nil, file: file, function: function)
            return
        }
        guard !overlapsReportedClause(clause, cue: cue) else { return }
        var candidate = QuoteCandidate(tokens: clause, kind: .indirect, speaker: speaker, cue: cue)
        candidate.hasNonFiniteCue = nonFinite
        add(candidate, file: file, function: function)
    }
}
