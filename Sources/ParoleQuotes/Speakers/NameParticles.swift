import ParoleCore

/// A name that the entity layer cut at its particle (`Pieter-Jan` in `Pieter-Jan de
/// Vries`, `Bertrand` in `Bertrand du Mesnil-Aubry`): a speaker is named by the whole
/// name as written.
extension QuoteText {
    /// The tokens of the whole name when the person's name at `name` is one word
    /// followed, in the same phrase, by particles and capitalised words (`de Vries`,
    /// `du Mesnil-Aubry`, `van der Berg`); `nil` otherwise.
    func nameWithParticle(_ name: Range<Int>) -> Range<Int>? {
        guard name.count == 1, name.upperBound < count, keyword(name.upperBound)?.isNameParticle == true,
            let entity = entity(at: name.lowerBound), entity.label == .person
        else { return nil }
        var index = name.upperBound
        var sawParticle = false
        while index < count && index < name.upperBound + 3 && isWord(index) && !isCapitalized(index),
            keyword(index)?.isNameParticle == true
        {
            sawParticle = true
            index += 1
        }
        guard sawParticle else { return nil }
        let surname = index
        while index < count && index < surname + 3 && isWord(index) && isCapitalized(index) && !isHonorific(index) {
            index += 1
        }
        guard index > surname else { return nil }
        return name.lowerBound..<index
    }
}
