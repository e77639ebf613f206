import ParoleCore
import ParoleText

/// A word the quote rules recognise by its spelling (`que`, `selon`, `il`), so that a
/// rule compares a one-byte code rather than a string. Each token's keyword is found
/// once per distinct form (see ``LexiconEntry``).
enum Keyword: String, CaseIterable, Sendable {
    // Conjunctions, relatives, adverbs.
    case que
    case queElided = "qu'"
    case qui, comme, ainsi, et, mais, puis, sans, tout, ne, tandis, alors, avant, parce, pendant, bien
    case neElided = "n'"
    // Prepositions and articles.
    case selon, pour, en, de, chez, dans
    case deElided = "d'"
    case deElidedCurly = "d’"
    case du, des, par
    case a = "à"
    case au, aux
    case apres = "après"
    case aupres = "auprès"
    case le, la
    case leElided = "l'"
    case un, une
    // Pronouns.
    case il, elle, ils, elles, on
    case invertedOn = "-on"
    case invertedTOn = "-t-on"
    case ce, cela, ceci
    // Demonstrative determiners after `ce`, and `tel`, which take up what was said before.
    case cet, cette, ces, tel, telle, tels, telles
    case ca = "ça"
    case ceElided = "c'"
    case ceElidedCurly = "c’"
    case je
    case jeElided = "j'"
    case me
    case meElided = "m'"
    case moi, nous, vous
    case seElided = "s'"
    case y
    // Particles of names other than `de`, `du`, `des`: `van der Berg`, `da Silva`.
    case van, von, der, den, da, di, dos, das, ter, ten
    case del, della
    // Possessives.
    case son, sa, ses, leur, leurs, mon, ma, mes, notre, nos
    // Verbs after an impersonal `il`.
    case est
    case ete = "été"
    case etait = "était"
    case sera, serait, faut, fallait, faudra, faudrait, semble, semblait, convient, suffit, vaut, importe
    case parait = "paraît"
    case arrive, manque, reste
    // The noun that restates a clause: `le fait que`.
    case fait

    /// `que` or `qu'`.
    var isQue: Bool { self == .que || self == .queElided }

    /// A word before `que` that makes an adverbial clause: `avant que`, `après que`,
    /// `alors que`, `tandis que`, `parce que`, `pendant que`, `sans que` (not `pour
    /// que`, which often completes a speech verb: `plaide pour que`).
    var opensAdverbialQue: Bool {
        switch self {
        case .avant, .apres, .alors, .tandis, .parce, .pendant, .sans: true
        default: false
        }
    }

    /// A particle inside a family name: `de`, `d'`, `du`, `des`, `van`, `von`, `der`,
    /// `da`, `di`, `dos`, `del`, ... (`Pieter de Vries`, `Bertrand du Mesnil`): the
    /// `de-forms` and `family` particles of `name-particles.txt`, the list the entities
    /// stage reads too.
    var isNameParticle: Bool { Self.nameParticles.contains(self) }

    /// The keywords of ``isNameParticle``; `d'` written with a curly apostrophe too.
    static let nameParticles: Set<Keyword> = {
        var particles = Set(FrenchWordLists.particles.words(.deForms, .family).compactMap(Keyword.init(rawValue:)))
        if particles.contains(.deElided) { particles.insert(.deElidedCurly) }
        return particles
    }()

    /// `et`, `mais` or `puis`.
    var isCoordinator: Bool { self == .et || self == .mais || self == .puis }

    /// `de`, `d'`, `du` or `des`.
    var isDeForm: Bool { self == .de || self == .deElided || self == .du || self == .des }

    /// `il`, `elle`, `ils` or `elles`.
    var isPersonalPronoun: Bool { self == .il || self == .elle || self == .ils || self == .elles }

    /// A word of the first person: `je`, `j'`, `me`, `m'`, `moi`, `mon`, `ma`, `mes`,
    /// `nous`, `notre`, `nos`.
    var isFirstPerson: Bool {
        switch self {
        case .je, .jeElided, .me, .meElided, .moi, .mon, .ma, .mes, .nous, .notre, .nos: true
        default: false
        }
    }

    /// A word of the first person singular: `je`, `j'`, `me`, `m'`, `moi`, `mon`, `ma`, `mes`.
    var isFirstPersonSingular: Bool {
        switch self {
        case .je, .jeElided, .me, .meElided, .moi, .mon, .ma, .mes: true
        default: false
        }
    }

    /// A word of the first person plural: `nous`, `notre`, `nos`.
    var isFirstPersonPlural: Bool {
        switch self {
        case .nous, .notre, .nos: true
        default: false
        }
    }

    /// A possessive that can stand for the sentence's subject: `son`, `sa`, `ses`, `leur`, `leurs`.
    var isThirdPersonPossessive: Bool {
        switch self {
        case .son, .sa, .ses, .leur, .leurs: true
        default: false
        }
    }

    /// A word after `il` that makes it impersonal: `il y a`, `il faut`, `il semble`,
    /// `il s'agit`, `il n'est pas`.
    var followsImpersonalIl: Bool {
        switch self {
        case .y, .faut, .fallait, .faudra, .faudrait, .seElided, .semble, .semblait, .convient, .suffit, .vaut,
            .importe,
            .parait, .arrive, .manque, .reste, .neElided, .ne:
            true
        default: false
        }
    }

    /// A form of `être` that opens an impersonal `il est ... de` / `que`.
    var isImpersonalEtre: Bool { self == .est || self == .etait || self == .sera || self == .serait }
}
