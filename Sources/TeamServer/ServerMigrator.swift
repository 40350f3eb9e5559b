/// Brings a server's schema to `ServerSchema.current`, one version per transaction, and tells
/// the other commands whether the server they reach has the schema they expect.
public enum ServerMigrator {
    /// Applies the versions the server lacks; returns the version found and the version now held.
    @discardableResult
    public static func migrate(_ server: ServerConnection) throws(ServerError) -> (found: Int, now: Int) {
        let found = try installedVersion(server)
        guard found <= ServerSchema.current else { throw .newerSchema(found: found, known: ServerSchema.current) }
        for version in found..<ServerSchema.current {
            try server.execute(script: "\(ServerSchema.versions[version]);\nINSERT INTO vd_schema (version) VALUES (\(version + 1));")
        }
        return (found, ServerSchema.current)
    }

    /// The version the server holds; 0 when it holds none.
    public static func installedVersion(_ server: ServerConnection) throws(ServerError) -> Int {
        try server.run { connection, logger in
            let rows = try await connection.query("SELECT to_regclass('public.vd_schema') IS NOT NULL", logger: logger)
            var exists = false
            for try await present in rows.decode(Bool.self) { exists = present }
            guard exists else { return 0 }
            var version = 0
            for try await found in try await connection.query("SELECT coalesce(max(version), 0) FROM vd_schema", logger: logger)
                .decode(Int.self) { version = found }
            return version
        }
    }

    /// Refuses a server without the schema or with a newer one than this program knows.
    public static func requireCurrent(_ server: ServerConnection) throws(ServerError) {
        let found = try installedVersion(server)
        if found == 0 { throw .schemaMissing(address: server.address.description) }
        if found > ServerSchema.current { throw .newerSchema(found: found, known: ServerSchema.current) }
        if found < ServerSchema.current { throw .schemaMissing(address: server.address.description) }
    }
}
