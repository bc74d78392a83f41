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

    /// Every screen's whole chain of keymaps, in every mode, and each overlay's: a key bound
    /// twice to different actions is a binding the help lists that can never be reached.
    @Test func noKeyIsBoundTwiceOrShadowedOnAnyScreen() {
        let overlays = [[Keymaps.picker], [Keymaps.confirm], [Keymaps.votes]]
        let chains = Screens.all.flatMap { kind in kind.keymapChains.map { ("\(kind)", $0) } } + overlays.map { ($0[0].title, $0) }
        #expect(chains.count >= Screens.all.count + overlays.count)
        for (name, chain) in chains {
            #expect(!chain.isEmpty, "\(name) has an empty chain")
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

    /// Every keymap a screen reads from is in the key reference, so `?` and docs/keys.md list it.
    @Test func everyChainIsInTheKeyReference() {
        let listed = Set(KeyReference.keymaps.map(\.title))
        for kind in Screens.all {
            for keymap in kind.keymapChains.joined() {
                #expect(listed.contains(keymap.title), "\(kind) reads \(keymap.title), which the key reference leaves out")
            }
        }
    }
}
