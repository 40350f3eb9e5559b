import ArgumentParser
import RecordPDF

/// `--paper a4|letter`.
extension Paper: ExpressibleByArgument {}
