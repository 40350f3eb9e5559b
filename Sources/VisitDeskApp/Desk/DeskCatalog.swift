import VisitDesk

/// Every component of the desk, for the help: adding a pane, screen or dialog means adding
/// its line here.
enum DeskCatalog {
    static func helpSections(_ language: Language) -> [HelpSection] {
        [
            DeskAction.helpSection(language),
            CaseList.helpSection(language),
            VisitPanel.helpSection(language),
            Checklist.helpSection(language),
            Notes.helpSection(language),
            HistoryScreen.helpSection(language),
            WorklistScreen.helpSection(language),
            DayReportScreen.helpSection(language),
            ReviewScreen.helpSection(language),
            SummaryScreen.helpSection(language),
            StartVisitDialog.helpSection(language),
            ChooseOutcomeDialog.helpSection(language),
            OutcomeFormDialog.helpSection(language),
            SkipReasonDialog.helpSection(language),
            EndVisitDialog.helpSection(language),
            VisitorsDialog.helpSection(language),
            StatementDialog.helpSection(language),
            CaseRecordChoiceDialog.helpSection(language),
            CaseRecordFormDialog.helpSection(language),
            QuitWithDraftDialog.helpSection(language),
            AttachDialog.helpSection(language),
            ConfirmDialog.helpSection(language),
            PrintDialog.helpSection(language),
            HelpDialog.helpSection(language),
        ]
    }
}
