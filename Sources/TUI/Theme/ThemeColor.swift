/// A colour as a theme names it, turned into a terminal colour number by the backend
/// according to how many colours the terminal has.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// A palette entry 0–255 (0–7 are black, red, green, yellow, blue, magenta, cyan, white).
    case indexed(Int)
    /// A true colour, `#rrggbb`.
    case rgb(red: Int, green: Int, blue: Int)

    /// The colour names a theme may use, in palette order.
    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Reads a colour name, `default` or `#rrggbb` (case-insensitive); nil when it is none of these.
    public init?(name: String) {
        let lowered = name.lowercased()
        if lowered == "default" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: lowered) {
            self = .indexed(index)
        } else if lowered.count == 7, lowered.first == "#", let value = Int(lowered.dropFirst(), radix: 16) {
            self = .rgb(red: value >> 16, green: (value >> 8) & 0xFF, blue: value & 0xFF)
        } else {
            return nil
        }
    }

    /// The colour number to use on a terminal with `paletteSize` colours (8, 16, 256,
    /// or 2²⁴ for direct colour), −1 for the terminal default. A colour the palette
    /// lacks becomes the nearest one it has (by RGB distance, xterm's palette).
    public func number(forPaletteSize paletteSize: Int) -> Int {
        let isDirect = paletteSize >= 1 << 24
        // Palettes between the standard sizes (88 colours) are used as the next smaller one.
        let palette = paletteSize >= 256 ? 256 : paletteSize >= 16 ? 16 : 8
        switch self {
        case .terminalDefault:
            return -1
        case .indexed(let index) where isDirect:
            return index < 8 ? index : Self.directNumber(Self.rgbOfIndex(index))
        case .indexed(let index) where index < palette:
            return index
        case .indexed(let index):
            return Self.nearestBasic(Self.rgbOfIndex(index), count: palette)
        case .rgb(let red, let green, let blue) where isDirect:
            return Self.directNumber((red, green, blue))
        case .rgb(let red, let green, let blue) where palette == 256:
            return Self.nearest256((red, green, blue))
        case .rgb(let red, let green, let blue):
            return Self.nearestBasic((red, green, blue), count: palette)
        }
    }

    /// The xterm-256 palette entry closest to an RGB colour: a 6×6×6 cube entry or a grey.
    static func nearest256(_ colour: (Int, Int, Int)) -> Int {
        let (red, green, blue) = colour
        let cube = [red, green, blue].map { component in
            cubeLevels.indices.min { abs(cubeLevels[$0] - component) < abs(cubeLevels[$1] - component) }!
        }
        let cubeIndex = 16 + 36 * cube[0] + 6 * cube[1] + cube[2]
        let average = (red + green + blue) / 3
        let greyStep = max(0, min(23, (average - 8 + 5) / 10))
        let greyIndex = 232 + greyStep
        return distance(rgbOfIndex(greyIndex), colour) < distance(rgbOfIndex(cubeIndex), colour) ? greyIndex : cubeIndex
    }

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    private static let basicPalette = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgbOfIndex(_ index: Int) -> (Int, Int, Int) {
        switch index {
        case ..<16:
            return basicPalette[max(0, index)]
        case 16..<232:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let grey = 8 + 10 * (min(index, 255) - 232)
            return (grey, grey, grey)
        }
    }

    /// The nearest of the first `count` (8 or 16) palette colours. Greys go by
    /// lightness alone, so that a grey never turns into a dull yellow or blue.
    private static func nearestBasic(_ colour: (Int, Int, Int), count: Int) -> Int {
        let (red, green, blue) = colour
        if max(red, green, blue) - min(red, green, blue) < 48 {
            let lightness = (red + green + blue) / 3
            if count < 16 { return lightness < 64 ? 0 : 7 }
            return lightness < 64 ? 0 : lightness < 160 ? 8 : lightness < 240 ? 7 : 15
        }
        return (0..<count).min { distance(basicPalette[$0], colour) < distance(basicPalette[$1], colour) }!
    }

    /// In direct-colour mode numbers below 8 are the ANSI colours, so the darkest
    /// blues are nudged up by one step.
    private static func directNumber(_ colour: (Int, Int, Int)) -> Int {
        max(8, colour.0 << 16 | colour.1 << 8 | colour.2)
    }

    private static func distance(_ first: (Int, Int, Int), _ second: (Int, Int, Int)) -> Int {
        let red = first.0 - second.0
        let green = first.1 - second.1
        let blue = first.2 - second.2
        return red * red + green * green + blue * blue
    }
}
