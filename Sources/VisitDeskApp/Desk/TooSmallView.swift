import TUI
import VisitDesk

/// Below the minimum size: one centred message with the size needed and the size now.
enum TooSmallView {
    static func render(_ state: DeskState, into buffer: inout CellBuffer) {
        let needed = DeskState.minimumSize
        let lines = [
            state.text(UIText.tooSmall),
            "\(state.text(UIText.needed)) \(needed.width)×\(needed.height) · \(state.text(UIText.now)) \(state.size.width)×\(state.size.height)",
            "q",
        ]
        let top = max(0, (state.size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < state.size.height {
            let fitted = line.displayWidth > state.size.width ? line.truncated(to: state.size.width) : line
            let x = max(0, (state.size.width - fitted.displayWidth) / 2)
            buffer.write(fitted, x: x, y: top + offset, style: Style(offset == 0 ? .warning : .normal, bold: offset == 0))
        }
    }
}
