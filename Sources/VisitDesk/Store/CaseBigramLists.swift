import Foundation

/// The two-character lists of many cases, gathered in memory before they are written
/// (`CaseSearch.index`): the same lists as `CaseSearch.bigrams(in:_:)` gathered in a
/// `[String: [Int64]]`, gram by gram, but a field of printable ASCII and ideographs
/// (`Unicode.Scalar.standsAlone`, nearly every field) is walked by scalar and its grams kept
/// as pairs of numbers: hashing a number costs far less than hashing a `String` of Chinese,
/// which Swift normalises first. An import of 100k cases adds about 5M grams.
struct CaseBigramLists {
    /// Grams of two scalars that stand alone (the second may be `CaseSearch.loneMark`), as
    /// `first << 32 | second`.
    private var casesByPair: [UInt64: [Int64]] = [:]
    /// The spelling of a pair first met as another text Swift finds equal to it (canonically
    /// equivalent, as `U+212A` Kelvin sign is to `K`): that spelling is the list's key, as it
    /// was when every gram was a `String` key.
    private var firstSpellingOfPair: [UInt64: String] = [:]
    /// The other grams, equal when Swift finds them equal.
    private var casesByGram: [String: [Int64]] = [:]

    /// `CaseSearch.loneMark`'s one scalar.
    private static let loneMark = CaseSearch.loneMark.unicodeScalars.first!.value

    /// Adds the grams of a case's `fields` (`CaseSearch.bigramFields`) to the case `id`, which
    /// is above every id added before.
    mutating func add(_ fields: [String], of id: Int64) {
        for field in fields {
            if field.unicodeScalars.allSatisfy(\.standsAlone) {
                addPairs(of: field.unicodeScalars, of: id)
            } else {
                CaseSearch.bigrams(in: [field]) { gram in add(gram, of: id) }
            }
        }
    }

    /// Every gram with the ids of its cases, ascending, each once.
    var lists: [(gram: String, caseIDs: [Int64])] {
        casesByPair.map { pair, ids in (firstSpellingOfPair[pair] ?? CaseBigramLists.spelling(of: pair), ids) }
            + casesByGram.map { gram, ids in (gram, ids) }
    }

    /// `CaseSearch.bigrams(in:_:)` for a field whose scalars all stand alone, where the only
    /// white space is the ASCII space.
    private mutating func addPairs(of scalars: String.UnicodeScalarView, of id: Int64) {
        let space = UInt32(0x20)
        let loneMark = CaseBigramLists.loneMark
        var previous: UInt32?
        var alone = false
        for scalar in scalars {
            let value = scalar.value
            if value == space {
                if alone, let previous { add(pair: UInt64(previous) << 32 | UInt64(loneMark), of: id) }
                previous = nil
                alone = false
                continue
            }
            if let previous {
                add(pair: UInt64(previous) << 32 | UInt64(value), of: id)
                alone = false
            } else {
                alone = true
            }
            previous = value
        }
        if alone, let previous { add(pair: UInt64(previous) << 32 | UInt64(loneMark), of: id) }
    }

    private mutating func add(pair: UInt64, of id: Int64) {
        casesByPair[pair, default: []].appendUnlessLast(id)
    }

    /// A gram from a field with other characters: a pair when it is one, or when its
    /// canonical composition is one (then Swift found it equal to the pair, and merged them).
    /// Only a scalar that composition replaces (a full composition exclusion: the Kelvin
    /// sign, a compatibility ideograph) can make another text equal to a pair, since composing
    /// never gives ASCII or an ideograph; other grams skip the composition, which is costly.
    private mutating func add(_ gram: String, of id: Int64) {
        if let pair = CaseBigramLists.pair(gram) {
            add(pair: pair, of: id)
        } else if gram.unicodeScalars.contains(where: \.properties.isFullCompositionExclusion),
                  let pair = CaseBigramLists.pair(gram.precomposedStringWithCanonicalMapping) {
            if casesByPair[pair] == nil { firstSpellingOfPair[pair] = gram }
            add(pair: pair, of: id)
        } else {
            casesByGram[gram, default: []].appendUnlessLast(id)
        }
    }

    /// The pair of a gram of two scalars that stand alone, nil for any other text.
    private static func pair(_ gram: String) -> UInt64? {
        var scalars = gram.unicodeScalars.makeIterator()
        guard let first = scalars.next(), let second = scalars.next(), scalars.next() == nil,
              first.standsAlone, second.standsAlone else { return nil }
        return UInt64(first.value) << 32 | UInt64(second.value)
    }

    private static func spelling(of pair: UInt64) -> String {
        var text = String.UnicodeScalarView()
        text.append(Unicode.Scalar(UInt32(truncatingIfNeeded: pair >> 32))!)
        text.append(Unicode.Scalar(UInt32(truncatingIfNeeded: pair))!)
        return String(text)
    }
}

extension Array where Element == Int64 {
    /// Appends `id` unless it is already the last element, so a gram found twice in a case lists it once.
    mutating func appendUnlessLast(_ id: Int64) {
        if last != id { append(id) }
    }
}
