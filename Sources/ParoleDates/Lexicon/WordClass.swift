/// The classes of words the date grammar asks about, as named in the class column of
/// `dates-function-words.txt` and `dates-context-words.txt` (the case name is the code).
///
/// Each class is a concept of French grammar or of news usage (`of`: the preposition
/// `de`; `clockCue`: a word before `N heures` that makes it a time of day), so rules
/// read `view.isClass(index, .of)` instead of listing words.
enum WordClassName: String, CaseIterable, Sendable {
    // Function words.
    /// The preposition `de`, `d'`.
    case of
    /// `de` contracted with the singular article: `du`.
    case ofThe
    /// `de` contracted with the plural article: `des`.
    case ofThePlural
    /// `à` and its contractions: `à`, `au`, `aux`.
    case to
    /// `a` that stands for `à` when capitalised without its accent (`A la veille du vote`).
    case capitalTo
    /// The plural indefinite article `des` (`des semaines`: an unknown number).
    case someArticle
    /// The conjunction `et`.
    case and
    /// `demi`, `demie`, and the prefix `demi-`: a half.
    case half
    /// `quart`, `quarts`: a quarter.
    case quarter
    /// A definite article in the singular: `le`, `la`, `l'`.
    case the
    /// The plural definite article `les`.
    case thePlural
    /// A demonstrative determiner in the singular: `ce`, `cet`, `cette`.
    case this
    /// The plural demonstrative `ces`.
    case these
    /// An indefinite article: `un`, `une`.
    case indefinite
    /// A word between two dates of a range or a list: `au`, `à`, `et`, `-`, `ou`.
    case rangeLink
    /// A conjunction that opens another clause: `et`, `mais`, `puis`.
    case clauseLink
    /// A comparative before `de` and a number: `plus`, `moins`, `près`.
    case comparative
    /// A vague amount that is a determiner itself (`quelques`, `plusieurs`).
    case vagueDeterminer
    /// A word before a bare month or year that makes it a date (`en mars`, `depuis 2018`).
    case dateCue
    /// A word before `N heures` that makes it a time of day (`à 9 heures`).
    case clockCue
    /// A determiner or preposition after which a participle-like word is a noun.
    case nounIntroducer
    /// A word before a four-digit number that shows it is a quantity or a code.
    case quantityCue
    /// A word that ends the search for a person before an age (`au terme de trois ans`).
    case personStop
    /// A word that may follow `une seconde` when it is a length of time.
    case secondFollower
    /// A clitic or adverb that may stand between a verb and its infinitive.
    case infinitiveSkip
    /// A form of `avoir` before an age (`il a 45 ans`).
    case haveForm
    /// An adverb between `avoir` and an age (`elle a aujourd'hui 79 ans`).
    case ageAdverb
    /// The imperfect or passé simple of `avoir`, `être` (a pluperfect with a participle).
    case pastAuxiliary
    /// The conditional of `avoir` (a reported past with a participle).
    case conditionalAuxiliary
    /// The conditional of `être` (`serait`): a reported past with the participle of a verb
    /// conjugated with `être` or after a reflexive.
    case conditionalBe
    /// The reflexive clitic `se`, `s'`.
    case reflexive
    /// A participle of a verb conjugated with `être` (`passé`, `arrivé`, `mort`).
    case beVerbParticiple
    /// A word or phrase before a date that points ahead (`dès`, `jusqu'en`, `à partir de`).
    case onwards
    /// `depuis`: the expression after it is certainly past.
    case since
    /// A preposition of purpose before an infinitive (`pour débuter à 15 h`).
    case purpose
    /// The infinitive of an auxiliary: `être`, `avoir` (a compound past with a participle).
    case auxiliaryInfinitive
    /// `y` in `il y a`.
    case there
    /// `été`, the participle of `être` (`a été annoncé`).
    case been
    /// An approximation before a number: `environ`.
    case approximator
    /// `âge` (`à l'âge de 40 ans`): years after it are an age.
    case ageWord
    /// A plural possessive determiner (`ses`, `leurs`): years after it are an age
    /// (`depuis ses 17 ans`) unless a `de` complement follows (`ses 30 ans de carrière`).
    case possessivePlural
    /// A plural article before an age group (`les moins de 18 ans`, `aux plus de 65 ans`,
    /// `les 65 ans et plus`).
    case groupArticle
    /// A word after `Jean, 87 ans` that shows the apposition has ended (`et`, `est`, `a`, `qui`).
    case appositionEnd
    /// A determiner before a capitalised nationality noun (`un Britannique de 15 ans`).
    case personDeterminer
    /// `entre`.
    case between
    /// `tout`, `toute`: a whole unit (`toute la journée`).
    case whole
    /// `que`, `qu'`: a relative or completive clause follows.
    case that
    /// `où`.
    case whereRelative
    /// `qui`: a relative pronoun that is its clause's subject (`le week-end, qui s'annonce chargé`).
    case subjectRelative
    /// A clitic that stands only between a subject and its finite verb (`se`, `ne`: `le week-end
    /// s'annonce pluvieux`).
    case preverbal
    /// The negative particle `ne`, `n'`.
    case negation
    /// `chaque`.
    case each
    /// `tous`, `toutes` (`tous les lundis`).
    case every
    /// `par` (`par an`).
    case per
    /// `fois`: a count of occurrences before a rate (`une fois par an`).
    case times
    /// `saison`: a noun that names a season of sport or of a trade by its years (`la saison
    /// 23/24`).
    case seasonNoun
    /// `il y a` (`il y a deux semaines`).
    case ago
    /// `dans` (`dans trois jours`).
    case within
    /// A month name that, capitalised, is rather a name (`Mars` the planet).
    case homonymMonth
    /// A word before a two-digit year (`en 97`, `depuis 98`).
    case shortYearCue
    /// A word ending in -s or -x that commonly follows a year (`2019 dans`).
    case yearFollower
    /// `locale(s)` after a time of day (`12 h 30 locales`).
    case local
    /// `heure`, `heures` written out.
    case hourWord
    /// An abbreviation for minutes (`min`, `mn`): after `N h`, a duration.
    case minuteSymbol
    /// `tard`, `tôt` after `plus`: a time offset, not a time of day.
    case lateOrEarly
    /// `tôt` after `plus`: an offset back in time (`trois jours plus tôt`).
    case earlier
    /// A word of thanks or apology (`merci`, `remercié`, `excuses`): a `pour` after it gives
    /// the cause, a past event (`merci pour samedi`), not a day ahead.
    case gratitude
    /// A preposition that makes a capitalised `Midi` the hour (`à Midi`), not the south of France.
    case clockPreposition
    /// A noun or preposition of length before `de N heures` (`pendant`, `durée`): an amount of hours.
    case lengthWord
    /// `moins` (`midi moins le quart`).
    case minus
    /// A city whose time is named after a time (`heure de Paris`).
    case timeZoneCity
    /// `le`: with a weekday or a part of the day and nothing more, a habit (`le mardi`).
    case masculineThe
    /// `fête` before a holiday's name (`la fête de Pentecôte`).
    case feast
    /// `en cours` after a unit: the current one (`le mois en cours`).
    case ongoing
    /// The suffix `-là` (`ce jour-là`): the story's day.
    case distal
    /// The suffix `-ci` (`ces jours-ci`): the present.
    case proximal
    /// `partie`, `moitié`: a share of a period (`la première moitié de 2013`).
    case share
    /// The preposition `en`.
    case inPreposition
    /// A noun for the span of a part of the day (`matinée`, `soirée`, `journée`).
    case dayPartSpan
    /// A word after a capitalised weekday that makes a holiday's name (`Vendredi saint`, `Mardi gras`).
    case holidayQualifier
    /// `années`, the noun of decades (`les années 60`).
    case yearsNoun
    /// A noun before `d'` + a season that makes it any such season (`les mois d'été`).
    case seasonHolder
    /// A term named by a season or a feast after `de` (`les vacances d'été`, `la rentrée d'automne`).
    case termNoun
    /// `comme` after a sentence-initial season (`L'été comme l'hiver`).
    case like
    /// The prefix `mi-` (`mi-juillet`).
    case middlePrefix
    /// A small linking word between two expressions when the second elaborates the first (`en 97 (en janvier, puis en octobre)`).
    case elaborationLink
    /// `à venir` after a plural unit: the coming ones (`les jours à venir`).
    case upcoming
    /// A civility title before a name (`Me`, `Mme`): a holiday after it is a surname.
    case civility
    /// A time adverb that, opening a sentence before a comma, is a discourse connective
    /// (`Maintenant, l'événement était exceptionnel`: that said).
    case connective
    // Context words (nouns and adjectives).
    /// A noun before `du 14 juillet` that makes it a street or a place.
    case placeNoun
    /// A noun after a four-digit number that shows it counts something (`1500 personnes`).
    case countedNoun
    /// A noun before `de Noël` that makes the holiday part of a name (`père Noël`).
    case holidayNoun
    /// An adjective between a number and its unit (`deux longues années`).
    case unitAdjective
    /// A word after a plural unit that makes it a thing (`des heures supplémentaires`).
    case nonDurationFollower
    /// A word after a number of days that keeps it a length of time (`120 jours ouvrables`).
    case countedDays
    /// A prefix on a noun for a person (`ex-avocat`).
    case personPrefix
    /// A noun before `de` + years that makes them a stage of life (`fin`, `âge`).
    case notDurationHead
    /// A word before `à N ans` that makes the years a sentence, not an age (`condamné`).
    case sentenceWord
    /// A word after `à N ans` that shows the years are not an age (`à 20 ans de prison`).
    case notAgeFollower
    /// A noun after `N ans de` that makes the years a span of work or a term, not an age
    /// (`un salarié de 20 ans d'ancienneté`).
    case spanNoun
    /// `plein`, `pleine` between `en` and a part of the day: its midst (`en pleine nuit`).
    case midst
    /// An adverb that stresses a relative day and belongs to its expression (`hier encore`).
    case dayStress
    /// A present form of `être` or of a verb of state (`constitue`, `reste`) right before
    /// `aujourd'hui`: the present state, not the day (`la ville est aujourd'hui un chantier`).
    case stateVerb
    /// `selon`, `d'après`, `quotidien`: right before a number and a unit of time, the
    /// two are a news outlet's title (`selon 20 minutes`, `le quotidien 24 heures`).
    case outletCue
    /// A noun for an outlet's pages or air (`colonnes`, `micro`, `site`): before `de`, a
    /// number and a unit of time are the outlet's title (`les colonnes de 24 heures`).
    case outletChannel
    /// A unit of time that, after a number, can end a news outlet's title (`20 minutes`,
    /// `24 heures`); read by the entities stage.
    case outletUnit
    /// A word that closes a clause after an outlet's title, as the end of the sentence does
    /// (`a déclaré à 24 heures que …`); read by the entities stage.
    case outletCloser
    /// The preposition of a passive's agent, after a participle, before an outlet's title
    /// (`Contactée par 20 minutes, …`); read by the entities stage.
    case outletAgent
    /// The conjunction that joins an outlet's title to another outlet's name (`de 24 heures
    /// et du Temps`); read by the entities stage.
    case outletJoin
}

