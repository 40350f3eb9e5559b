/// A named method, and `other` without a description, are stored as their code string, as
/// they always were, so old events re-encode to the bytes their hashes cover. An `other` with
/// a description is stored as `{"other": "<description>"}`.
extension PaymentMethod: Codable {
    private enum CodingKeys: String, CodingKey {
        case other
    }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let code = try? single.decode(String.self) {
            guard let method = PaymentMethod(code: code) else {
                throw DecodingError.dataCorruptedError(in: single, debugDescription: "unknown payment method \(code)")
            }
            self = method
            return
        }
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        self = .other(description: try keyed.decode(String.self, forKey: .other))
    }

    public func encode(to encoder: any Encoder) throws {
        if case .other(let description) = self, !description.isEmpty {
            var keyed = encoder.container(keyedBy: CodingKeys.self)
            try keyed.encode(description, forKey: .other)
        } else {
            var single = encoder.singleValueContainer()
            try single.encode(code)
        }
    }
}
