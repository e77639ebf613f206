/// What the speaker ranker reads of one candidate speaker of a quote: where the
/// candidate stands relative to the quote and its cue, what kind of mention it is, and
/// what the rules and the quotes before made of it. No feature names a word of a
/// specific person, so that the weights carry over to articles nobody trained on.
///
/// The raw values are the names used in `Resources/models/speaker-ranker.txt` and in
/// the `parole analyze --speaker-candidates` dump that trains it.
enum SpeakerFeature: String, CaseIterable, Sendable {
    /// The "no speaker" candidate.
    case noSpeaker = "none"
    /// "No speaker", and the rules found none either.
    case noSpeakerByRules = "none_rules"
    /// "No speaker" for a direct quote.
    case noSpeakerDirect = "none_direct"
    /// "No speaker" for a partial quote.
    case noSpeakerPartial = "none_partial"
    /// "No speaker" for a quote with a cue (a speech verb or `selon`).
    case noSpeakerWithCue = "none_cue"
    /// "No speaker" for a quote alone on its line.
    case noSpeakerAloneOnLine = "none_alone_line"
    /// "No speaker" for a quote alone on its line with no final punctuation (an intertitle).
    case noSpeakerHeading = "none_heading"
    /// The rules chose this speaker.
    case ruleChoice = "rule"
    /// The rules chose this speaker through a pronoun.
    case ruleChoiceByPronoun = "rule_pronoun"
    /// The mention ends before the quote starts.
    case before = "before"
    /// The mention starts after the quote ends.
    case after = "after"
    /// The mention lies inside the quote's words.
    case inside = "inside"
    /// The mention is in a sentence of the quote.
    case sameSentence = "same_sentence"
    /// The mention is one sentence before the quote.
    case oneSentenceBefore = "sentence_before_1"
    /// The mention is two sentences before the quote.
    case twoSentencesBefore = "sentence_before_2"
    /// The mention is three or more sentences before the quote.
    case threeSentencesBefore = "sentence_before_3"
    /// The mention is in the sentence after the quote.
    case sentenceAfter = "sentence_after"
    /// The distance in tokens to the quote, as log(1 + distance) / 5.
    case distance = "distance"
    /// The mention is between the quote's end and the end of its incise.
    case inIncise = "incise"
    /// The mention ends at most three tokens before the cue (its subject).
    case beforeCue = "cue_subject_before"
    /// The mention starts at most three tokens after the cue (an inverted subject or object).
    case afterCue = "cue_subject_after"
    /// The mention follows `selon`, `pour` or `d'après`.
    case afterSourcePreposition = "source_preposition"
    /// A mention in passing (not a subject).
    case rankOther = "rank_other"
    /// The subject of a clause inside a reported clause.
    case rankEmbeddedSubject = "rank_embedded_subject"
    /// The subject of a sentence.
    case rankSubject = "rank_subject"
    /// The speaker the rules gave some quote.
    case rankSpeaker = "rank_speaker"
    /// A person rather than a group.
    case person = "person"
    /// A named entity.
    case named = "named"
    /// A pronoun.
    case pronoun = "pronoun"
    /// A pronoun whose antecedent was not found.
    case unresolvedPronoun = "pronoun_unresolved"
    /// A named group (an organisation).
    case organisation = "organisation"
    /// A noun phrase naming a role (`la ministre`), not a name.
    case role = "role"
    /// Plural.
    case plural = "plural"
    /// The mention has the gender of the pronoun the rules attributed the quote to.
    case genderAgrees = "gender_agrees"
    /// The mention has the other gender.
    case genderClashes = "gender_clashes"
    /// How often the same person is mentioned in the document, as log(1 + count) / 3.
    case frequency = "frequency"
    /// The last person who was a sentence subject before the quote.
    case lastPersonSubject = "last_person_subject"
    /// The speaker the rules gave the quote just before.
    case previousSpeaker = "previous_speaker"
    /// In the quote's paragraph.
    case sameParagraph = "same_paragraph"
    /// The nearest candidate mention before the quote.
    case nearestBefore = "nearest_before"
    /// The nearest candidate mention after the quote.
    case nearestAfter = "nearest_after"
    /// A direct quote and a mention after it.
    case directAfter = "direct_after"
    /// An indirect quote and a mention before it.
    case indirectBefore = "indirect_before"
    /// A partial quote and a mention in its sentence.
    case partialSameSentence = "partial_same_sentence"
    /// The quote's cue is `selon`, `pour` or `d'après`.
    case sourceCue = "cue_source"
    /// The quote's cue comes after the quote's start (an incise).
    case cueAfterQuote = "cue_after_quote"
    /// The quote has no cue.
    case noCue = "no_cue"
    /// The candidate names a place (a location entity, or a pronoun resolved to one): a
    /// capital may stand for its government, but a city named in passing says nothing.
    case place = "place"
    /// The candidate's words (a pronoun's antecedent's) follow a preposition other than
    /// `selon`, `pour` and `par`: a complement (`depuis Djeddah`, `au ministre`), not a subject.
    case complement = "complement"
    /// The candidate's words (a pronoun's antecedent's) hold a proper noun (the
    /// `morphology` stage's part of speech).
    case headProperNoun = "head_propn"
    /// The first noun or proper noun of the candidate's words is a common noun.
    case headCommonNoun = "head_noun"
    /// The candidate's words hold a verb: a clause caught as a name, not a noun phrase.
    case phraseHasVerb = "phrase_verb"
    /// The quote's cue is not read as a verb by the `morphology` stage (nor is it `selon`).
    case cueNotVerb = "cue_not_verb"
    /// How many other quotes of the article the rules give this speaker, as log(1 + count) / 2.
    case quotesSpoken = "quotes_spoken"
    /// The speaker is the rules' speaker of another quote of the article that has a speech verb.
    case speechSubjectElsewhere = "speech_subject_elsewhere"
    /// The speaker is named in the article's title or first sentence (its first two frames).
    case namedInOpening = "named_in_opening"
    /// A group or place (not a person) as the speaker of a speech verb that takes a person
    /// subject (a verb without the `source` frame).
    case groupWithSpeechVerb = "group_speech_verb"
    /// A group or place as the source of a quote (`selon`, or a verb of the `source` frame).
    case groupAsSource = "group_source"
    /// A pronoun whose gender and number (from the lexicon) both fit its antecedent's.
    case pronounAgrees = "pronoun_agrees"
    /// A pronoun whose gender or number clashes with its antecedent's.
    case pronounClashes = "pronoun_clashes"
    /// A pronoun whose antecedent is a group or a place, not a person.
    case pronounToGroup = "pronoun_group"

    /// The features in the order of a feature vector.
    static let ordered = allCases

    /// The position of the feature in a feature vector.
    var index: Int { Self.indexOf[self]! }

    private static let indexOf: [SpeakerFeature: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}

/// A feature vector of a candidate speaker, indexed by ``SpeakerFeature``.
struct SpeakerFeatures: Sendable {
    /// The values, in ``SpeakerFeature/ordered`` order.
    private(set) var values = [Float](repeating: 0, count: SpeakerFeature.ordered.count)

    /// The value of `feature`.
    subscript(feature: SpeakerFeature) -> Float {
        get { values[feature.index] }
        set { values[feature.index] = newValue }
    }

    /// Sets `feature` to 1 when `condition` holds.
    mutating func set(_ feature: SpeakerFeature, _ condition: Bool) {
        if condition { values[feature.index] = 1 }
    }
}
