/// The pieces every HTML file Scrutiny writes shares: escaping and one self-contained page.
enum HTML {
    /// Text made safe inside HTML elements and attributes.
    /// Escaped, its own line breaks kept as `<br>` and each line's indentation as no-break spaces.
    static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let own = line.prefix { $0 == " " }.count
            return String(repeating: "&nbsp;", count: own) + escape(String(line.dropFirst(own)))
        }.joined(separator: "<br>\n")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A UTF-8 page with a readable measure; `body` is HTML already escaped.
    static func page(title: String, body: [String]) -> String {
        let head = ["<!DOCTYPE html>", "<html lang=\"en-GB\">", "<head>", "<meta charset=\"utf-8\">",
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                    "<title>\(escape(title))</title>",
                    "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5}"
                        + ".exempt{border-left:4px solid #b00;padding-left:1em}.para{color:#666;margin-right:.5em}"
                        + "dt{font-weight:bold}</style>",
                    "</head>", "<body>"]
        return (head + body + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
    }
}
