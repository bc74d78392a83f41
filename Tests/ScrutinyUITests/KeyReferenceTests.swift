import Foundation
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

@Suite struct KeyReferenceTests {
    /// docs/keys.md is what the keymaps say; regenerate it with `scrutiny keys > docs/keys.md`.
    @Test func docsMatchTheKeymaps() throws {
        let docs = try String(contentsOfFile: "\(PackageRoot.path)/docs/keys.md", encoding: .utf8)
        #expect(docs == KeyReference.markdown + "\n")
    }

    /// Every screen's whole chain of keymaps, and each overlay's: a key bound twice to different
    /// actions is a binding the help lists that can never be reached.
    @Test func noKeyIsBoundTwiceOrShadowedOnAnyScreen() {
        let overlays = [[Keymaps.picker], [Keymaps.confirm], [Keymaps.votes]]
        for (name, chain) in Keymaps.chains.map({ ($0.key, $0.value) }) + overlays.map({ ($0[0].title, $0) }) {
            var seen: [Key: (Action, String)] = [:]
            for keymap in chain {
                var inThisMap = Set<Key>()
                for binding in keymap.bindings {
                    for key in binding.keys {
                        #expect(inThisMap.insert(key).inserted, "\(name): \(key.name) bound twice in \(keymap.title)")
                        if let (action, owner) = seen[key], action != binding.action {
                            Issue.record("\(name): \(key.name) in \(keymap.title) (\(binding.help)) is shadowed by \(owner)")
                        }
                        if seen[key] == nil { seen[key] = (binding.action, keymap.title) }
                    }
                }
            }
        }
    }
}
