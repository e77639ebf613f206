import ParoleCore

/// The conjugation model of a French verb: how its reporting forms are built from
/// the infinitive.
///
/// Reporting sentences use few forms: the third persons of the simple tenses
/// (`déclare`, `déclaraient`, `déclara`, `déclarera`), the participles (`déclaré`,
/// `déclarant`) and the infinitive. A model builds them from the infinitive, so
/// that the lexicon lists lemmas only.
package enum ConjugationModel: String, Sendable, CaseIterable {
    /// First group (`déclarer`); the stem changes `c`/`ç`, `g`/`ge`, `e`/`è`, `é`/`è`
    /// are found from the spelling.
    case er
    /// First group verbs that double their consonant (`appeler`: `appelle`).
    case erDouble = "er-double"
    /// Second group (`avertir`: `avertit`, `avertissent`).
    case ir
    /// Verbs in `-dre` that keep their `d` (`répondre`: `répond`, `répondu`).
    case dre
    /// `mettre` and its compounds (`promettre`: `promet`, `promis`).
    case mettre
    /// Verbs in `-aître` (`reconnaître`: `reconnaît`, `reconnut`, `reconnu`).
    case aitre
    /// `dire` and its compounds (`prédire`: `prédit`, `prédisent`).
    case dire
    /// Verbs in `-crire` (`écrire`: `écrit`, `écrivent`).
    case crire
    /// Verbs in `-enir` (`prévenir`: `prévient`, `prévint`, `prévenu`).
    case enir
    /// `suivre` and its compounds (`poursuivre`: `poursuit`, `poursuivi`).
    case suivre
    /// Verbs in `-clure` (`conclure`: `conclut`, `conclu`).
    case clure
    /// `faire` and its compounds (`fait`, `font`, `fit`).
    case faire
    /// `rire` and `sourire` (`sourit`, `souri`).
    case rire
    /// Verbs in `-tir` of the third group (`démentir`: `dément`, `démenti`).
    case tir
    /// Verbs in `-aindre` (`plaindre`: `plaint`, `plaignent`).
    case aindre
    /// `prendre` and its compounds (`reprendre`: `reprend`, `reprit`, `repris`).
    case prendre
    /// `croire` (`croit`, `croyait`, `crut`, `cru`).
    case croire
    /// `prévoir` (`prévoit`, `prévoyait`, `prévit`, `prévoira`, `prévu`).
    case voir
}

/// The forms of one verb that reporting sentences use.
package struct VerbInflections: Sendable, Hashable {
    /// Third person singular of the présent, imparfait, passé simple, futur and conditionnel.
    package var singular: [String]
    /// Third person plural of the same tenses.
    package var plural: [String]
    /// The past participle, masculine singular (`déclaré`, `dit`, `promis`).
    package var pastParticiple: String
    /// The present participle (`déclarant`).
    package var presentParticiple: String
    /// The infinitive.
    package var infinitive: String

    /// The past participle in its four agreements: masculine and feminine,
    /// singular and plural (`dit`, `dite`, `dits`, `dites`; `promis`, `promise`, `promis`, `promises`).
    package var agreedParticiples: [(form: String, gender: Gender, plural: Bool)] {
        let base = pastParticiple
        let masculinePlural = base.hasSuffix("s") ? base : base + "s"
        return [
            (base, .masculine, false), (base + "e", .feminine, false),
            (masculinePlural, .masculine, true), (base + "es", .feminine, true),
        ]
    }
}

extension ConjugationModel {
    /// The reporting forms of `infinitive` under this model, or `nil` when the
    /// infinitive does not have the ending the model expects.
    package func inflect(_ infinitive: String) -> VerbInflections? {
        switch self {
        case .er, .erDouble: return firstGroup(infinitive, doubling: self == .erDouble)
        case .ir:
            guard let stem = infinitive.removingSuffix("ir") else { return nil }
            return VerbInflections(
                singular: [stem + "it", stem + "issait", stem + "it", stem + "ira", stem + "irait"],
                plural: [stem + "issent", stem + "issaient", stem + "irent", stem + "iront", stem + "iraient"],
                pastParticiple: stem + "i", presentParticiple: stem + "issant", infinitive: infinitive)
        default:
            guard let parts = Self.principalParts[self] else { return nil }
            let prefix = parts.endings.lazy.compactMap { infinitive.removingSuffix($0) }.first
            guard let prefix else { return nil }
            var forms = Self.regular(
                infinitive, present: prefix + parts.present, presentPlural: prefix + parts.presentPlural,
                imperfectStem: prefix + parts.imperfectStem,
                pastSimple: (prefix + parts.pastSingular, prefix + parts.pastPlural),
                futureStem: prefix + parts.futureStem, pastParticiple: prefix + parts.pastParticiple,
                presentParticiple: prefix + parts.presentParticiple)
            forms.singular += parts.variants.map { prefix + $0 }
            return forms
        }
    }

