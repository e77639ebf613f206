import ParoleCore

/// The closed classes and noun classes a word belongs to, as the quotes rules read them.
struct QuoteWordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    init(rawValue: UInt64) { self.rawValue = rawValue }

    static let determiner = QuoteWordClass(rawValue: 1 << 0)
    static let preposition = QuoteWordClass(rawValue: 1 << 1)
    /// `il`, `elle`, `ils`, `elles`, `on`.
    static let subjectPronoun = QuoteWordClass(rawValue: 1 << 2)
    /// `-t-il`, `-elle`, as the tokenizer splits inverted subjects.
    static let invertedPronoun = QuoteWordClass(rawValue: 1 << 3)
    /// `lui`, `elle`, `eux`, `elles` after a preposition.
    static let tonicPronoun = QuoteWordClass(rawValue: 1 << 4)
    /// Object, reflexive and negative clitics before a verb.
    static let clitic = QuoteWordClass(rawValue: 1 << 5)
    static let reflexive = QuoteWordClass(rawValue: 1 << 6)
    static let negation = QuoteWordClass(rawValue: 1 << 7)
    /// `qui`, `que`, `dont`, `où`.
    static let relative = QuoteWordClass(rawValue: 1 << 8)
    static let conjunction = QuoteWordClass(rawValue: 1 << 9)
    /// Words that open a fronted subordinate clause: `alors`, `si`, `lorsque`.
    static let subordinator = QuoteWordClass(rawValue: 1 << 10)
    /// Forms of `avoir` used as an auxiliary.
    static let avoir = QuoteWordClass(rawValue: 1 << 11)
    /// Forms of `être` used as an auxiliary.
    static let etre = QuoteWordClass(rawValue: 1 << 12)
    /// Verbs that take an infinitive: `tient` (à préciser), `veut`, `doit`.
    static let modal = QuoteWordClass(rawValue: 1 << 13)
    /// Words that introduce a name or title: `surnommé`, `baptisé`, `slogan`.
    static let naming = QuoteWordClass(rawValue: 1 << 14)
    /// Words that end like infinitives but are not: `hier`, `premier`, `ministre`.
    static let notInfinitive = QuoteWordClass(rawValue: 1 << 15)
    /// `lequel`, `laquelle`, ... after `selon`.
    static let relativeSelon = QuoteWordClass(rawValue: 1 << 16)
    /// A one-word adverbial of `quotes-adverbials.txt`.
    static let adverb = QuoteWordClass(rawValue: 1 << 17)
    /// A time word: `lundi`, `hier`, `matin`, `mars`.
    static let time = QuoteWordClass(rawValue: 1 << 18)
    /// A title written before a name: `M.`, `Mme`, `Dr` (must be capitalised).
    static let honorific = QuoteWordClass(rawValue: 1 << 19)
    /// A role or occupation noun: `ministre`, `porte-parole`, `avocat`.
    static let role = QuoteWordClass(rawValue: 1 << 20)
    /// A noun that names a person without a name: `source`, `proche`.
    static let personNoun = QuoteWordClass(rawValue: 1 << 21)
    /// A noun that names a group or institution: `direction`, `autorités`.
    static let groupNoun = QuoteWordClass(rawValue: 1 << 22)
    /// A noun that names a document that speaks for someone: `communiqué`, `rapport`.
    static let documentNoun = QuoteWordClass(rawValue: 1 << 23)
    /// An adjective that stands before its noun: `haut`, `nouvelle`, `ancien`.
    static let prenominal = QuoteWordClass(rawValue: 1 << 24)
    /// A noun of an approximate count or a share of a group, whose `de` complement is
    /// what a phrase names: `vingtaine`, `centaines`, `plupart`.
    static let quantity = QuoteWordClass(rawValue: 1 << 25)
    /// A pronoun that names an unnamed part of people and can stand alone as a source:
    /// `certains`, `plusieurs` (`Selon certains, ...`).
    static let indefinitePronoun = QuoteWordClass(rawValue: 1 << 26)
    /// A pronoun, or an adjective after a determiner, that stands for someone named
    /// before: `celui-ci`, (`ce`) `dernier` (`Selon ce dernier, ...`).
    static let anaphoricPronoun = QuoteWordClass(rawValue: 1 << 27)
    /// A demonstrative pronoun that a relative clause completes: `celui`, `celle`
    /// (`a déclaré celui qui espère lui succéder`).
    static let demonstrativePronoun = QuoteWordClass(rawValue: 1 << 28)
    /// An adverb of degree or manner whose `que` closes a comparison: `plus`, `davantage`,
    /// `ainsi` (`plus rassuré que mardi`, `ainsi que le concert`).
    static let comparative = QuoteWordClass(rawValue: 1 << 29)
    /// A determiner or a noun that, after `selon` or `d'après`, names what something
    /// varies with or conforms to, not who says it: `toute` (vraisemblance), `vos`
    /// (envies), `cas`, `saison`, `tradition`, `régions` (`Selon le cas, ...`).
    static let notSource = QuoteWordClass(rawValue: 1 << 30)
    /// A word that makes the subject it opens or forms negative, so that a lone `ne`
    /// negates the verb: `aucun`, `personne`, `rien`, `nul`, `ni` (`Aucun responsable n'a
    /// confirmé que …`, `Personne n'a affirmé que …`).
    static let negativeSubject = QuoteWordClass(rawValue: 1 << 31)
    /// A form of `pouvoir` or `devoir` before an infinitive, which in the conditional
    /// makes its speech verb a possibility, not a statement: `pourrait`, `devraient`,
    /// (`aurait`) `pu`, `dû` (`Le porte-parole aurait pu déclarer que …`).
    static let possibility = QuoteWordClass(rawValue: 1 << 32)
    /// A noun that, after `du`, names whose side words come from: `côté` (`indique-t-on
    /// du côté de la Commission`).
    static let side = QuoteWordClass(rawValue: 1 << 33)
    /// A noun or a name of a news outlet, which after `à` or `au` is who is spoken to, not
    /// where the speaker works: `journal`, `radio`, `afp` (`explique-t-on à l'AFP`).
    static let outlet = QuoteWordClass(rawValue: 1 << 34)
    /// A group noun that names the many people of a group, whom French takes up with a
    /// plural pronoun: `opposition`, `famille` (`L'opposition dénonce … « … », disent-ils`).
    static let collectiveNoun = QuoteWordClass(rawValue: 1 << 35)
    /// A noun that names words someone said, whose `de` complement names the speaker:
    /// `réponse`, `témoignage`, `propos` (`« … » Telle est la réponse de Paul Roy`).
    static let wordsNoun = QuoteWordClass(rawValue: 1 << 36)

    /// Every noun class that can head a speaker phrase.
    static let speakerHead: QuoteWordClass = [.role, .personNoun, .groupNoun, .documentNoun]
    /// Auxiliary forms.
    static let auxiliary: QuoteWordClass = [.avoir, .etre]

    /// The class named `name` in `quotes-function-words.txt`.
    init?(lexiconName name: String) {
        switch name {
        case "det": self = .determiner
        case "prep": self = .preposition
        case "subject": self = .subjectPronoun
        case "inverted": self = .invertedPronoun
        case "tonic": self = .tonicPronoun
        case "clitic": self = .clitic
        case "reflexive": self = .reflexive
        case "negation": self = .negation
        case "relative": self = .relative
        case "conj": self = .conjunction
        case "subordinator": self = .subordinator
        case "avoir": self = .avoir
        case "etre": self = .etre
        case "modal": self = .modal
        case "naming": self = .naming
        case "notinfinitive": self = .notInfinitive
        case "relativeselon": self = .relativeSelon
        case "prenominal": self = .prenominal
        case "quantity": self = .quantity
        case "indefinite": self = .indefinitePronoun
        case "anaphoric": self = .anaphoricPronoun
        case "demonstrative": self = .demonstrativePronoun
        case "comparative": self = .comparative
        case "notsource": self = .notSource
        case "negativesubject": self = .negativeSubject
        case "possibility": self = .possibility
        case "side": self = .side
        case "outlet": self = .outlet
        default: return nil
        }
    }
}

