import Foundation
import VisitDesk

/// libFuzzer entry point for the case CSV importer: any bytes must give cases or a
/// `CaseImportError`, never a trap, and what is accepted must keep the importer's promises.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVImport(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(UnsafeBufferPointer(start: bytes, count: count))
    do {
        let cases = try CaseCSVImporter.parse(data)
        var references: Set<String> = []
        for loan in cases {
            precondition(!loan.reference.isEmpty, "a case was imported without a reference")
            precondition(references.insert(loan.reference).inserted, "reference \(loan.reference) was imported twice")
            precondition(DomainLimits.contains(loan.outstanding), "an outstanding amount outside the limits was imported")
            precondition((0...DomainLimits.maximumDaysOverdue).contains(loan.daysOverdue), "days overdue outside the limits were imported")
            for text in [loan.reference, loan.debtorName, loan.phone, loan.idNumber, loan.address, loan.product, loan.assignedAgent]
                + loan.tags {
                precondition(SafeText.firstUnsafeCharacter(in: text) == nil, "an unsafe character was imported in \(text.debugDescription)")
            }
        }
    } catch {
        precondition(!error.problems.isEmpty, "an import error without a problem")
        for problem in error.problems {
            precondition(problem.line >= 1 && problem.column >= 1, "a problem at line \(problem.line), column \(problem.column)")
        }
        _ = error.description
    }
    return 0
}
