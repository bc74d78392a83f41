import Foundation
import ScrutinyStore

/// What `scrutiny doctor --server` checks of a store that members share on one machine: that it
/// is on a local disk (SQLite's WAL shares memory between processes, which a network file
/// system cannot do safely), that its folder is setgid and group-writable so every member's
/// process can write the store and its WAL, that the store's files are the group's, and that the
/// member's notebook is private. It changes nothing; it says what it would change.
struct ServerCheck {
    struct Finding: Encodable {
        /// "ok", "change" (with the command that would fix it) or "refuse".
        var verdict: String
        var what: String
        var change: String?
    }

    let store: String
    let notebook: String

    func findings() -> [Finding] {
        let folder = (store as NSString).deletingLastPathComponent
        var findings: [Finding] = []
        if let system = Self.networkFileSystem(at: folder) {
            findings.append(Finding(verdict: "refuse", what: "the store is on \(system): SQLite's write-ahead log is not safe on a network file system; "
                                    + "move it to a disk of this machine", change: nil))
        } else {
            findings.append(Finding(verdict: "ok", what: "the store is on a disk of this machine", change: nil))
        }
        let folderMode = Self.mode(folder)
        if folderMode & 0o2000 == 0 || folderMode & 0o070 != 0o070 {
            findings.append(Finding(verdict: "change", what: "the folder \(folder) is \(String(folderMode & 0o7777, radix: 8)): new files would not take its group, "
                                    + "or the group cannot write there", change: "chmod 2770 \(Self.quoted(folder))"))
        } else {
            findings.append(Finding(verdict: "ok", what: "the folder \(folder) is setgid and the group's (\(String(folderMode & 0o7777, radix: 8)))", change: nil))
        }
        let group = Self.group(folder)
        if let group, !Self.accountIsIn(group: group) {
            let account = PapersStore.loginAccount
            findings.append(Finding(verdict: "change", what: "this account (\(account)) is not in the group \(group): its sessions could not write the store",
                                    change: "usermod -aG \(group) \(account)"))
        }
        for file in [store, store + "-wal", store + "-shm", store + "-sessions"] where FileManager.default.fileExists(atPath: file) {
            let mode = Self.mode(file)
            if mode & 0o060 != 0o060 || mode & 0o007 != 0 {
                findings.append(Finding(verdict: "change", what: "\(file) is \(String(mode & 0o777, radix: 8)): every member's process must read and write it, no one else",
                                        change: "chmod 660 \(Self.quoted(file))"))
            } else if let group, Self.group(file) != group {
                findings.append(Finding(verdict: "change", what: "\(file) is not the folder's group", change: "chgrp \(group) \(Self.quoted(file))"))
            } else {
                findings.append(Finding(verdict: "ok", what: "\(file) is the group's to read and write (\(String(mode & 0o777, radix: 8)))", change: nil))
            }
        }
        let notebookMode = Self.mode(notebook)
        if FileManager.default.fileExists(atPath: notebook), notebookMode & 0o077 != 0 {
            findings.append(Finding(verdict: "change", what: "the notebook \(notebook) is \(String(notebookMode & 0o777, radix: 8)): private notes must be the member's alone",
                                    change: "chmod 600 \(Self.quoted(notebook))"))
        } else {
            findings.append(Finding(verdict: "ok", what: "the notebook \(notebook) is private", change: nil))
        }
        let notebooks = (notebook as NSString).deletingLastPathComponent
        let notebooksMode = Self.mode(notebooks)
        if FileManager.default.fileExists(atPath: notebooks), notebooksMode & 0o077 != 0 {
            findings.append(Finding(verdict: "change", what: "the notebooks' folder \(notebooks) is \(String(notebooksMode & 0o7777, radix: 8)): others could list, read or replace notebooks there",
                                    change: "chmod 700 \(Self.quoted(notebooks))"))
        }
        return findings
    }

    /// Whether this process's account is in `group`, as its own group or one of its others.
    private static func accountIsIn(group name: String) -> Bool {
        guard let entry = getgrnam(name) else { return false }
        let gid = entry.pointee.gr_gid
        if getegid() == gid { return true }
        var groups = [gid_t](repeating: 0, count: Int(getgroups(0, nil)))
        let count = getgroups(Int32(groups.count), &groups)
        return groups.prefix(Int(max(count, 0))).contains(gid)
    }

    private static func mode(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0
    }

    private static func group(_ path: String) -> String? {
        try? FileManager.default.attributesOfItem(atPath: path)[.groupOwnerAccountName] as? String
    }

    private static func quoted(_ path: String) -> String {
        path.contains(" ") ? "'\(path)'" : path
    }

    /// The network file system `path` is on ("NFS", "SMB", "a FUSE mount" …), or nil for a
    /// local one: the type of the mount holding it, from /proc/self/mounts.
    static func networkFileSystem(at path: String, mounts: String? = nil) -> String? {
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let table = mounts ?? (try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) ?? ""
        // "server:/export /srv/scrutiny nfs4 rw,… 0 0": the longest mount point holding the path.
        let holding = table.split(separator: "\n").compactMap { line -> (point: String, type: String)? in
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { return nil }
            let point = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
            return real == point || real.hasPrefix(point == "/" ? "/" : point + "/") ? (point, String(fields[2])) : nil
        }.max { $0.point.count < $1.point.count }
        return holding.flatMap { networkFileSystem(type: $0.type) }
    }

    /// The kind of network or user-space file system a mount type names, or nil for a local one.
    static func networkFileSystem(type: String) -> String? {
        switch type.lowercased() {
        case "nfs", "nfs4": "NFS"
        case "smbfs", "smb3": "SMB"
        case "cifs": "CIFS"
        case "9p": "9P"
        case "ceph": "CephFS"
        case "afs": "AFS"
        case "lustre": "Lustre"
        case "gpfs": "GPFS"
        case let fuse where fuse.hasPrefix("fuse"): "a FUSE mount (\(fuse))"
        default: nil
        }
    }
}
