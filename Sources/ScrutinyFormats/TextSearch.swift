import Foundation

extension StringProtocol {
    /// Whether the text holds `needle`, byte for byte: the page readers' test of a word, kept
    /// off Foundation's locale-aware search, which costs too much on a page of many megabytes.
    func includes(_ needle: String) -> Bool {
        var text = String(self)
        var needle = needle
        text.makeContiguousUTF8()
        return text.withUTF8 { haystack in
            needle.withUTF8 { wanted in
                guard let first = wanted.first else { return true }
                guard haystack.count >= wanted.count else { return false }
                for start in 0...(haystack.count - wanted.count) where haystack[start] == first {
                    if memcmp(haystack.baseAddress! + start, wanted.baseAddress!, wanted.count) == 0 { return true }
                }
                return false
            }
        }
    }
}
