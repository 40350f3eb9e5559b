import GRDB

/// The schema, grown only by appending named migrations. Never edit one that has shipped.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-cases") { db in
            try db.execute(sql: """
                CREATE TABLE loanCase (
                    id INTEGER PRIMARY KEY,
                    reference TEXT NOT NULL UNIQUE,
                    debtorName TEXT NOT NULL,
                    phone TEXT NOT NULL,
                    idNumber TEXT NOT NULL,
                    address TEXT NOT NULL,
                    product TEXT NOT NULL,
                    outstandingFen INTEGER NOT NULL,
                    daysOverdue INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    assignedAgent TEXT NOT NULL,
                    tags TEXT NOT NULL
                );
                CREATE INDEX loanCase_byOverdue ON loanCase(daysOverdue DESC, id);
                """)
        }
        migrator.registerMigration("v1-visits") { db in
            try db.execute(sql: """
                CREATE TABLE visit (
                    id INTEGER PRIMARY KEY,
                    caseID INTEGER NOT NULL REFERENCES loanCase(id),
                    role TEXT NOT NULL,
                    playbookID TEXT NOT NULL,
                    startedAt DATETIME NOT NULL,
                    endedAt DATETIME,
                    endReason TEXT,
                    outcomeCode TEXT,
                    caseStatusAtStart TEXT NOT NULL,
                    eventCount INTEGER NOT NULL,
                    headHash TEXT NOT NULL,
                    lastEventAt DATETIME NOT NULL
                );
                CREATE UNIQUE INDEX visit_oneOpenPerCase ON visit(caseID) WHERE endedAt IS NULL;
                CREATE INDEX visit_byCase ON visit(caseID, startedAt DESC);
                CREATE INDEX visit_byStart ON visit(startedAt DESC);
                CREATE TABLE visitEvent (
                    visitID INTEGER NOT NULL REFERENCES visit(id),
                    sequence INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    at DATETIME NOT NULL,
                    payload TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    PRIMARY KEY (visitID, sequence)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v1-drafts-and-access-log") { db in
            try db.execute(sql: """
                CREATE TABLE noteDraft (
                    visitID INTEGER PRIMARY KEY REFERENCES visit(id),
                    text TEXT NOT NULL,
                    savedAt DATETIME NOT NULL
                );
                CREATE TABLE caseAccess (
                    id INTEGER PRIMARY KEY,
                    caseID INTEGER NOT NULL REFERENCES loanCase(id),
                    at DATETIME NOT NULL,
                    fields TEXT NOT NULL,
                    revealed BOOLEAN NOT NULL
                );
                CREATE INDEX caseAccess_byCase ON caseAccess(caseID, at);
                """)
        }
        migrator.registerMigration("v1-search") { db in
            // Trigram full-text search finds substrings of three characters and more, Chinese
            // included; two-character queries use the bigram table instead.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE caseSearch USING fts5(text, tokenize = 'trigram');
                CREATE TABLE caseBigram (
                    gram TEXT NOT NULL,
                    caseID INTEGER NOT NULL REFERENCES loanCase(id),
                    PRIMARY KEY (gram, caseID)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2-ledger") { db in
            // No foreign key to `visit`: an entry must outlive a deleted visit to expose it.
            try db.execute(sql: """
                CREATE TABLE ledger (
                    position INTEGER PRIMARY KEY,
                    visitID INTEGER NOT NULL,
                    sequence INTEGER NOT NULL,
                    eventHash TEXT NOT NULL,
                    previousHash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                """)
            // Events written before this migration were never chained store-wide; they enter the
            // ledger now, in visit order, and are covered from here on.
            try Ledger.build(db: db)
        }
        migrator.registerMigration("v2-form-drafts") { db in
            // A dialog's fields as the desk last saw them, kept when the desk is ended by a
            // signal with a form open; one per case, opaque to the store.
            try db.execute(sql: """
                CREATE TABLE formDraft (
                    caseID INTEGER PRIMARY KEY REFERENCES loanCase(id),
                    form TEXT NOT NULL,
                    savedAt DATETIME NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2-search-bigram-lists") { db in
            // One row per two-character string with the ids of its cases as a JSON array: an
            // import of 100k cases writes ~100k rows instead of ~5M (see CaseSearch.index).
            try db.execute(sql: """
                CREATE TABLE caseBigramList (
                    gram TEXT PRIMARY KEY,
                    caseIDs TEXT NOT NULL
                ) WITHOUT ROWID;
                INSERT INTO caseBigramList (gram, caseIDs)
                    SELECT gram, json_group_array(caseID)
                    FROM (SELECT gram, caseID FROM caseBigram ORDER BY gram, caseID)
                    GROUP BY gram;
                DROP TABLE caseBigram;
                """)
        }
        migrator.registerMigration("v3-case-list") { db in
            // The case list shows and sorts on pinyin search, the last outcome and the next
            // action date with each page of rows: the case row carries them, and each order
            // the list offers has an index of its shape.
            try db.execute(sql: """
                ALTER TABLE loanCase ADD COLUMN romanized TEXT NOT NULL DEFAULT '';
                ALTER TABLE loanCase ADD COLUMN lastOutcome TEXT;
                ALTER TABLE loanCase ADD COLUMN nextAction TEXT;
                CREATE INDEX loanCase_byAmount ON loanCase(outstandingFen DESC, id);
                CREATE INDEX loanCase_byNextAction ON loanCase(nextAction IS NULL, nextAction, id);
                """)
            try CaseSearch.reindexAll(db: db)
            try CaseStanding.fillAll(db: db)
        }
        migrator.registerMigration("v4-search-one-character") { db in
            // A one-character search reads the lists of every string holding the character:
            // those ending in it through this index, and those of it standing alone.
            try db.execute(sql: "CREATE INDEX caseBigramList_bySecond ON caseBigramList(substr(gram, 2))")
            try CaseSearch.listLoneCharacters(db: db)
        }
        migrator.registerMigration("v5-between-visits") { db in
            // Contact attempts, appointments, payments, hand marks, next actions and evidence of a
            // case: its own chain (head on the case row) entered in the ledger, whose entries for
            // case events have visit id 0 and name the case. `appointment` and `obligation` are
            // derived from the events, kept for the worklist's index reads; `verify` recomputes them.
            try db.execute(sql: """
                CREATE TABLE caseEvent (
                    caseID INTEGER NOT NULL REFERENCES loanCase(id),
                    sequence INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    at DATETIME NOT NULL,
                    payload TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    PRIMARY KEY (caseID, sequence)
                ) WITHOUT ROWID;
                ALTER TABLE loanCase ADD COLUMN eventCount INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE loanCase ADD COLUMN headHash TEXT NOT NULL DEFAULT '';
                ALTER TABLE loanCase ADD COLUMN nextActionKind TEXT;
                ALTER TABLE ledger ADD COLUMN caseID INTEGER;
                CREATE TABLE appointment (
                    caseID INTEGER NOT NULL REFERENCES loanCase(id),
                    id TEXT NOT NULL,
                    day TEXT NOT NULL,
                    time TEXT NOT NULL,
                    place TEXT NOT NULL,
                    visitors TEXT NOT NULL,
                    confirmed BOOLEAN NOT NULL,
                    cancelled BOOLEAN NOT NULL,
                    PRIMARY KEY (caseID, id)
                ) WITHOUT ROWID;
                CREATE INDEX appointment_byDay ON appointment(day, time);
                CREATE TABLE obligation (
                    id TEXT NOT NULL PRIMARY KEY,
                    caseID INTEGER NOT NULL REFERENCES loanCase(id),
                    visitID INTEGER NOT NULL,
                    number INTEGER NOT NULL,
                    agreedOn TEXT NOT NULL,
                    due TEXT NOT NULL,
                    amountFen INTEGER NOT NULL,
                    paidFen INTEGER NOT NULL,
                    graceDays INTEGER NOT NULL,
                    graceEnds TEXT NOT NULL,
                    state TEXT NOT NULL,
                    markReason TEXT
                );
                CREATE INDEX obligation_byCase ON obligation(caseID, due);
                CREATE INDEX obligation_byDue ON obligation(due, id);
                CREATE INDEX obligation_byGraceEnd ON obligation(graceEnds);
                UPDATE loanCase SET nextActionKind = CASE lastOutcome WHEN 'rescheduled' THEN 'visit' ELSE 'checkPayment' END
                    WHERE nextAction IS NOT NULL;
                """)
            try ObligationBook.fillAll(db: db)
        }
        migrator.registerMigration("v6-team") { db in
            // A version-4 UUID, lower-case, made by SQLite.
            let randomUUID = """
                lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
                    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
                """
            // Working as a team: every visit gets a global id (a UUID; `originID` is the number its
            // events' payloads name, its id on the device that started it, so chains written before
            // keep verifying wherever the visit travels). Events record operator, device and the
            // device's signature (`DeviceStamp`); `pushedCount` counts the events the team's server
            // has acknowledged; `serverVersion` is the version of a case as last pulled, `withdrawnAt`
            // when it was reassigned away (its personal data then removed), and `teamDevice` holds
            // the public keys of the team's devices. A visit synced from another device is `remote`: kept, shown, never
            // written here, and not this desk's open visit of its case. A visit inserted without a
            // global id (by hand, or by an older program) is given one.
            try db.execute(sql: """
                ALTER TABLE visit ADD COLUMN uid TEXT;
                ALTER TABLE visit ADD COLUMN originID INTEGER;
                ALTER TABLE visit ADD COLUMN device TEXT;
                ALTER TABLE visit ADD COLUMN remote BOOLEAN NOT NULL DEFAULT 0;
                ALTER TABLE visit ADD COLUMN pushedCount INTEGER NOT NULL DEFAULT 0;
                UPDATE visit SET originID = id, uid = \(randomUUID);
                CREATE UNIQUE INDEX visit_byUID ON visit(uid);
                CREATE TRIGGER visit_givenUID AFTER INSERT ON visit WHEN NEW.uid IS NULL
                BEGIN UPDATE visit SET uid = \(randomUUID) WHERE id = NEW.id; END;
                DROP INDEX visit_oneOpenPerCase;
                CREATE UNIQUE INDEX visit_oneOpenPerCase ON visit(caseID) WHERE endedAt IS NULL AND NOT remote;
                ALTER TABLE visitEvent ADD COLUMN operatorName TEXT;
                ALTER TABLE visitEvent ADD COLUMN device TEXT;
                ALTER TABLE visitEvent ADD COLUMN signature TEXT;
                ALTER TABLE caseEvent ADD COLUMN operatorName TEXT;
                ALTER TABLE caseEvent ADD COLUMN device TEXT;
                ALTER TABLE caseEvent ADD COLUMN signature TEXT;
                ALTER TABLE loanCase ADD COLUMN pushedCount INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE loanCase ADD COLUMN serverVersion INTEGER;
                ALTER TABLE loanCase ADD COLUMN withdrawnAt DATETIME;
                CREATE TABLE teamDevice (
                    id TEXT PRIMARY KEY,
                    badge TEXT NOT NULL,
                    publicKey TEXT NOT NULL
                );
                CREATE TABLE teamState (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    device TEXT,
                    stampedThrough INTEGER NOT NULL DEFAULT 0,
                    lastSyncAt DATETIME,
                    lastAttemptAt DATETIME,
                    lastError TEXT
                );
                INSERT INTO teamState (id) VALUES (1);
                """)
        }
        migrator.registerMigration("v7-team-case-records") { db in
            // Other devices' records of this operator's cases (contact attempts, appointments,
            // payments, marks…), pulled by sync: each device's stream of a case as the server holds
            // it, signed, kept as it came and entered in the ledger (entries naming the device).
            // They are read-only here; folded with the case's own records they make its records.
            try db.execute(sql: """
                CREATE TABLE remoteCaseEvent (
                    caseID INTEGER NOT NULL REFERENCES loanCase(id),
                    device TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    at DATETIME NOT NULL,
                    payload TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    operatorName TEXT NOT NULL,
                    signature TEXT NOT NULL,
                    PRIMARY KEY (caseID, device, sequence)
                ) WITHOUT ROWID;
                ALTER TABLE ledger ADD COLUMN device TEXT;
                """)
        }
        return migrator
    }
}