    /// What a third-group model adds to the part of the infinitive before its ending.
    private struct PrincipalParts {
        /// The infinitive endings the model replaces, in the order they are tried.
        var endings: [String]
        var present: String
        var presentPlural: String
        var imperfectStem: String
        var pastSingular: String
        var pastPlural: String
        var futureStem: String
        var pastParticiple: String
        var presentParticiple: String
        /// Other spellings of the third person singular (the 1990 spelling without circumflex).
        var variants: [String] = []
    }

    /// The principal parts of each third-group model, one row per model.
    private static let principalParts: [ConjugationModel: PrincipalParts] = [
        .dre: PrincipalParts(
            endings: ["re"], present: "", presentPlural: "ent", imperfectStem: "", pastSingular: "it",
            pastPlural: "irent", futureStem: "r", pastParticiple: "u", presentParticiple: "ant"),
        .mettre: PrincipalParts(
            endings: ["mettre"], present: "met", presentPlural: "mettent", imperfectStem: "mett",
            pastSingular: "mit", pastPlural: "mirent", futureStem: "mettr", pastParticiple: "mis",
            presentParticiple: "mettant"),
        .aitre: PrincipalParts(
            endings: ["aître", "aitre"], present: "aît", presentPlural: "aissent", imperfectStem: "aiss",
            pastSingular: "ut", pastPlural: "urent", futureStem: "aîtr", pastParticiple: "u",
            presentParticiple: "aissant", variants: ["ait"]),
        .dire: PrincipalParts(
            endings: ["dire"], present: "dit", presentPlural: "disent", imperfectStem: "dis", pastSingular: "dit",
            pastPlural: "dirent", futureStem: "dir", pastParticiple: "dit", presentParticiple: "disant"),
        .crire: PrincipalParts(
            endings: ["crire"], present: "crit", presentPlural: "crivent", imperfectStem: "criv",
            pastSingular: "crivit", pastPlural: "crivirent", futureStem: "crir", pastParticiple: "crit",
            presentParticiple: "crivant"),
        .enir: PrincipalParts(
            endings: ["enir"], present: "ient", presentPlural: "iennent", imperfectStem: "en", pastSingular: "int",
            pastPlural: "inrent", futureStem: "iendr", pastParticiple: "enu", presentParticiple: "enant"),
        .suivre: PrincipalParts(
            endings: ["suivre"], present: "suit", presentPlural: "suivent", imperfectStem: "suiv",
            pastSingular: "suivit", pastPlural: "suivirent", futureStem: "suivr", pastParticiple: "suivi",
            presentParticiple: "suivant"),
        .clure: PrincipalParts(
            endings: ["clure"], present: "clut", presentPlural: "cluent", imperfectStem: "clu",
            pastSingular: "clut", pastPlural: "clurent", futureStem: "clur", pastParticiple: "clu",
            presentParticiple: "cluant"),
        .faire: PrincipalParts(
            endings: ["faire"], present: "fait", presentPlural: "font", imperfectStem: "fais", pastSingular: "fit",
            pastPlural: "firent", futureStem: "fer", pastParticiple: "fait", presentParticiple: "faisant"),
        .rire: PrincipalParts(
            endings: ["rire"], present: "rit", presentPlural: "rient", imperfectStem: "ri", pastSingular: "rit",
            pastPlural: "rirent", futureStem: "rir", pastParticiple: "ri", presentParticiple: "riant"),
        .tir: PrincipalParts(
            endings: ["tir"], present: "t", presentPlural: "tent", imperfectStem: "t", pastSingular: "tit",
            pastPlural: "tirent", futureStem: "tir", pastParticiple: "ti", presentParticiple: "tant"),
        .aindre: PrincipalParts(
            endings: ["aindre"], present: "aint", presentPlural: "aignent", imperfectStem: "aign",
            pastSingular: "aignit", pastPlural: "aignirent", futureStem: "aindr", pastParticiple: "aint",
            presentParticiple: "aignant"),
        .prendre: PrincipalParts(
            endings: ["prendre"], present: "prend", presentPlural: "prennent", imperfectStem: "pren",
            pastSingular: "prit", pastPlural: "prirent", futureStem: "prendr", pastParticiple: "pris",
            presentParticiple: "prenant"),
        .croire: PrincipalParts(
            endings: ["croire"], present: "croit", presentPlural: "croient", imperfectStem: "croy",
            pastSingular: "crut", pastPlural: "crurent", futureStem: "croir", pastParticiple: "cru",
            presentParticiple: "croyant"),
        .voir: PrincipalParts(
            endings: ["voir"], present: "voit", presentPlural: "voient", imperfectStem: "voy", pastSingular: "vit",
            pastPlural: "virent", futureStem: "voir", pastParticiple: "vu", presentParticiple: "voyant"),
    ]