/// What the lexicons say about one word: its classes, and the gender and number it
/// shows (a determiner, a pronoun, an auxiliary or a noun).
struct WordInfo: Sendable, Hashable {
    /// The classes of the word.
    var classes: QuoteWordClass = []
    /// The gender the word shows, when it shows one.
    var gender: Gender?
    /// Whether the word is plural, when it shows.
    var plural: Bool?

    /// Whether the word belongs to any of `classes`.
    @inline(__always)
    func isAny(_ classes: QuoteWordClass) -> Bool { !self.classes.isDisjoint(with: classes) }

    /// Adds the classes, gender and number of `other`, keeping what is known.
    mutating func merge(_ other: WordInfo) {
        classes.formUnion(other.classes)
        if gender == nil { gender = other.gender }
        if plural == nil { plural = other.plural }
    }
}

extension Gender {
    /// `m` → masculine, `f` → feminine, anything else → `nil`.
    init?(lexiconCode code: String) {
        switch code {
        case "m": self = .masculine
        case "f": self = .feminine
        default: return nil
        }
    }
}

extension Bool {
    /// `s` → false, `p` → true, anything else → `nil` (the number of a word).
    static func plural(lexiconCode code: String) -> Bool? {
        switch code {
        case "s": false
        case "p": true
        default: nil
        }
    }
}
