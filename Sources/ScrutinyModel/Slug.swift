/// Stable, readable ids made from names: "Corporate Scrutiny Committee" → "corporate-scrutiny-committee".
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 48) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let folded = fold(scalar)
            if let folded {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(folded)
                if result.count >= maxLength { break }
            } else if scalar != "'" && scalar != "’" {
                pendingDash = true
            }
        }
        return result.isEmpty ? "untitled" : result
    }

    /// ASCII letters and digits stay; common accented Latin letters lose their accent; "&" reads "and".
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "a"..."z", "0"..."9": return String(scalar)
        case "&": return "and"
        case "à", "á", "â", "ä", "ã", "å": return "a"
        case "è", "é", "ê", "ë": return "e"
        case "ì", "í", "î", "ï": return "i"
        case "ò", "ó", "ô", "ö", "õ", "ø": return "o"
        case "ù", "ú", "û", "ü": return "u"
        case "ç": return "c"
        case "ñ": return "n"
        case "ŵ": return "w"
        case "ŷ", "ý", "ÿ": return "y"
        default: return nil
        }
    }
}
