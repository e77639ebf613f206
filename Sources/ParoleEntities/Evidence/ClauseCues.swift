import ParoleCore

/// Cues that lie in the clause around a name rather than right before it: examples
/// after a plural cue noun (`des communes, comme Échallens`), a cue phrase closed by a
/// comma (`leur société de transport, Trans-Sambre.`), the complement of a noun whose
/// complement is an organisation (`l'ancien patron de Publifin`), and a river's flood
/// (`la Vésubie est sortie de son lit`).
extension PlaceCues {
    /// Whether the name at `start` is the `de` complement (`de`, `d'`, `de la`, `du`) of
    /// a noun whose complement is an organisation: `l'ancien patron de Publifin`, `les
    /// salariés de la Sonaca`.
    func isOrganizationComplement(_ start: Int, sentenceStart: Int) -> Bool {
        let traits = context.traits
        var index = start - 1
        if index > sentenceStart, traits[index].isWord, context.isLa(index) {
            index -= 1
        }
        guard index > sentenceStart, traits[index].isWord, traits[index].isDeForm else { return false }
        return followsComplementNoun(index, kind: .organizationComplement, sentenceStart: sentenceStart)
    }

    /// Whether the words after `end` say that the name before them is a river in flood:
    /// `… est sortie de son lit`, `… sont sortis de leur lit`, `… a débordé`, `… est en crue`.
    func isRiverInFlood(after end: Int, limit: Int) -> Bool {
        let traits = context.traits
        var index = end
        while index < limit, index - end < 6 {
            guard traits[index].isWord else { return false }
            let key = context.key(index)
            if key.hasPrefix("debord") { return true }
            if key == "lit", index - 1 > end, ["son", "leur"].contains(context.key(index - 1)) { return true }
            if key == "crue", index - 1 >= end, context.key(index - 1) == "en" { return true }
            index += 1
        }
        return false
    }

    /// The label of a plural cue noun whose examples follow `comme`, `tels que` or
    /// `notamment` before `start`: `des petites communes, comme Échallens`, `des
    /// entreprises telles que Kelvo`.
    func exampleCueLabel(before start: Int, sentenceStart: Int) -> Entity.Label? {
        let traits = context.traits
        var index = start - 1
        guard index > sentenceStart, traits[index].isWord else { return nil }
        switch context.key(index) {
        case "comme", "notamment":
            index -= 1
        case "que" where index - 1 > sentenceStart && ["tels", "telles"].contains(context.key(index - 1)):
            index -= 2
        default:
            return nil
        }
        if index >= sentenceStart, context.isPunct(index, 0x2C) { index -= 1 }
        var adjectives = 0
        while index >= sentenceStart, adjectives <= 2 {
            let token = traits[index]
            guard token.isWord, !token.isCapitalized else { return nil }
            if let label = token.cue.cueLabel, label != .person {
                let norm = context.norm(index)
                return norm.hasSuffix("s") || norm.hasSuffix("x") ? label : nil
            }
            guard token.isAdjective else { return nil }
            adjectives += 1
            index -= 1
        }
        return nil
    }

    /// The label of a cue phrase that ends with a comma right before `start`, when the
    /// name after it ends its sentence or clause (`le contrôle de leur société de
    /// transport, Trans-Sambre.`).
    func cueLabel(beforeComma start: Int, end: Int, sentence: Range<Int>) -> Entity.Label? {
        let comma = start - 1
        guard comma > sentence.lowerBound, context.isPunct(comma, 0x2C) else { return nil }
        guard end >= sentence.upperBound || context.tokens.kind(at: end) == .punct else { return nil }
        guard let label = cueLabel(before: comma, sentenceStart: sentence.lowerBound), label != .person else {
            return nil
        }
        return label
    }
}
