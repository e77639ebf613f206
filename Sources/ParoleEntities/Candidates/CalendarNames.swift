import ParoleCore
import ParoleText

/// Names built on the calendar. A feast written with its capital (`à la Toussaint`,
/// `la nuit d'Halloween`) names an event, not a person or a place; the feasts are the
/// dates stage's holidays. A day and a month joined by a hyphen with the month
/// capitalised (`le 8-Mai`) is a name, not a date: an event by default, and a place
/// after a place noun (`le stade du 5-Juillet`); ``DocumentPropagation`` gives the
/// document's other mentions the place's label.
struct CalendarNames {
    /// The weekday and month names, by key (``EntityLexicons/calendarWords``).
    let calendarWords: Set<String>
    let context: EntityContext

    /// The calendar names of the sentence `range`, marked in `claimed`.
    func find(in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        var mentions: [Mention] = []
        for index in range where !claimed[index] {
            let label: Entity.Label
            let strength: Mention.Strength
            if isFeast(index, in: range) {
                (label, strength) = (.miscellaneous, .lexicon)
            } else if isHyphenatedDay(index) {
                (label, strength) =
                    followsPlaceNoun(index, in: range) ? (.location, .strong) : (.miscellaneous, .context)
            } else {
                continue
            }
            mentions.append(Mention(tokens: index..<(index + 1), label: label, strength: strength))
            claimed[index] = true
        }
        return mentions
    }

    /// A capitalised feast standing alone: neither inside a run of capitalised words
    /// (`Noël Mamère`), nor after a title (`Me Toussaint`) or a common noun (`le père Noël`).
    private func isFeast(_ index: Int, in range: Range<Int>) -> Bool {
        let traits = context.traits
        guard traits[index].isWord, traits[index].isCapitalized,
            EntityWordSets.shipped.holidayNames.contains(context.key(index))
        else { return false }
        if index + 1 < range.upperBound, traits[index + 1].isWord, traits[index + 1].isCapitalized { return false }
        guard index > range.lowerBound else { return true }
        let before = traits[index - 1]
        // `le père Noël`: a name right after a common noun is the noun's, not the feast.
        if before.isWord, !before.isCapitalized, before.wordClass == .noun { return false }
        return !before.isHonorific && !(before.isWord && before.isCapitalized && !before.isSentenceInitial)
    }

    /// `5-Juillet`, `1er-Mai`: a day, a hyphen and a capitalised month (a calendar word) in
    /// one token.
    private func isHyphenatedDay(_ index: Int) -> Bool {
        guard context.tokens.kind(at: index) == .number, context.key(index).utf8.contains(0x2D) else { return false }
        let text = context.text(index..<(index + 1))
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let day = parts[0].first, day.isNumber, parts[0].count <= 3,
            let initial = parts[1].first, initial.isUppercase
        else { return false }
        return calendarWords.contains(Normalizer.foldingKey(String(parts[1])))
    }

    /// A place noun and `de` before the token: `la place du 1er-Mai`.
    private func followsPlaceNoun(_ index: Int, in range: Range<Int>) -> Bool {
        guard index - 2 >= range.lowerBound, context.traits[index - 1].isDeForm else { return false }
        return context.traits[index - 2].cue.cueLabel == .location
    }
}
