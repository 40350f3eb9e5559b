import VisitDesk

/// The local database's errors during a sync, as the sync's error.
enum SyncLocalStore {
    static func run<T>(_ body: () throws(StoreError) -> T) throws(ServerError) -> T {
        do {
            return try body()
        } catch {
            throw .localStore(error)
        }
    }
}
