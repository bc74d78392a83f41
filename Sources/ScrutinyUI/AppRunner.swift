import ScrutinyModel
import ScrutinyStore
import TerminalCore

/// Runs the reviewer's UI on a terminal: shows a frame, reads a key, updates, performs the
/// store reads the update asked for, until the member quits or a signal arrives.
public struct AppRunner {
    let terminal: Terminal
    let store: PapersStore

    public init(terminal: Terminal, store: PapersStore) {
        self.terminal = terminal
        self.store = store
    }

    public func run(_ initial: AppState) {
        var state = initial
        var pendingSearch: Effect?
        perform(state.update(.resized(width: terminal.size.width, height: terminal.size.height)), on: &state, pendingSearch: &pendingSearch)
        perform([.loadMeetings], on: &state, pendingSearch: &pendingSearch)
        while !state.quit && !terminal.shouldQuit {
            let size = terminal.size
            if size.width != state.width || size.height != state.height {
                perform(state.update(.resized(width: size.width, height: size.height)), on: &state, pendingSearch: &pendingSearch)
            }
            var frame = ScreenBuffer(width: state.width, height: state.height)
            state.render(into: &frame)
            terminal.show(frame)
            // A search waits until the keys stop coming: a key already typed outdates it.
            if let search = pendingSearch {
                if let key = terminal.nextKey(timeoutMilliseconds: 0) {
                    perform(state.update(.key(key)), on: &state, pendingSearch: &pendingSearch)
                } else {
                    pendingSearch = nil
                    Self.perform([search], on: &state, store: store)
                }
                continue
            }
            guard let key = terminal.nextKey(timeoutMilliseconds: 500) else { continue }
            perform(state.update(.key(key)), on: &state, pendingSearch: &pendingSearch)
        }
    }

    /// Performs reads at once, but holds back the latest search (dropping older ones).
    private func perform(_ effects: [Effect], on state: inout AppState, pendingSearch: inout Effect?) {
        for effect in effects {
            if case .search = effect { pendingSearch = effect } else { Self.perform([effect], on: &state, store: store) }
        }
    }

    /// Performs effects against the store and feeds their answers back, until none are left.
    /// Tests drive the UI through this without a terminal.
    package static func perform(_ effects: [Effect], on state: inout AppState, store: PapersStore) {
        for effect in effects {
            let message: Message
            do {
                switch effect {
                case .loadMeetings: message = .meetingsLoaded(try store.meetings())
                case .loadMeeting(let id): message = .meetingLoaded(try store.meeting(id: id))
                case .loadItem(let id): message = .itemLoaded(try store.item(id: id))
                case .loadPreview(let id): message = .previewLoaded(try store.item(id: id))
                case .search(let query, let generation):
                    message = .searched(generation: generation, hits: try store.search(query, limit: 50, asYouType: true))
                }
            } catch {
                message = .failed("\(error)")
            }
            perform(state.update(message), on: &state, store: store)
        }
    }
}
