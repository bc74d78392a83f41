import ArgumentParser
import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

/// Who the member is and where their notebook is: `--member`, else $SCRUTINY_MEMBER, else
/// `member` in ~/.config/scrutiny/config.toml, else the login name.
struct MemberOptions: ParsableArguments {
    @Option(name: .long, help: "Who you are, for your notes (default: $SCRUTINY_MEMBER, else member in config.toml, else your login name).")
    var member: String?

    @Option(name: .long, help: "Your private notebook (default: $SCRUTINY_NOTEBOOK, else notebook in config.toml, else $XDG_DATA_HOME/scrutiny/notebooks/NAME.sqlite).")
    var notebook: String?

    /// The settings file: $XDG_CONFIG_HOME/scrutiny/config.toml, else ~/.config/scrutiny/config.toml.
    static var configPath: String {
        let environment = ProcessInfo.processInfo.environment
        let home = environment["HOME"] ?? NSHomeDirectory()
        let folder = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.config"
        return "\(folder)/scrutiny/config.toml"
    }

    static func config() throws -> ConfigFile {
        let path = configPath
        guard let data = FileManager.default.contents(atPath: path) else { return ConfigFile() }
        return try ConfigFile(file: path, bytes: Array(data))
    }

    /// The account's login name, from the password database (not $USER, which may be unset).
    static var loginName: String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    func identity(_ config: ConfigFile) throws -> (member: String, notebook: String) {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [member, environment["SCRUTINY_MEMBER"], config.member, Self.loginName]
        guard let name = candidates.compactMap({ $0?.trimmingCharacters(in: .whitespaces) }).first(where: { !$0.isEmpty }) else {
            throw CommandError("who are you? Give --member NAME, set SCRUTINY_MEMBER, or put member = \"Your Name\" in \(Self.configPath)")
        }
        if let path = notebook ?? environment["SCRUTINY_NOTEBOOK"].flatMap({ $0.isEmpty ? nil : $0 }) ?? config.notebook {
            return (name, path)
        }
        return (name, Notebook.defaultPath(dataFolder: StoreOptions.dataFolder, member: name))
    }

    /// The member's notes over `papers`, with the council's flags from the settings file added
    /// to the store when it lacks them.
    func open(papers: PapersStore, config: ConfigFile? = nil, addingFlags: Bool = true) throws -> MemberNotes {
        let config = try config ?? Self.config()
        let (name, path) = try identity(config)
        for flag in config.flags where try addingFlags && papers.flag(named: flag) == nil {
            try papers.addFlag(flag)
        }
        return MemberNotes(papers: papers, notebook: try Notebook(path: path, member: name))
    }
}
