import ParoleCore

/// Capitalised words after a company's name that end with a company's last word in
/// English (`Alenia Space` after `Thales`, `Energy Partners` after `Total`): one name.
struct EnglishCompanyTail {
    let context: EntityContext

    /// The end of at most three capitalised words right after `start` whose last is an
    /// organisation's tail (`Space`, `Ventures`), or `nil`.
    func end(after start: Int, limit: Int) -> Int? {
        let traits = context.traits
        var index = start
        while index < limit, index - start < 3, !context.isLineBreak(before: index) {
            let token = traits[index]
            guard token.isWord, token.isCapitalized, !token.isElision, !token.isAcronym || token.cue.contains(.organizationTail),
                !token.isSentenceInitial, !token.isHonorific, !token.isFirstName
            else { break }
            index += 1
            if token.cue.contains(.organizationTail) { return index }
        }
        return nil
    }
}
