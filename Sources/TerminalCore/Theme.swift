/// The styles of a colour scheme, by what they mark. Nothing is told by colour alone:
/// every role also differs by attribute or by text, so the monochrome theme loses nothing.
public struct Theme: Hashable, Sendable {
    public enum Role: Hashable, Sendable, CaseIterable {
        /// Body text.
        case normal
        /// The breadcrumb bar at the top.
        case titleBar
        /// The key hints at the bottom.
        case statusBar
        /// The row under the cursor.
        case selection
        /// Secondary text: dates, counts, ids.
        case muted
        /// Headings and group titles.
        case heading
        /// Badges such as EXEMPT or KEY.
        case badge
        /// Warnings and errors.
        case warning
        /// A search match.
        case match
    }

    public var name: String
    private var styles: [Role: Style]

    public subscript(role: Role) -> Style { styles[role] ?? .plain }

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    public static let standard = Theme(name: "default", styles: [
        .normal: .plain,
        .titleBar: Style(foreground: .white, background: .blue, attributes: .bold),
        .statusBar: Style(foreground: .black, background: .cyan),
        .selection: Style(attributes: .reverse),
        .muted: Style(foreground: .cyan),
        .heading: Style(foreground: .yellow, attributes: .bold),
        .badge: Style(foreground: .magenta, attributes: .bold),
        .warning: Style(foreground: .red, attributes: .bold),
        .match: Style(foreground: .black, background: .yellow, attributes: .bold),
    ])

    public static let highContrast = Theme(name: "high-contrast", styles: [
        .normal: Style(foreground: .white, background: .black),
        .titleBar: Style(foreground: .black, background: .white, attributes: .bold),
        .statusBar: Style(foreground: .black, background: .white, attributes: .bold),
        .selection: Style(foreground: .black, background: .yellow, attributes: .bold),
        .muted: Style(foreground: .white, background: .black),
        .heading: Style(foreground: .yellow, background: .black, attributes: [.bold, .underline]),
        .badge: Style(foreground: .black, background: .white, attributes: .bold),
        .warning: Style(foreground: .white, background: .red, attributes: .bold),
        .match: Style(foreground: .black, background: .white, attributes: [.bold, .underline]),
    ])

    public static let monochrome = Theme(name: "monochrome", styles: [
        .normal: .plain,
        .titleBar: Style(attributes: [.reverse, .bold]),
        .statusBar: Style(attributes: .reverse),
        .selection: Style(attributes: .reverse),
        .muted: Style(attributes: .dim),
        .heading: Style(attributes: [.bold, .underline]),
        .badge: Style(attributes: .bold),
        .warning: Style(attributes: [.bold, .underline]),
        .match: Style(attributes: [.bold, .underline]),
    ])

    public static let all = [standard, highContrast, monochrome]

    /// The theme named `name`; monochrome whenever NO_COLOR is set, as no-color.org asks.
    public static func named(_ name: String?, noColor: Bool) -> Theme {
        if noColor { return .monochrome }
        return all.first { $0.name == name } ?? .standard
    }
}
