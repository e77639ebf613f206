import ParoleCore

/// A candidate entity while the stage works: a token range, a label, and how sure
/// the evidence behind the label is.
struct Mention: Sendable {
    /// How much the evidence for a label weighs; stronger evidence wins when the
    /// document disagrees with itself.
    enum Strength: Int, Comparable, Sendable {
        /// A default with no cue (an unknown capitalised word).
        case guess = 0
        /// A weak cue (a preposition, a determiner) or a name seen elsewhere in the document.
        case context = 1
        /// A cue that rarely fails: a title, a first name, an organisation head, a cue noun.
        case strong = 2
        /// A known name from a lexicon or from ICU.
        case lexicon = 3

        static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// How a gender was found; a more direct source wins.
    enum GenderSource: Int, Comparable, Sendable {
        /// A first name's usual gender.
        case firstName = 0
        /// A role noun or its determiner (`la ministre`).
        case role = 1
        /// A title right before the name (`M.`, `Mme`).
        case honorific = 2

        static func < (lhs: GenderSource, rhs: GenderSource) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The tokens of the name.
    var tokens: Range<Int>
    /// The label.
    var label: Entity.Label
    /// How sure the label is.
    var strength: Strength
    /// The gender the context shows, for people.
    var gender: Gender?
    /// Where the gender comes from.
    var genderSource: GenderSource?
    /// Whether the label is a default with no cue at all (an unknown word taken for a
    /// person's) or with a bare `de` before it: any other guess of the same name
    /// elsewhere in the document (`la X` → ORG) wins.
    var isDefault = false
    /// Where the mention ends in the text when it stops inside its last token (the place
    /// of a headline's `Tunisie-Affaire`), or `nil` at the token's end.
    var characterEnd: Int?
    /// Where the mention starts in the text when it starts inside its first token (`Lens`
    /// in `Lille-Lens`), or `nil` at the token's start.
    var characterStart: Int?
    /// The rule that made the mention: the function that created it (``RuleLayer``).
    var origin: RuleOrigin

    /// A mention made by the calling function (or by the rule at `file` and `function`).
    init(
        tokens: Range<Int>, label: Entity.Label, strength: Strength, gender: Gender? = nil,
        genderSource: GenderSource? = nil, file: StaticString = #fileID, function: StaticString = #function
    ) {
        origin = RuleOrigin(file: file, function: function)
        self.tokens = tokens
        self.label = label
        self.strength = strength
        self.gender = gender
        self.genderSource = gender == nil ? nil : genderSource
    }

    /// Records a gender unless a more direct source already gave one.
    mutating func noteGender(_ gender: Gender?, from source: GenderSource) {
        guard let gender else { return }
        if let current = genderSource, current > source { return }
        self.gender = gender
        self.genderSource = source
    }

    /// Widens the mention back to the body's `head` (`l'université de Caen`, `le lycée
    /// technique Omar Bongo`): the whole is an organisation on strong evidence, and the
    /// tokens it takes in are marked `claimed`.
    mutating func widenToOrganization(from head: Int, claimed: inout [Bool]) {
        for token in head..<tokens.lowerBound { claimed[token] = true }
        tokens = head..<tokens.upperBound
        label = .organization
        strength = .strong
    }
}
