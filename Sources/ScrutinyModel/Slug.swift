/// Stable, readable ids made from names: "Corporate Scrutiny Committee" → "corporate-scrutiny-committee".
/// A name longer than `maxLength` is cut and given a suffix from the whole name, so two long
/// names that begin alike ("… for North Central London", "… for South East London") never
/// become one id.
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
            } else if scalar != "'" && scalar != "’" {
                pendingDash = true
            }
        }
        guard !result.isEmpty else { return "untitled" }
        guard result.count > maxLength else { return result }
        let suffix = "-" + hash(result)
        var cut = String(result.prefix(max(1, maxLength - suffix.count)))
        while cut.hasSuffix("-") { cut.removeLast() }
        return cut + suffix
    }

    /// Six hex digits of the 32-bit FNV-1a hash: the same on every machine and every run.
    private static func hash(_ text: String) -> String {
        var value: UInt32 = 2_166_136_261
        for byte in text.utf8 { value = (value ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(value, radix: 16)
        return String((String(repeating: "0", count: max(0, 8 - hex.count)) + hex).suffix(6))
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
