/// A recursive-descent reader of the TOML subset `TOMLGate` accepts. It only checks; it
/// builds nothing, and stops at the first scalar outside the subset.
struct TOMLSyntaxScanner {
    /// Arrays and inline tables nested deeper than this are refused, so hostile input
    /// cannot exhaust the stack of this scanner or of the parser after it.
    static let maximumNesting = 32

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var nesting = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    // MARK: Document and lines

    mutating func checkDocument() throws(TOMLGateError) {
        if peek() == "\u{FEFF}" {
            throw failure("the file starts with a byte order mark (U+FEFF); save it as UTF-8 without one")
        }
        while true {
            skipSpaces()
            switch peek() {
            case nil:
                return
            case "[":
                try tableHeader()
            case "#", "\n", "\r":
                break
            default:
                try keyValue(orElse: "expected a key, a [table] header or a # comment")
            }
            try endOfLine()
        }
    }

    /// Spaces, an optional comment, then a line break or the end of the text.
    private mutating func endOfLine() throws(TOMLGateError) {
        skipSpaces()
        if peek() == "#" { try comment() }
        guard peek() != nil else { return }
        guard isLineBreakStart(peek()) else { throw failure("expected the end of the line") }
        try lineBreak()
    }

    private mutating func comment() throws(TOMLGateError) {
        advance()
        while let scalar = peek(), !isLineBreakStart(scalar) {
            if isControl(scalar) { throw failure("a comment may not hold the control character \(named(scalar))") }
            advance()
        }
    }

    /// `\n` or `\r\n`.
    private mutating func lineBreak() throws(TOMLGateError) {
        if peek() == "\r" {
            advance()
            guard peek() == "\n" else { throw failure("expected a line feed after a carriage return") }
        }
        advance()
    }

    /// Spaces, comments and line breaks, as allowed between the values of an array.
    private mutating func skipBlankLines() throws(TOMLGateError) {
        while true {
            skipSpaces()
            if peek() == "#" { try comment() }
            guard isLineBreakStart(peek()) else { return }
            try lineBreak()
        }
    }

    // MARK: Keys and tables

    private mutating func tableHeader() throws(TOMLGateError) {
        advance()
        let isArrayOfTables = peek() == "["
        if isArrayOfTables { advance() }
        let opening = isArrayOfTables ? "[[" : "["
        skipSpaces()
        guard startsKey(peek()) else { throw failure("expected a key after `\(opening)`") }
        try dottedKey()
        skipSpaces()
        let closing = isArrayOfTables ? "]]" : "]"
        for _ in closing.unicodeScalars {
            guard peek() == "]" else { throw failure("expected `\(closing)` to close the `\(opening)` header") }
            advance()
        }
    }

    private mutating func keyValue(orElse expectation: String) throws(TOMLGateError) {
        guard startsKey(peek()) else { throw failure(expectation) }
        try dottedKey()
        skipSpaces()
        guard peek() == "=" else { throw failure("expected `=` after the key") }
        advance()
        skipSpaces()
        try value()
    }

    private mutating func dottedKey() throws(TOMLGateError) {
        while true {
            try simpleKey()
            skipSpaces()
            guard peek() == "." else { return }
            advance()
            skipSpaces()
            guard startsKey(peek()) else { throw failure("expected a key after `.`") }
        }
    }

    private mutating func simpleKey() throws(TOMLGateError) {
        switch peek() {
        case "\"":
            try string("\"", escapes: true)
        case "'":
            try string("'", escapes: false)
        default:
            while let scalar = peek(), isBareKeyCharacter(scalar) { advance() }
        }
    }

    // MARK: Values

