import GRDB
import HelpDeskCore

/// Row mapping for agents; areas are stored comma-separated (a handful per agent).
extension Agent: FetchableRecord, TableRecord, PersistableRecord {
    public static let databaseTableName = "agents"

    public init(row: Row) throws {
        let areas: String = row["areas"]
        self.init(
            login: row["login"],
            name: row["name"],
            role: Role(rawValue: row["role"]) ?? .l1,
            areas: areas.split(separator: ",").map(String.init),
            onShift: row["on_shift"]
        )
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["login"] = login
        container["name"] = name
        container["role"] = role.rawValue
        container["areas"] = areas.joined(separator: ",")
        container["on_shift"] = onShift
    }
}

extension Organisation: FetchableRecord, TableRecord, PersistableRecord {
    public static let databaseTableName = "organisations"

    public init(row: Row) throws {
        self.init(name: row["name"], plan: SupportPlan(rawValue: row["plan"]) ?? .basic)
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["name"] = name
        container["plan"] = plan.rawValue
    }
}

extension Requester: FetchableRecord, TableRecord, PersistableRecord {
    public static let databaseTableName = "requesters"

    public init(row: Row) throws {
        self.init(handle: row["handle"], name: row["name"], organisation: row["organisation"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["handle"] = handle
        container["name"] = name
        container["organisation"] = organisation
    }
}
