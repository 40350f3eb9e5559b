/// Whether opening a store may create its database.
public enum StoreOpening: Sendable {
    /// Creates the database (and its folder) when there is none: `init`, `demo`, `import`.
    case createIfMissing
    /// Refuses a path with no database (`StoreError.noDatabase`): every other command and the desk.
    case existing
}
