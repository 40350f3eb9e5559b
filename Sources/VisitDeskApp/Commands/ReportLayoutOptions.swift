import ArgumentParser
import VisitDesk

/// How a day's report is laid out, for `report` and `server report`: its form, and the width of the text form.
struct ReportLayoutOptions: ParsableArguments {
    @Option(help: "text (fixed-width), markdown or json.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Columns of the text form (at least \(SummaryText.minimumWidth)).", valueName: "columns"))
    var width = 80

    func validate() throws {
        guard width >= SummaryText.minimumWidth, width <= 1_000 else {
            throw ValidationError("--width must be between \(SummaryText.minimumWidth) and 1000 columns, not \(width).")
        }
    }
}
