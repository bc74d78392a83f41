/// A question in a box over the screen, with choices: "Delete this note?" [Delete] [Keep].
/// The caller keeps which choice is selected and what each one does.
public struct Dialog: Hashable, Sendable {
    public var title: String
    public var message: String
    public var choices: [String]
    public var selected: Int

    public init(title: String, message: String, choices: [String], selected: Int = 0) {
        self.title = title
        self.message = message
        self.choices = choices
        self.selected = selected
    }

    /// Draws the box centred in `area`, as wide as the message needs and the area allows.
    public func render(in area: Rect, theme: Theme, into buffer: inout ScreenBuffer) {
        let buttons = choices.enumerated().map { $0.offset == selected ? "[\($0.element)]" : " \($0.element) " }
        let buttonWidth = TextWidth.of(buttons.joined(separator: " "))
        let width = min(area.width, max(TextWidth.of(title), buttonWidth, min(TextWidth.of(message), 56)) + 4)
        let lines = TextWrap.lines(message, width: max(1, width - 4))
        let height = min(area.height, lines.count + 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        guard box.width >= 4, box.height >= 3 else { return }
        let style = theme[.normal]
        buffer.frame(box, title: title, style: style, titleStyle: theme[.heading])
        for (offset, line) in lines.prefix(max(0, box.height - 4)).enumerated() {
            buffer.put(line, x: box.x + 2, y: box.y + 1 + offset, style: style, limit: box.width - 4)
        }
        var x = box.x + max(2, (box.width - buttonWidth) / 2)
        for (index, button) in buttons.enumerated() {
            // Drawn over a screen, the dialog takes the focus from it.
            if index == selected { buffer.focus = (x, box.maxY - 2) }
            x += buffer.put(button, x: x, y: box.maxY - 2, style: index == selected ? theme[.selection] : style,
                            limit: box.maxX - 1 - x) + 1
        }
    }
}
