/// The text of `themes/default.toml`, compiled in (a test keeps the two identical).
enum BuiltInTheme {
    static let defaultTOML = #"""
# VisitDesk colour theme: default.
# Works on dark and light terminals: text keeps the terminal's own colours.
#
# Each role takes fg and bg — a colour name (black, red, green, yellow, blue,
# magenta, cyan, white, or default for the terminal's own), a palette number 0–255,
# or "#rrggbb" (the nearest palette colour where the terminal has no true colour) —
# and bold, reverse, underline (true or false).
name = "default"

[roles]
normal            = { fg = "default", bg = "default" }
header            = { fg = "black", bg = "cyan", bold = true }
paneBorder        = { fg = 244 }
paneBorderFocused = { fg = "cyan", bold = true }
paneTitle         = { fg = 250 }
paneTitleFocused  = { fg = "black", bg = "cyan", bold = true }
selectedRow       = { fg = "black", bg = "#87afd7" }
itemDone          = { fg = "green", bold = true }
itemSkipped       = { fg = "yellow" }
itemNotApplicable = { fg = 244 }
itemPending       = { fg = "default" }
warning           = { fg = "yellow", bold = true }
error             = { fg = "red", bold = true }
muted             = { fg = 244 }
keyBarKey         = { fg = "black", bg = "cyan", bold = true }
keyBarLabel       = { fg = "default", bg = "default" }

"""#
}