/// A set of ``WordClassName`` classes, one bit each (up to 127 classes, the last bit
/// being ``TokenClasses``' mark; a test checks the count).
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt128

    init(rawValue: UInt128) { self.rawValue = rawValue }

    /// The class named `name`.
    init(_ name: WordClassName) {
        rawValue = 1 << UInt128(WordClassName.allCases.firstIndex(of: name) ?? 0)
    }
}

extension WordClass {
    static let of = WordClass(.of)
    static let ofThe = WordClass(.ofThe)
    static let ofThePlural = WordClass(.ofThePlural)
    static let to = WordClass(.to)
    static let capitalTo = WordClass(.capitalTo)
    static let the = WordClass(.the)
    static let someArticle = WordClass(.someArticle)
    static let and = WordClass(.and)
    static let half = WordClass(.half)
    static let quarter = WordClass(.quarter)
    static let thePlural = WordClass(.thePlural)
    static let this = WordClass(.this)
    static let these = WordClass(.these)
    static let indefinite = WordClass(.indefinite)
    static let rangeLink = WordClass(.rangeLink)
    static let clauseLink = WordClass(.clauseLink)
    static let comparative = WordClass(.comparative)
    static let vagueDeterminer = WordClass(.vagueDeterminer)
    static let dateCue = WordClass(.dateCue)
    static let clockCue = WordClass(.clockCue)
    static let nounIntroducer = WordClass(.nounIntroducer)
    static let quantityCue = WordClass(.quantityCue)
    static let personStop = WordClass(.personStop)
    static let secondFollower = WordClass(.secondFollower)
    static let infinitiveSkip = WordClass(.infinitiveSkip)
    static let haveForm = WordClass(.haveForm)
    static let ageAdverb = WordClass(.ageAdverb)
    static let pastAuxiliary = WordClass(.pastAuxiliary)
    static let conditionalAuxiliary = WordClass(.conditionalAuxiliary)
    static let conditionalBe = WordClass(.conditionalBe)
    static let reflexive = WordClass(.reflexive)
    static let beVerbParticiple = WordClass(.beVerbParticiple)
    static let onwards = WordClass(.onwards)
    static let midst = WordClass(.midst)
    static let dayStress = WordClass(.dayStress)
    static let stateVerb = WordClass(.stateVerb)
    static let outletCue = WordClass(.outletCue)
    static let outletChannel = WordClass(.outletChannel)
    static let connective = WordClass(.connective)
    static let civility = WordClass(.civility)
    static let approximator = WordClass(.approximator)
    static let ageWord = WordClass(.ageWord)
    static let possessivePlural = WordClass(.possessivePlural)
    static let groupArticle = WordClass(.groupArticle)
    static let appositionEnd = WordClass(.appositionEnd)
    static let personDeterminer = WordClass(.personDeterminer)
    static let between = WordClass(.between)
    static let whole = WordClass(.whole)
    static let that = WordClass(.that)
    static let whereRelative = WordClass(.whereRelative)
    static let subjectRelative = WordClass(.subjectRelative)
    static let preverbal = WordClass(.preverbal)
    static let negation = WordClass(.negation)
    static let each = WordClass(.each)
    static let every = WordClass(.every)
    static let times = WordClass(.times)
    static let per = WordClass(.per)
    static let seasonNoun = WordClass(.seasonNoun)
    static let ago = WordClass(.ago)
    static let within = WordClass(.within)
    static let homonymMonth = WordClass(.homonymMonth)
    static let shortYearCue = WordClass(.shortYearCue)
    static let yearFollower = WordClass(.yearFollower)
    static let local = WordClass(.local)
    static let hourWord = WordClass(.hourWord)
    static let minuteSymbol = WordClass(.minuteSymbol)
    static let lateOrEarly = WordClass(.lateOrEarly)
    static let earlier = WordClass(.earlier)
    static let gratitude = WordClass(.gratitude)
    static let clockPreposition = WordClass(.clockPreposition)
    static let lengthWord = WordClass(.lengthWord)
    static let minus = WordClass(.minus)
    static let timeZoneCity = WordClass(.timeZoneCity)
    static let masculineThe = WordClass(.masculineThe)
    static let feast = WordClass(.feast)
    static let ongoing = WordClass(.ongoing)
    static let distal = WordClass(.distal)
    static let proximal = WordClass(.proximal)
    static let share = WordClass(.share)
    static let inPreposition = WordClass(.inPreposition)
    static let dayPartSpan = WordClass(.dayPartSpan)
    static let holidayQualifier = WordClass(.holidayQualifier)
    static let yearsNoun = WordClass(.yearsNoun)
    static let seasonHolder = WordClass(.seasonHolder)
    static let termNoun = WordClass(.termNoun)
    static let like = WordClass(.like)
    static let middlePrefix = WordClass(.middlePrefix)
    static let elaborationLink = WordClass(.elaborationLink)
    static let upcoming = WordClass(.upcoming)
    static let since = WordClass(.since)
    static let purpose = WordClass(.purpose)
    static let auxiliaryInfinitive = WordClass(.auxiliaryInfinitive)
    static let there = WordClass(.there)
    static let been = WordClass(.been)
    static let placeNoun = WordClass(.placeNoun)
    static let countedNoun = WordClass(.countedNoun)
    static let holidayNoun = WordClass(.holidayNoun)
    static let unitAdjective = WordClass(.unitAdjective)
    static let nonDurationFollower = WordClass(.nonDurationFollower)
    static let countedDays = WordClass(.countedDays)
    static let personPrefix = WordClass(.personPrefix)
    static let notDurationHead = WordClass(.notDurationHead)
    static let sentenceWord = WordClass(.sentenceWord)
    static let notAgeFollower = WordClass(.notAgeFollower)
    static let spanNoun = WordClass(.spanNoun)
    /// `de` in any form: `de`, `d'`, `du`, `des`.
    static let anyOf: WordClass = [.of, .ofThe, .ofThePlural]
}
