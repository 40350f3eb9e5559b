import Foundation

/// Who works a device: the operator typed as `王磊/WF-0312`. The badge names the operator on
/// the team's server (its PostgreSQL login is derived from it), so it is required and kept to
/// letters, digits and `-`.
public enum OperatorProfile {
    public static let maximumBadgeLength = 24
    public static let maximumNameLength = 40

    public static func parse(_ typed: String) throws(TeamError) -> Visitor {
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        func refuse(_ zh: String, _ en: String) -> TeamError {
            .badOperator(typed: SafeText.neutralised(typed), reason: LocalizedText(zh: zh, en: en))
        }
        if let unsafe = SafeText.firstUnsafeCharacter(in: trimmed) {
            throw refuse("含有不允许的字符 \(unsafe.name)", "it holds the character \(unsafe.name), which is not allowed")
        }
        let visitors: [Visitor]
        switch VisitorList.parse(trimmed) {
        case .success(let parsed): visitors = parsed
        case .failure(let error): throw refuse(error.message(.zh), error.message(.en))
        }
        guard visitors.count == 1, let person = visitors.first else {
            throw refuse("只能是一个人", "it must name exactly one person")
        }
        guard person.hasBadge else { throw refuse("缺少工号", "it has no badge") }
        guard person.name.count <= maximumNameLength else {
            throw refuse("姓名超过 \(maximumNameLength) 个字符", "the name is longer than \(maximumNameLength) characters")
        }
        guard isValidBadge(person.badge) else {
            throw refuse("工号只能由字母、数字和 - 组成，最多 \(maximumBadgeLength) 个",
                         "a badge is letters, digits and -, at most \(maximumBadgeLength) of them")
        }
        return person
    }

    /// The name alone (`王磊` of `王磊/WF-0312`), for narrow columns; the whole text when it
    /// does not parse, empty when it has no name.
    public static func name(of operatorName: String) -> String {
        (try? parse(operatorName))?.name ?? operatorName
    }

    public static func isValidBadge(_ badge: String) -> Bool {
        !badge.isEmpty && badge.count <= maximumBadgeLength
            && badge.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
    }
}