    /// Forms built from principal parts the way most third-group verbs build them.
    private static func regular(
        _ infinitive: String, present: String, presentPlural: String, imperfectStem: String,
        pastSimple: (String, String), futureStem: String, pastParticiple: String, presentParticiple: String
    ) -> VerbInflections {
        VerbInflections(
            singular: [present, imperfectStem + "ait", pastSimple.0, futureStem + "a", futureStem + "ait"],
            plural: [presentPlural, imperfectStem + "aient", pastSimple.1, futureStem + "ont", futureStem + "aient"],
            pastParticiple: pastParticiple, presentParticiple: presentParticiple, infinitive: infinitive)
    }

    /// First-group forms, with the spelling changes of the stem.
    private func firstGroup(_ infinitive: String, doubling: Bool) -> VerbInflections? {
        guard let stem = infinitive.removingSuffix("er"), !stem.isEmpty else { return nil }
        let (present, future) = Self.changedStems(stem, doubling: doubling)
        // Before a and o, c becomes ç and g becomes ge: lança, jugeait.
        let soft: String
        if stem.hasSuffix("c") {
            soft = String(stem.dropLast()) + "ç"
        } else if stem.hasSuffix("g") {
            soft = stem + "e"
        } else {
            soft = stem
        }
        return VerbInflections(
            singular: [present + "e", soft + "ait", soft + "a", future + "era", future + "erait"],
            plural: [present + "ent", soft + "aient", stem + "èrent", future + "eront", future + "eraient"],
            pastParticiple: stem + "é", presentParticiple: soft + "ant", infinitive: infinitive)
    }

    /// The stems of the présent and of the futur when the last syllable changes:
    /// `appel` → `appell` (doubling), `martel` → `martèl`, `répét` → `répèt` (présent only).
    private static func changedStems(_ stem: String, doubling: Bool) -> (present: String, future: String) {
        let letters = Array(stem)
        guard letters.count >= 2, let last = letters.last, !last.isFrenchVowel else { return (stem, stem) }
        if doubling {
            let doubled = stem + String(last)
            return (doubled, doubled)
        }
        // The vowel of the last syllable, with the consonants after it.
        var index = letters.count - 1
        while index > 0, !letters[index].isFrenchVowel { index -= 1 }
        let consonants = letters.count - 1 - index
        guard index > 0 else { return (stem, stem) }
        switch letters[index] {
        case "é" where consonants >= 1:
            var changed = letters
            changed[index] = "è"
            return (String(changed), stem)
        case "e" where consonants == 1 && !letters[index - 1].isFrenchVowel:
            var changed = letters
            changed[index] = "è"
            return (String(changed), String(changed))
        default:
            return (stem, stem)
        }
    }
}

extension Character {
    /// Whether the character is a French vowel letter, accented or not.
    var isFrenchVowel: Bool {
        switch self {
        case "a", "e", "i", "o", "u", "y", "é", "è", "ê", "ë", "à", "â", "î", "ï", "ô", "û", "ù", "ü": true
        default: false
        }
    }
}

extension String {
    /// The string without `suffix`, or `nil` when it does not end with it.
    func removingSuffix(_ suffix: String) -> String? {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : nil
    }
}
