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
        case .dre:
            guard let stem = infinitive.removingSuffix("re") else { return nil }
            return Self.regular(
                infinitive, present: stem, presentPlural: stem + "ent", imperfectStem: stem,
                pastSimple: (stem + "it", stem + "irent"), futureStem: stem + "r",
                pastParticiple: stem + "u", presentParticiple: stem + "ant")
        case .mettre:
            guard let prefix = infinitive.removingSuffix("mettre") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "met", presentPlural: prefix + "mettent",
                imperfectStem: prefix + "mett", pastSimple: (prefix + "mit", prefix + "mirent"),
                futureStem: prefix + "mettr", pastParticiple: prefix + "mis", presentParticiple: prefix + "mettant")
        case .aitre:
            let prefix = infinitive.removingSuffix("aître") ?? infinitive.removingSuffix("aitre")
            guard let prefix else { return nil }
            var forms = Self.regular(
                infinitive, present: prefix + "aît", presentPlural: prefix + "aissent",
                imperfectStem: prefix + "aiss", pastSimple: (prefix + "ut", prefix + "urent"),
                futureStem: prefix + "aîtr", pastParticiple: prefix + "u", presentParticiple: prefix + "aissant")
            forms.singular.append(prefix + "ait")  // the 1990 spelling without circumflex
            return forms
        case .dire:
            guard let prefix = infinitive.removingSuffix("dire") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "dit", presentPlural: prefix + "disent",
                imperfectStem: prefix + "dis", pastSimple: (prefix + "dit", prefix + "dirent"),
                futureStem: prefix + "dir", pastParticiple: prefix + "dit", presentParticiple: prefix + "disant")
        case .crire:
            guard let prefix = infinitive.removingSuffix("crire") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "crit", presentPlural: prefix + "crivent",
                imperfectStem: prefix + "criv", pastSimple: (prefix + "crivit", prefix + "crivirent"),
                futureStem: prefix + "crir", pastParticiple: prefix + "crit", presentParticiple: prefix + "crivant")
        case .enir:
            guard let prefix = infinitive.removingSuffix("enir") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "ient", presentPlural: prefix + "iennent",
                imperfectStem: prefix + "en", pastSimple: (prefix + "int", prefix + "inrent"),
                futureStem: prefix + "iendr", pastParticiple: prefix + "enu", presentParticiple: prefix + "enant")
        case .suivre:
            guard let prefix = infinitive.removingSuffix("suivre") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "suit", presentPlural: prefix + "suivent",
                imperfectStem: prefix + "suiv", pastSimple: (prefix + "suivit", prefix + "suivirent"),
                futureStem: prefix + "suivr", pastParticiple: prefix + "suivi", presentParticiple: prefix + "suivant")
        case .clure:
            guard let prefix = infinitive.removingSuffix("clure") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "clut", presentPlural: prefix + "cluent",
                imperfectStem: prefix + "clu", pastSimple: (prefix + "clut", prefix + "clurent"),
                futureStem: prefix + "clur", pastParticiple: prefix + "clu", presentParticiple: prefix + "cluant")
        case .faire:
            guard let prefix = infinitive.removingSuffix("faire") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "fait", presentPlural: prefix + "font",
                imperfectStem: prefix + "fais", pastSimple: (prefix + "fit", prefix + "firent"),
                futureStem: prefix + "fer", pastParticiple: prefix + "fait", presentParticiple: prefix + "faisant")
        case .rire:
            guard let prefix = infinitive.removingSuffix("rire") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "rit", presentPlural: prefix + "rient",
                imperfectStem: prefix + "ri", pastSimple: (prefix + "rit", prefix + "rirent"),
                futureStem: prefix + "rir", pastParticiple: prefix + "ri", presentParticiple: prefix + "riant")
        case .tir:
            guard let stem = infinitive.removingSuffix("tir") else { return nil }
            return Self.regular(
                infinitive, present: stem + "t", presentPlural: stem + "tent",
                imperfectStem: stem + "t", pastSimple: (stem + "tit", stem + "tirent"),
                futureStem: stem + "tir", pastParticiple: stem + "ti", presentParticiple: stem + "tant")
        case .aindre:
            guard let prefix = infinitive.removingSuffix("aindre") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "aint", presentPlural: prefix + "aignent",
                imperfectStem: prefix + "aign", pastSimple: (prefix + "aignit", prefix + "aignirent"),
                futureStem: prefix + "aindr", pastParticiple: prefix + "aint", presentParticiple: prefix + "aignant")
        case .prendre:
            guard let prefix = infinitive.removingSuffix("prendre") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "prend", presentPlural: prefix + "prennent",
                imperfectStem: prefix + "pren", pastSimple: (prefix + "prit", prefix + "prirent"),
                futureStem: prefix + "prendr", pastParticiple: prefix + "pris", presentParticiple: prefix + "prenant")
        case .croire:
            guard let prefix = infinitive.removingSuffix("croire") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "croit", presentPlural: prefix + "croient",
                imperfectStem: prefix + "croy", pastSimple: (prefix + "crut", prefix + "crurent"),
                futureStem: prefix + "croir", pastParticiple: prefix + "cru", presentParticiple: prefix + "croyant")
        case .voir:
            guard let prefix = infinitive.removingSuffix("voir") else { return nil }
            return Self.regular(
                infinitive, present: prefix + "voit", presentPlural: prefix + "voient",
                imperfectStem: prefix + "voy", pastSimple: (prefix + "vit", prefix + "virent"),
                futureStem: prefix + "voir", pastParticiple: prefix + "vu", presentParticiple: prefix + "voyant")
        }
    }

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
