import Foundation
import Testing
@testable import VisitDesk

@Suite struct CSVLimitsTests {
    static func problems(outstanding: String, daysOverdue: String) -> [CaseImportProblem] {
        CSVImportTests.problems(CSVImportTests.header + "\nA-1,张三,,,x,花呗,\(outstanding),\(daysOverdue)\n")
    }

    @Test func theLargestFiguresWithinTheLimitsImport() throws {
        let cases = try CaseCSVImporter.parse(Data((CSVImportTests.header + "\nA-1,张三,,,x,花呗,1000000000.00,36500\n").utf8))
        #expect(cases.map(\.outstanding) == [DomainLimits.maximumAmount])
        #expect(cases.map(\.daysOverdue) == [36_500])
    }

    @Test(arguments: ["1000000000.01", "1000000001", "9223372036854775807", "99999999999999999999999"])
    func anOutstandingAboveTheLimitIsRefusedNamingTheLimit(input: String) throws {
        let problems = Self.problems(outstanding: input, daysOverdue: "1")
        let problem = try #require(problems.first)
        #expect(problems.count == 1 && problem.line == 2 && problem.column == 7)
        #expect(problem.message.contains("more than the limit of ¥1,000,000,000.00"), "\(problem.message)")
    }

    @Test(arguments: ["36501", "9223372036854775807", "99999999999999999999999"])
    func daysOverdueAboveAHundredYearsIsRefusedNamingTheLimit(input: String) throws {
        let problems = Self.problems(outstanding: "100", daysOverdue: input)
        let problem = try #require(problems.first)
        #expect(problems.count == 1 && problem.line == 2 && problem.column == 8)
        #expect(problem.message == "days_overdue \(input) is more than the limit of 36500 days (a hundred years)")
    }
}