    private mutating func value() throws(TOMLGateError) {
        switch peek() {
        case "\"":
            if peek(1) == "\"" && peek(2) == "\"" { try multiLineString("\"", escapes: true) } else { try string("\"", escapes: true) }
        case "'":
            if peek(1) == "'" && peek(2) == "'" { try multiLineString("'", escapes: false) } else { try string("'", escapes: false) }
        case "[":
            try array()
        case "{":
            try inlineTable()
        case "t", "f":
            try boolean()
        case let scalar? where scalar == "+" || scalar == "-" || digitValue(scalar) != nil:
            try integer()
        default:
            throw failure("expected a value: a string in quotes, a whole number, true, false, [an, array] or { an = \"inline table\" }")
        }
    }

    private mutating func boolean() throws(TOMLGateError) {
        let word: String = peek() == "t" ? "true" : "false"
        for expected in word.unicodeScalars {
            guard peek() == expected else { throw failure("expected a value; did you mean \(word)?") }
            advance()
        }
        try endOfScalarValue("expected the end of \(word)")
    }

    /// A decimal whole number that fits in 64 bits: optional sign, no leading zeros, `_` only
    /// between digits.
    private mutating func integer() throws(TOMLGateError) {
        let start = index
        var isNegative = false
        if peek() == "+" || peek() == "-" {
            isNegative = peek() == "-"
            advance()
        }
        guard let first = peek(), let firstDigit = digitValue(first) else {
            throw failure("expected a digit after the sign")
        }
        var magnitude = UInt64(firstDigit)
        advance()
        if firstDigit == 0, let next = peek(), next == "_" || digitValue(next) != nil {
            throw failure("a whole number may not start with 0")
        }
        let limit: UInt64 = isNegative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        while let scalar = peek(), scalar == "_" || digitValue(scalar) != nil {
            guard let digit = digitValue(scalar) else {
                advance()
                guard let next = peek(), digitValue(next) != nil else { throw failure("expected a digit after `_`") }
                continue
            }
            let (shifted, shiftOverflowed) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, sumOverflowed) = shifted.addingReportingOverflow(UInt64(digit))
            guard !shiftOverflowed, !sumOverflowed, sum <= limit else {
                index = start
                throw failure("the number is too large")
            }
            magnitude = sum
            advance()
        }
        try endOfScalarValue("expected the end of the whole number (fractions, exponents, dates and hexadecimal are not accepted)")
    }

    /// After a number or boolean: something that may follow a value.
    private mutating func endOfScalarValue(_ expectation: String) throws(TOMLGateError) {
        switch peek() {
        case nil, " ", "\t", "\n", "\r", ",", "]", "}", "#":
            return
        default:
            throw failure(expectation)
        }
    }

    private mutating func array() throws(TOMLGateError) {
        try enterNesting()
        advance()
        try skipBlankLines()
        while peek() != "]" {
            try value()
            try skipBlankLines()
            if peek() == "," {
                advance()
                try skipBlankLines()
            } else if peek() != "]" {
                throw failure("expected `,` or `]` after a value in the array")
            }
        }
        advance()
        nesting -= 1
    }

    private mutating func inlineTable() throws(TOMLGateError) {
        try enterNesting()
        advance()
        skipSpaces()
        if peek() == "}" {
            advance()
            nesting -= 1
            return
        }
        while true {
            try keyValue(orElse: "expected a key in the inline table (after `,` comes another key, not `}`)")
            skipSpaces()
            switch peek() {
            case ",":
                advance()
                skipSpaces()
            case "}":
                advance()
                nesting -= 1
                return
            default:
                throw failure("expected `,` or `}` in the inline table (it stays on one line)")
            }
        }
    }

    private mutating func enterNesting() throws(TOMLGateError) {
        guard nesting < Self.maximumNesting else {
            throw failure("arrays and inline tables are nested more than \(Self.maximumNesting) deep")
        }
        nesting += 1
    }

    // MARK: Strings

    /// A one-line string closed by `quote`; only a basic (`"`) string has escapes.
    private mutating func string(_ quote: Unicode.Scalar, escapes: Bool) throws(TOMLGateError) {
        advance()
        while true {
            guard let scalar = peek(), !isLineBreakStart(scalar) else {
                throw failure("expected `\(quote)` to close the string before the end of the line")
            }
            if scalar == quote {
                advance()
                return
            }
            if escapes && scalar == "\\" {
                try escape(allowingLineContinuation: false)
            } else {
                try stringCharacter(scalar)
            }
        }
    }

    /// A string over lines closed by three `quote`s; only a basic (`"""`) string has escapes.
    private mutating func multiLineString(_ quote: Unicode.Scalar, escapes: Bool) throws(TOMLGateError) {
        let opening = index
        advance(3)
        while true {
            guard let scalar = peek() else {
                index = opening
                throw failure("the string opened here is never closed with `\(quote)\(quote)\(quote)`")
            }
            if scalar == quote && peek(1) == quote && peek(2) == quote {
                advance(3)
                return
            }
            if escapes && scalar == "\\" {
                try escape(allowingLineContinuation: true)
            } else if isLineBreakStart(scalar) {
                try lineBreak()
            } else {
                try stringCharacter(scalar)
            }
        }
    }

    private mutating func stringCharacter(_ scalar: Unicode.Scalar) throws(TOMLGateError) {
        if isControl(scalar) {
            throw failure("a string may not hold the control character \(named(scalar)); write it as an escape such as \\u0007")
        }
        advance()
    }

    /// `\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX`, and in multi-line strings a `\` that ends the line.
    private mutating func escape(allowingLineContinuation: Bool) throws(TOMLGateError) {
        advance()
        switch peek() {
        case "b", "t", "n", "f", "r", "\"", "\\":
            advance()
        case "u":
            advance()
            try unicodeEscape(digits: 4)
        case "U":
            advance()
            try unicodeEscape(digits: 8)
        case " ", "\t", "\n", "\r":
            guard allowingLineContinuation else { throw failure("a `\\` that ends the line is allowed only in a \"\"\"multi-line string\"\"\"") }
            skipSpaces()
            guard isLineBreakStart(peek()) else { throw failure("expected the end of the line after a line-ending `\\`") }
            while true {
                skipSpaces()
                guard isLineBreakStart(peek()) else { return }
                try lineBreak()
            }
        default:
            throw failure("unknown escape; use \\\" \\\\ \\n \\t \\r \\b \\f \\uXXXX or \\UXXXXXXXX")
        }
    }

    private mutating func unicodeEscape(digits: Int) throws(TOMLGateError) {
        let start = index
        var code: UInt32 = 0
        for _ in 0..<digits {
            guard let scalar = peek(), let digit = hexDigitValue(scalar) else {
                throw failure("expected \(digits) hexadecimal digits in the escape")
            }
            code = code * 16 + UInt32(digit)
            advance()
        }
        guard Unicode.Scalar(code) != nil else {
            index = start
            throw failure("the escape names no Unicode character")
        }
    }

    // MARK: Scalars

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance(_ count: Int = 1) {
        index += count
    }

    private mutating func skipSpaces() {
        while peek() == " " || peek() == "\t" { advance() }
    }

    private func startsKey(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar == "\"" || scalar == "'" || isBareKeyCharacter(scalar)
    }

    private func isBareKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    private func isLineBreakStart(_ scalar: Unicode.Scalar?) -> Bool {
        scalar == "\n" || scalar == "\r"
    }

    /// Control characters other than tab, which TOML allows nowhere outside escapes.
    private func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    private func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value - 0x30) : nil
    }

    private func hexDigitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "0"..."9": Int(scalar.value - 0x30)
        case "a"..."f": Int(scalar.value - 0x61 + 10)
        case "A"..."F": Int(scalar.value - 0x41 + 10)
        default: nil
        }
    }

    private func named(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// An error at the current scalar, with its line and column.
    private func failure(_ message: String) -> TOMLGateError {
        var line = 1
        var lineStart = 0
        for position in 0..<min(index, scalars.count) where scalars[position] == "\n" {
            line += 1
            lineStart = position + 1
        }
        return TOMLGateError(line: line, column: index - lineStart + 1, message: message)
    }
}
