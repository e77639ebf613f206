extension String {
    /// The string without `suffix`, or `nil` when it does not end with it.
    func removingSuffix(_ suffix: String) -> String? {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : nil
    }
}
