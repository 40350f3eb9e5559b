import TUI

/// Text after a lead (a mark, a label) wrapped by display width, later lines starting under
/// the text rather than under the lead: nothing is cut, however narrow the pane.
enum HangingText {
    static func lines(lead: String, _ text: String, width: Int) -> [String] {
        let indent = lead.displayWidth
        guard width > indent else { return (lead + text).wrapped(to: max(1, width)) }
        return text.wrapped(to: width - indent).enumerated().map { index, line in
            (index == 0 ? lead : String(repeating: " ", count: indent)) + line
        }
    }
}
