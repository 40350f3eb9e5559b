import Foundation
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// Reads the bytes of a spreadsheet saved as text — what Excel, WPS and LibreOffice write on
/// a Chinese system — without guessing. The rules, in order:
///
/// 1. A byte-order mark decides: `EF BB BF` is UTF-8, `FF FE` UTF-16 little-endian, `FE FF`
///    UTF-16 big-endian (Excel's "Unicode text"). The rest of the file must be valid in it.
/// 2. Without a mark, a file that is valid UTF-8 is UTF-8.
/// 3. Otherwise a file that is valid GB18030 (which includes GBK and GB2312; Excel's
///    default "CSV" on a Chinese system) is GB18030 — unless one of its non-ASCII lines is
///    also valid UTF-8, which means lines in two encodings were pasted together.
/// 4. Anything else is refused, never decoded with replacement characters: the first line
///    that is neither UTF-8 nor GB18030 is named, or else the first non-ASCII line in each
///    of the two encodings.
///
/// Values are separated by a tab if the first line holds a tab, otherwise by a comma.
/// Line feeds are never part of a multi-byte sequence in UTF-8 or GB18030, so lines are
/// found, and counted, on the bytes.
public enum SpreadsheetText {
    private static let lineFeed = UInt8(ascii: "\n")

    /// The text of `data`, its encoding and separator, or where and why it cannot be read.
    public static func decode(_ data: Data) throws(SpreadsheetDecodingError) -> DecodedSpreadsheet {
        let bytes = [UInt8](data)
        let (text, encoding): (String, SpreadsheetEncoding)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = try utf8(bytes.dropFirst(3), encoding: .utf8WithBOM)
            encoding = .utf8WithBOM
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = try utf16(bytes.dropFirst(2), bigEndian: false)
            encoding = .utf16LittleEndian
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = try utf16(bytes.dropFirst(2), bigEndian: true)
            encoding = .utf16BigEndian
        } else if let valid = String(validating: bytes, as: UTF8.self) {
            (text, encoding) = (valid, .utf8)
        } else {
            (text, encoding) = (try gb18030(bytes), .gb18030)
        }
        let firstLine = text.unicodeScalars.prefix { $0 != "\n" }
        return DecodedSpreadsheet(text: text, encoding: encoding, separator: firstLine.contains("\t") ? .tab : .comma)
    }

    private static func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        bytes.split(separator: lineFeed, omittingEmptySubsequences: false)
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, encoding: SpreadsheetEncoding) throws(SpreadsheetDecodingError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let line = lines(bytes).firstIndex { String(validating: $0, as: UTF8.self) == nil }.map { $0 + 1 } ?? 1
        throw SpreadsheetDecodingError(line: line, text: LocalizedText(
            zh: "文件以 UTF-8 的 BOM 开头，但第 \(line) 行不是 UTF-8 文本；请把整个文件另存为“CSV UTF-8”",
            en: "the file starts with a UTF-8 byte-order mark but line \(line) is not UTF-8 text; save the whole file as \"CSV UTF-8\""))
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(SpreadsheetDecodingError) -> String {
        let name = bigEndian ? "UTF-16 BE" : "UTF-16 LE"
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = String.UnicodeScalarView()
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.append(scalar)
                if scalar == "\n" { line += 1 }
            case .emptyInput:
                break decoding
            case .error:
                throw SpreadsheetDecodingError(line: line, text: LocalizedText(
                    zh: "文件以 \(name) 的 BOM 开头，但第 \(line) 行有不成对的代理码元，不是有效的 UTF-16 文本",
                    en: "the file starts with a \(name) byte-order mark but line \(line) holds an unpaired surrogate and is not valid UTF-16 text"))
            }
        }
        guard bytes.count.isMultiple(of: 2) else {
            throw SpreadsheetDecodingError(line: line, text: LocalizedText(
                zh: "文件以 \(name) 的 BOM 开头，但在第 \(line) 行中途结束（字节数是奇数），文件可能不完整",
                en: "the file starts with a \(name) byte-order mark but ends halfway through a character on line \(line) (an odd number of bytes); it may be cut short"))
        }
        return String(text)
    }

    /// GB18030 through Foundation (which converts with ICU on Linux), line by line so that the
    /// first line that fails can be named.
    private static func gb18030(_ bytes: [UInt8]) throws(SpreadsheetDecodingError) -> String {
        let encoding = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(
            CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))
        var decoded: [String] = []
        var firstUTF8Line: Int?
        var firstOtherLine: Int?
        for (index, line) in lines(bytes[...]).enumerated() {
            if !line.contains(where: { $0 >= 0x80 }) {
                decoded.append(String(decoding: line, as: UTF8.self))
            } else if let text = String(validating: line, as: UTF8.self) {
                firstUTF8Line = firstUTF8Line ?? index + 1
                decoded.append(text)
            } else if let text = String(data: Data(line), encoding: encoding) {
                firstOtherLine = firstOtherLine ?? index + 1
                decoded.append(text)
            } else {
                throw SpreadsheetDecodingError(line: index + 1, text: LocalizedText(
                    zh: "第 \(index + 1) 行既不是 UTF-8 也不是 GB18030（GBK）文本；请把文件另存为“CSV UTF-8”",
                    en: "line \(index + 1) is neither UTF-8 nor GB18030 (GBK) text; save the file as \"CSV UTF-8\""))
            }
        }
        if let utf8Line = firstUTF8Line, let otherLine = firstOtherLine {
            throw SpreadsheetDecodingError(line: otherLine, text: LocalizedText(
                zh: "文件混用了两种编码：第 \(utf8Line) 行是 UTF-8，第 \(otherLine) 行却是 GB18030（GBK）；请把整个文件另存为一种编码（“CSV UTF-8”）",
                en: "the file mixes two encodings: line \(utf8Line) is UTF-8 but line \(otherLine) is GB18030 (GBK); save the whole file in one encoding (\"CSV UTF-8\")"))
        }
        return decoded.joined(separator: "\n")
    }
}
