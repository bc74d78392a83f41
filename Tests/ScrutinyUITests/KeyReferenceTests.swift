import Foundation
import Testing
import TestSupport
@testable import ScrutinyUI

@Suite struct KeyReferenceTests {
    /// docs/keys.md is what the keymaps say; regenerate it with `scrutiny keys > docs/keys.md`.
    @Test func docsMatchTheKeymaps() throws {
        let docs = try String(contentsOfFile: "\(PackageRoot.path)/docs/keys.md", encoding: .utf8)
        #expect(docs == KeyReference.markdown + "\n")
    }

    @Test func noKeyIsBoundTwiceInOneScreen() {
        for keymap in [Keymaps.list, Keymaps.page] {
            let keys = (keymap.bindings + Keymaps.global.bindings).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(keymap.title)")
        }
    }
}
