import ParoleCore
import ParoleText

/// Names joined by a hyphen into one word, where each stands for itself: a match
/// (`le derby Lille-Lens`), a route (`la ligne Genève-Lausanne`), a party's local
/// section (`l'UFDG-Matam`). The word is split into its parts when the document names
/// every part on its own elsewhere, as a place or an organisation, and the whole is no
/// name the lexicons know (`Clermont-Ferrand`, a proper noun of the French lexicon;
/// `Bosnie-Herzégovine`, a known place). Each part takes the label it has on its own.
/// A double surname (`Lejeune-Vandenbroucke`) stays whole: its parts are people.
struct HyphenatedPairs {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// `mentions` with each hyphenated one-word name whose parts the document names
    /// alone replaced by one mention per part.
    func apply(to mentions: [Mention]) -> [Mention] {
        guard mentions.contains(where: { isCandidate($0) }) else { return mentions }
        let labels = standaloneLabels(mentions)
        var result: [Mention] = []
        result.reserveCapacity(mentions.count + 2)
        for mention in mentions {
            guard isCandidate(mention), let parts = parts(of: mention, labels: labels) else {
                result.append(mention)
                continue
            }
            result += parts
        }
        return result
    }

    /// Whether `mention` is one whole hyphenated word, not cut by an earlier rule.
    private func isCandidate(_ mention: Mention) -> Bool {
        mention.tokens.count == 1 && mention.characterStart == nil && mention.characterEnd == nil
            && context.traits[mention.tokens.lowerBound].isWord && hasHyphen(mention.tokens.lowerBound)
    }

    /// Whether token `index` has a hyphen inside it, read in place.
    private func hasHyphen(_ index: Int) -> Bool {
        let span = context.tokens[index].span
        return context.utf16[span.start..<span.end].contains(0x2D)
    }

    /// The label of each one-word place or organisation the document names, by key.
    private func standaloneLabels(_ mentions: [Mention]) -> [String: Entity.Label] {
        var labels: [String: Entity.Label] = [:]
        for mention in mentions where mention.tokens.count == 1 && mention.characterStart == nil {
            guard mention.label == .location || mention.label == .organization else { continue }
            let key = context.key(mention.tokens.lowerBound)
            if labels[key] == nil { labels[key] = mention.label }
        }
        return labels
    }

    /// One mention per part of `mention`'s word when every part is a capitalised name the
    /// document names alone and the whole word is no known name; otherwise `nil`.
    private func parts(of mention: Mention, labels: [String: Entity.Label]) -> [Mention]? {
        let index = mention.tokens.lowerBound
        let text = context.text(mention.tokens)
        let key = context.key(index)
        guard lexicons.knownNames[key] == nil, !isProperNoun(text) else { return nil }
        var result: [Mention] = []
        var start = context.tokens[index].span.start
        for part in text.split(separator: "-", omittingEmptySubsequences: false) {
            guard part.count >= 2, part.first?.isUppercase == true,
                let label = labels[Normalizer.foldingKey(String(part))]
            else { return nil }
            var piece = Mention(tokens: mention.tokens, label: label, strength: mention.strength)
            piece.characterStart = start
            piece.characterEnd = start + part.utf16.count
            result.append(piece)
            start += part.utf16.count + 1
        }
        return result.count >= 2 ? result : nil
    }

    /// Whether the French lexicon reads `word` as a proper noun (`Clermont-Ferrand`).
    private func isProperNoun(_ word: String) -> Bool {
        FormFactsIndex.wordForms?.classes(of: word).contains(.properNoun) == true
    }
}
