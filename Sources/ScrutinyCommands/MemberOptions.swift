import ArgumentParser
import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore
import TerminalCore

/// Who the member is and where their notebook is: `--member`, else $SCRUTINY_MEMBER, else
/// `member` in ~/.config/scrutiny/config.toml, else the login name.
struct MemberOptions: ParsableArguments {
    @Option(name: .long, help: "Who you are, for your notes (default: $SCRUTINY_MEMBER, else member in config.toml, else your login name).")
    var member: String?

    @Option(name: .long, help: "Your private notebook for this store (default: $SCRUTINY_NOTEBOOK, else notebook in config.toml, else $XDG_DATA_HOME/scrutiny/notebooks/NAME-STORE.sqlite).")
    var notebook: String?

    /// The settings file: $XDG_CONFIG_HOME/scrutiny/config.toml, else ~/.config/scrutiny/config.toml.
    static var configPath: String {
        let environment = ProcessInfo.processInfo.environment
        let home = environment["HOME"] ?? NSHomeDirectory()
        let folder = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.config"
        return "\(folder)/scrutiny/config.toml"
    }

    /// The settings, checked whole: every command reads them, so a mistake in them is said
    /// whatever the command (a theme is one this Scrutiny has).
    static func config() throws -> ConfigFile {
        let path = configPath
        guard let data = FileManager.default.contents(atPath: path) else { return ConfigFile() }
        let config = try ConfigFile(file: path, bytes: Array(data))
        if let theme = config.theme, !Theme.all.contains(where: { $0.name == theme }) {
            throw CommandError("\(path): theme = \"\(theme)\" is not a theme; the themes are \(Theme.all.map(\.name).joined(separator: ", "))")
        }
        return config
    }

    /// Adds the council's flags named in the settings to the store when it lacks them.
    static func addFlags(from config: ConfigFile, to papers: PapersStore) throws {
        for flag in config.flags where try papers.flag(named: flag) == nil {
            try papers.addFlag(flag)
        }
    }

    /// The account's login name, from the password database (not $USER, which may be unset).
    static var loginName: String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    func identity(_ config: ConfigFile, papersStore: String) throws -> (member: String, notebook: String) {
        let environment = ProcessInfo.processInfo.environment
        // The password database is read only when nothing else names the member.
        let candidates: [() -> String?] = [{ member }, { environment["SCRUTINY_MEMBER"] }, { config.member }, { Self.loginName }]
        guard let name = candidates.lazy.compactMap({ $0()?.trimmingCharacters(in: .whitespaces) }).first(where: { !$0.isEmpty }) else {
            throw CommandError("who are you? Give --member NAME, set SCRUTINY_MEMBER, or put member = \"Your Name\" in \(Self.configPath)")
        }
        if let path = notebook ?? environment["SCRUTINY_NOTEBOOK"].flatMap({ $0.isEmpty ? nil : $0 }) ?? config.notebook {
            return (name, path)
        }
        return (name, Notebook.defaultPath(dataFolder: StoreOptions.dataFolder, member: name, papersStore: papersStore))
    }

    /// The member's notes over `papers` when they have a notebook already (a clerk's sync
    /// makes none); nil otherwise.
    func existingNotes(papers: PapersStore) throws -> MemberNotes? {
        let (_, path) = try identity(try Self.config(), papersStore: try papers.identity())
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try open(papers: papers, addingFlags: false)
    }

    /// The member's notes over `papers`, with the council's flags from the settings file added
    /// to the store when it lacks them.
    func open(papers: PapersStore, config: ConfigFile? = nil, addingFlags: Bool = true) throws -> MemberNotes {
        let config = try config ?? Self.config()
        let papersStore = try papers.identity()
        let (name, path) = try identity(config, papersStore: papersStore)
        if addingFlags { try Self.addFlags(from: config, to: papers) }
        let notebook = try Notebook(path: path, member: name)
        try notebook.belong(to: papersStore, papersPath: papers.path)
        return MemberNotes(papers: papers, notebook: notebook)
    }
}
