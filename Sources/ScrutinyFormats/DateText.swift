import ScrutinyModel

/// Dates as UK council pages print them: "Tuesday, 25 June 2024", "25th June 2024",
/// "02/07/2018" (day first), "2024-06-25".
public enum DateText {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    public static func parse(_ text: String) -> CalendarDate? {
        let value = text.trimmed
        if let iso = CalendarDate(iso: value) { return iso }
        let slashed = value.split(separator: "/")
        if slashed.count == 3, let d = Int(slashed[0]), let m = Int(slashed[1]), let y = Int(slashed[2].prefix(4)),
           slashed[2].count == 4 {
            return CalendarDate(year: y, month: m, day: d)
        }
        // Words: find a day number, a month name and a four-digit year in that order.
        let words = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        for (index, word) in words.enumerated() {
            let digits = word.prefix(while: \.isNumber)
            guard let day = Int(digits), !digits.isEmpty, index + 2 < words.count,
                  ["", "st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))),
                  let month = months.firstIndex(where: { $0 == words[index + 1] || $0.prefix(3) == words[index + 1] }),
                  words[index + 2].count == 4, let year = Int(words[index + 2]) else { continue }
            return CalendarDate(year: year, month: month + 1, day: day)
        }
        return nil
    }

    /// A date anywhere in a sentence: "… expires on 17/11/2025.", "… by 3 March 2026".
    static func findDate(in text: String) -> CalendarDate? {
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }) {
            let bare = String(token).trimmingCharacters(in: ".;:")
            if bare.contains("/") || bare.contains("-"), let date = parse(bare) { return date }
        }
        return parse(text)
    }
}
