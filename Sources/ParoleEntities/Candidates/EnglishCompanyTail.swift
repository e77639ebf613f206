import ParoleCore

/// Capitalised words after a company's name that end with a company's last word in
/// English (`Alenia Space` after `Thales`, `Energy Partners` after `Total`): one
/// organisation; or with a venue's last word (`Vélodrome`, `Arena` after a sponsor's
/// name): one place.
struct EnglishCompanyTail {
    let context: EntityContext

    /// The end and label of at most three capitalised words right after `start` whose
    /// last is an organisation's or a venue's tail (`Space`, `Ventures`, `Arena`), or `nil`.
    func end(after start: Int, limit: Int) -> (end: Int, label: Entity.Label)? {
        let traits = context.traits
        var index = start
        while index < limit, index - start < 3, !context.isLineBreak(before: index) {
            let token = traits[index]
            let isTail = token.cue.contains(.organizationTail) || token.cue.contains(.locationTail)
            guard token.isWord, token.isCapitalized, !token.isElision, !token.isAcronym || isTail,
                !token.isSentenceInitial, !token.isHonorific, !token.isFirstName
            else { break }
            index += 1
            if token.cue.contains(.organizationTail) { return (index, .organization) }
            if token.cue.contains(.locationTail) { return (index, .location) }
        }
        return nil
    }
}
