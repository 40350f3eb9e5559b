import Foundation
import PropertyBased
import Testing
@testable import VisitDesk

/// A masked phone or ID number never gives the number away: each shown character stays in
/// its place, none twice, and a short number keeps most of its characters hidden.
struct MaskingTests {
    private static let digits = Gen.number.array(of: 0...24).map { String($0) }

    @Test func maskedNumbersShowEachCharacterInItsPlaceAndHideEnough() async {
        await propertyCheck(input: Self.digits) { number in
            let masked = LoanCase.mask(number, keepingFirst: 3, last: 4)
            let original = Array(number)
            let shown = Array(masked)
            #expect(shown.count == original.count)
            for (index, character) in shown.enumerated() where character != "*" {
                #expect(character == original[index], "\(masked) shows \(character) where \(number) has \(original[index])")
            }
            let hidden = shown.filter { $0 == "*" }.count
            if original.count >= 11 {
                #expect(hidden == original.count - 7, "a full-length number keeps its first three and last four")
            } else {
                #expect(hidden * 2 > original.count || original.isEmpty, "\(number) → \(masked) hides most of a short number")
            }
        }
    }

    @Test func shortPhoneNumbersMaskToTheirLastDigits() {
        let landline = LoanCase(reference: "L", debtorName: "张伟", phone: "87654321", idNumber: "1234567", address: "北京",
                                product: "花呗", outstanding: Money(fen: 100), daysOverdue: 1)
        #expect(landline.maskedPhone == "******21")
        #expect(landline.maskedIDNumber == "******7")
        #expect(LoanCase.mask("1234567", keepingFirst: 3, last: 4) == "******7")
        #expect(LoanCase.mask("13812345678", keepingFirst: 3, last: 4) == "138****5678")
    }

    @Test func importErrorsNeverEchoAFullPhoneOrIDNumber() throws {
        let csv = """
            ref,name,phone,id_number,address,product,outstanding,days_overdue
            A-1,张伟,13812345678X,110101199003074519,北京,花呗,12.00,3
            A-2,李娜,1381234567890123,,北京,花呗,12.00,3

            """
        #expect {
            try CaseCSVImporter.parse(Data(csv.utf8))
        } throws: { error in
            let message = "\(error)"
            return message.contains("phone") && message.contains("ID number")
                && !message.contains("13812345678") && !message.contains("1381234567890123") && !message.contains("110101199003074519")
        }
    }
}
