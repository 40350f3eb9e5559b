/// A test's setup could not be made (a server that did not start, a file poppler cannot read).
struct SetupFailure: Error, CustomStringConvertible {
    let description: String
}
