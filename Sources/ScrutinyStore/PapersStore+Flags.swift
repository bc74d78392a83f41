import GRDB
import ScrutinyModel

/// The council's flags: the default themes and the ones it adds. A flag is never deleted:
/// renaming keeps its id and retiring only hides it from the picker, so notes keep it.
extension PapersStore {
    public func flags(includingRetired: Bool = false) throws -> [Flag] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM flag \(includingRetired ? "" : "WHERE retired = 0") ORDER BY rowid")
                .map { Flag(id: (try $0.decode(forColumn: "id")), name: (try $0.decode(forColumn: "name")), retired: (try $0.decode(forColumn: "retired"))) }
        }
    }

    /// The flag whose id or name (in any case) is `name`, retired or not.
    public func flag(named name: String) throws -> Flag? {
        try flags(includingRetired: true).first { $0.id == name || $0.name.lowercased() == name.lowercased() }
    }

    /// Adds a flag, or brings back a retired one of that name. Adding one that exists
    /// returns it unchanged.
    @discardableResult
    public func addFlag(_ name: String) throws -> Flag {
        let name = try Self.checkedName(name)
        if var existing = try flag(named: name) {
            if existing.retired {
                try write { db in try db.execute(sql: "UPDATE flag SET retired = 0 WHERE id = ?", arguments: [existing.id]) }
                existing.retired = false
            }
            return existing
        }
        return try write { db in
            var id = Slug.make(name)
            var suffix = 2
            while try Bool.fetchOne(db, sql: "SELECT 1 FROM flag WHERE id = ?", arguments: [id]) == true {
                id = "\(Slug.make(name))-\(suffix)"
                suffix += 1
            }
            try db.execute(sql: "INSERT INTO flag (id, name) VALUES (?, ?)", arguments: [id, name])
            return Flag(id: id, name: name)
        }
    }

    /// Renames a flag; its id, and so every note that has it, stays.
    public func renameFlag(_ name: String, to newName: String) throws -> Flag {
        let newName = try Self.checkedName(newName)
        guard var flag = try flag(named: name) else { throw StoreError("there is no flag \"\(name)\"") }
        if let clash = try self.flag(named: newName), clash.id != flag.id {
            throw StoreError("there is already a flag \"\(clash.name)\"")
        }
        try write { db in try db.execute(sql: "UPDATE flag SET name = ? WHERE id = ?", arguments: [newName, flag.id]) }
        flag.name = newName
        return flag
    }

    /// Retires a flag (or brings it back): a retired flag is offered no more, and its notes keep it.
    public func retireFlag(_ name: String, retired: Bool = true) throws -> Flag {
        guard var flag = try flag(named: name) else { throw StoreError("there is no flag \"\(name)\"") }
        try write { db in
            try db.execute(sql: "UPDATE flag SET retired = ? WHERE id = ?", arguments: [retired, flag.id])
        }
        flag.retired = retired
        return flag
    }

    private static func checkedName(_ name: String) throws -> String {
        let trimmed = name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !trimmed.isEmpty else { throw StoreError("a flag needs a name") }
        guard trimmed.count <= 40 else { throw StoreError("a flag's name is at most 40 characters") }
        return trimmed
    }
}
