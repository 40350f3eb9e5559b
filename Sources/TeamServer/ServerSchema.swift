/// The team's schema in PostgreSQL 15+, grown only by appending versions (never edit one that
/// has shipped). `server init` applies what a server lacks, as the supervisor's login, which
/// owns every table and so reads everything; agents' logins (members of `vd_agent`) see and
/// write through row-level security only: their assigned cases, the visits and records of those
/// cases, and events of their own devices.
///
/// The server accepts an event only if it continues the chain it holds for its stream (a visit,
/// or one device's records of a case) — sequence one past the head, hash = SHA-256(head ‖
/// payload) — and carries a valid Ed25519 signature of its device over `EventSignature.message`.
/// PostgreSQL has no Ed25519 of its own: `vd_ed25519_verify` is PL/Python over the
/// `cryptography` package (Debian: postgresql-plpython3-15, python3-cryptography).
public enum ServerSchema {
    public static let versions: [String] = [version1]
    public static var current: Int { versions.count }

    static let version1 = #"""
    CREATE TABLE vd_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());

    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vd_agent') THEN CREATE ROLE vd_agent NOLOGIN; END IF;
    END $$;

    CREATE EXTENSION IF NOT EXISTS plpython3u;

    CREATE FUNCTION vd_ed25519_verify(public_key text, message text, signature text) RETURNS boolean
    LANGUAGE plpython3u IMMUTABLE STRICT AS $py$
    import base64, binascii
    verify = SD.get('verify')
    if verify is None:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
        from cryptography.exceptions import InvalidSignature
        def verify(key, sig, msg):
            try:
                Ed25519PublicKey.from_public_bytes(key).verify(sig, msg)
                return True
            except (InvalidSignature, ValueError):
                return False
        SD['verify'] = verify
    try:
        key = base64.b64decode(public_key, validate=True)
        sig = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError):
        return False
    return verify(key, sig, message.encode('utf-8'))
    $py$;

    -- Operators: one PostgreSQL login each (`login`), enrolled once with a one-time token whose
    -- SHA-256 is kept until it is used.
    CREATE TABLE operator (
        badge text PRIMARY KEY,
        name text NOT NULL,
        login name NOT NULL UNIQUE,
        token_sha256 text,
        created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE device (
        id uuid PRIMARY KEY,
        badge text NOT NULL REFERENCES operator(badge),
        public_key text NOT NULL,
        enrolled_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX device_by_badge ON device(badge);

    -- Cases as the supervisor imported them; `version` changes with every change a device must
    -- pull (import, assignment), so a device asks only for what it has not seen.
    CREATE SEQUENCE case_version;
    CREATE TABLE loan_case (
        reference text PRIMARY KEY,
        debtor_name text NOT NULL,
        phone text NOT NULL,
        id_number text NOT NULL,
        address text NOT NULL,
        product text NOT NULL,
        outstanding_fen bigint NOT NULL CHECK (outstanding_fen >= 0),
        days_overdue integer NOT NULL CHECK (days_overdue >= 0),
        status text NOT NULL,
        tags text NOT NULL,
        assigned_badge text REFERENCES operator(badge),
        assigned_at timestamptz,
        version bigint NOT NULL DEFAULT nextval('case_version')
    );
    CREATE INDEX loan_case_by_agent ON loan_case(assigned_badge, reference);

    -- Who held a case before it was reassigned, and until when: a device that was offline when
    -- its case was reassigned still delivers the visits and records it made while it held it.
    CREATE TABLE case_assignment_past (
        case_reference text NOT NULL REFERENCES loan_case(reference),
        badge text NOT NULL REFERENCES operator(badge),
        until timestamptz NOT NULL
    );
    CREATE INDEX case_assignment_past_by_case ON case_assignment_past(case_reference, badge);
    CREATE FUNCTION vd_keep_past_assignment() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF OLD.assigned_badge IS NOT NULL AND NEW.assigned_badge IS DISTINCT FROM OLD.assigned_badge THEN
            INSERT INTO case_assignment_past (case_reference, badge, until) VALUES (OLD.reference, OLD.assigned_badge, now());
        END IF;
        RETURN NEW;
    END $$;
    CREATE TRIGGER loan_case_past_assignment AFTER UPDATE OF assigned_badge ON loan_case
        FOR EACH ROW EXECUTE FUNCTION vd_keep_past_assignment();

    -- Visits by global id. `device` started it and is the only one that may extend it; the head
    -- (`event_count`, `head_hash`) is kept by the event trigger.
    CREATE TABLE visit (
        uid uuid PRIMARY KEY,
        case_reference text NOT NULL REFERENCES loan_case(reference),
        device uuid NOT NULL REFERENCES device(id),
        origin_id bigint NOT NULL,
        started_at timestamptz NOT NULL,
        event_count integer NOT NULL DEFAULT 0,
        head_hash text NOT NULL DEFAULT '',
        last_event_at timestamptz
    );
    CREATE INDEX visit_by_case ON visit(case_reference, started_at);
    CREATE INDEX visit_by_start ON visit(started_at);

    CREATE SEQUENCE event_position;
    CREATE TABLE visit_event (
        visit_uid uuid NOT NULL REFERENCES visit(uid),
        sequence integer NOT NULL CHECK (sequence >= 1),
        kind text NOT NULL,
        at timestamptz NOT NULL,
        payload text NOT NULL,
        hash text NOT NULL,
        operator_name text NOT NULL,
        device uuid NOT NULL REFERENCES device(id),
        signature text NOT NULL,
        position bigint NOT NULL DEFAULT nextval('event_position'),
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (visit_uid, sequence)
    );
    CREATE INDEX visit_event_by_at ON visit_event(at);

    -- A case's records (contact attempts, appointments, payments, marks, evidence) as each
    -- device chained them: one stream per case and device.
    CREATE TABLE case_stream (
        case_reference text NOT NULL REFERENCES loan_case(reference),
        device uuid NOT NULL REFERENCES device(id),
        event_count integer NOT NULL DEFAULT 0,
        head_hash text NOT NULL DEFAULT '',
        PRIMARY KEY (case_reference, device)
    );
    CREATE TABLE case_event (
        case_reference text NOT NULL,
        device uuid NOT NULL,
        sequence integer NOT NULL CHECK (sequence >= 1),
        kind text NOT NULL,
        at timestamptz NOT NULL,
        payload text NOT NULL,
        hash text NOT NULL,
        operator_name text NOT NULL,
        signature text NOT NULL,
        position bigint NOT NULL DEFAULT nextval('event_position'),
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_reference, device, sequence),
        FOREIGN KEY (case_reference, device) REFERENCES case_stream(case_reference, device)
    );
    CREATE INDEX case_event_by_at ON case_event(at);

    -- Evidence files by SHA-256 (at most 50 MB each), and the streams that name them.
    CREATE TABLE evidence (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size BETWEEN 0 AND 52428800),
        content bytea NOT NULL,
        device uuid NOT NULL REFERENCES device(id),
        CHECK (octet_length(content) = size),
        CHECK (encode(sha256(content), 'hex') = sha256)
    );
    CREATE TABLE evidence_link (
        sha256 text NOT NULL REFERENCES evidence(sha256),
        case_reference text NOT NULL REFERENCES loan_case(reference),
        PRIMARY KEY (sha256, case_reference)
    );

    -- The operator whose login runs the query (NULL for the supervisor's own login). `session_user`,
    -- since inside these SECURITY DEFINER functions `current_user` is the owner.
    CREATE FUNCTION vd_current_badge() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT badge FROM operator WHERE login = session_user
    $$;
    CREATE FUNCTION vd_is_my_device(candidate uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM device WHERE id = candidate AND badge = (SELECT badge FROM operator WHERE login = session_user))
    $$;
    CREATE FUNCTION vd_is_my_case(candidate text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM loan_case WHERE reference = candidate
                       AND assigned_badge = (SELECT badge FROM operator WHERE login = session_user))
    $$;

    -- Whether the case is the login's operator's now, or was until after `at`.
    CREATE FUNCTION vd_was_my_case(candidate text, at timestamptz) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT vd_is_my_case(candidate) OR EXISTS (
            SELECT 1 FROM case_assignment_past p WHERE p.case_reference = candidate AND p.until > at
            AND p.badge = (SELECT badge FROM operator WHERE login = session_user))
    $$;

    CREATE FUNCTION vd_signature_message(stream text, sequence integer, hash text, device uuid, operator_name text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
        SELECT 'visitdesk-event-v1' || chr(10) || stream || chr(10) || sequence || chr(10) || hash || chr(10)
            || device::text || chr(10) || operator_name
    $$;

    -- Checks one event against its stream's head and its device's key; raises with a message
    -- naming the stream and the device when it is refused.
    CREATE FUNCTION vd_check_event(stream text, head_count integer, head_hash text, stream_device uuid,
                                   sequence integer, payload text, hash text, device uuid, operator_name text,
                                   signature text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
    DECLARE
        key text;
        badge text;
    BEGIN
        IF device IS DISTINCT FROM stream_device THEN
            RAISE EXCEPTION 'fork: % belongs to device %; device % may not extend it', stream, stream_device, device
                USING ERRCODE = 'P0001', HINT = 'vd-fork';
        END IF;
        IF sequence IS DISTINCT FROM head_count + 1 THEN
            RAISE EXCEPTION 'fork: % from device % offers event % but the server holds % events', stream, device, sequence, head_count
                USING ERRCODE = 'P0001', HINT = 'vd-fork';
        END IF;
        IF encode(sha256(convert_to(head_hash || payload, 'UTF8')), 'hex') <> hash THEN
            RAISE EXCEPTION 'fork: event % of % from device % does not continue the chain the server holds', sequence, stream, device
                USING ERRCODE = 'P0001', HINT = 'vd-fork';
        END IF;
        SELECT d.public_key, d.badge INTO key, badge FROM device d WHERE d.id = device;
        IF key IS NULL THEN
            RAISE EXCEPTION 'device % is not enrolled', device USING ERRCODE = 'P0001', HINT = 'vd-signature';
        END IF;
        IF right(operator_name, length(badge) + 1) <> '/' || badge
           OR NOT vd_ed25519_verify(key, vd_signature_message(stream, sequence, hash, device, operator_name), signature) THEN
            RAISE EXCEPTION 'bad signature: event % of % from device %', sequence, stream, device
                USING ERRCODE = 'P0001', HINT = 'vd-signature';
        END IF;
    END $$;

    CREATE FUNCTION vd_accept_visit_event() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    DECLARE
        head visit%ROWTYPE;
    BEGIN
        SELECT * INTO head FROM visit WHERE uid = NEW.visit_uid FOR UPDATE;
        IF head.uid IS NULL THEN
            RAISE EXCEPTION 'visit/% is not on the server', NEW.visit_uid USING ERRCODE = 'P0001';
        END IF;
        PERFORM vd_check_event('visit/' || NEW.visit_uid::text, head.event_count, head.head_hash, head.device,
                               NEW.sequence, NEW.payload, NEW.hash, NEW.device, NEW.operator_name, NEW.signature);
        UPDATE visit SET event_count = NEW.sequence, head_hash = NEW.hash, last_event_at = NEW.at WHERE uid = NEW.visit_uid;
        RETURN NEW;
    END $$;
    CREATE TRIGGER visit_event_accept BEFORE INSERT ON visit_event FOR EACH ROW EXECUTE FUNCTION vd_accept_visit_event();

    CREATE FUNCTION vd_accept_case_event() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    DECLARE
        head case_stream%ROWTYPE;
    BEGIN
        INSERT INTO case_stream (case_reference, device) VALUES (NEW.case_reference, NEW.device) ON CONFLICT DO NOTHING;
        SELECT * INTO head FROM case_stream WHERE case_reference = NEW.case_reference AND device = NEW.device FOR UPDATE;
        PERFORM vd_check_event('case/' || NEW.case_reference, head.event_count, head.head_hash, head.device,
                               NEW.sequence, NEW.payload, NEW.hash, NEW.device, NEW.operator_name, NEW.signature);
        UPDATE case_stream SET event_count = NEW.sequence, head_hash = NEW.hash
            WHERE case_reference = NEW.case_reference AND device = NEW.device;
        RETURN NEW;
    END $$;
    CREATE TRIGGER case_event_accept BEFORE INSERT ON case_event FOR EACH ROW EXECUTE FUNCTION vd_accept_case_event();

    -- Events are evidence: nobody changes or removes them through the agents' logins.
    CREATE FUNCTION vd_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'events are kept as recorded: % on % is refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'P0001';
    END $$;
    CREATE TRIGGER visit_event_kept BEFORE UPDATE OR DELETE ON visit_event FOR EACH ROW EXECUTE FUNCTION vd_refuse_change();
    CREATE TRIGGER case_event_kept BEFORE UPDATE OR DELETE ON case_event FOR EACH ROW EXECUTE FUNCTION vd_refuse_change();

    -- A new device, with the one-time token of its operator's login (the token's hash is then cleared).
    CREATE FUNCTION vd_enroll(token text, device_id uuid, public_key text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    DECLARE
        me operator%ROWTYPE;
    BEGIN
        SELECT * INTO me FROM operator WHERE login = session_user FOR UPDATE;
        IF me.badge IS NULL THEN RAISE EXCEPTION 'the login % is not an operator', session_user USING ERRCODE = 'P0001'; END IF;
        IF me.token_sha256 IS NULL OR me.token_sha256 <> encode(sha256(convert_to(token, 'UTF8')), 'hex') THEN
            RAISE EXCEPTION 'the enrolment token of % is not valid or was already used', me.badge USING ERRCODE = 'P0001';
        END IF;
        INSERT INTO device (id, badge, public_key) VALUES (device_id, me.badge, public_key);
        UPDATE operator SET token_sha256 = NULL WHERE badge = me.badge;
        RETURN me.badge;
    END $$;

    ALTER TABLE loan_case ENABLE ROW LEVEL SECURITY;
    ALTER TABLE visit ENABLE ROW LEVEL SECURITY;
    ALTER TABLE visit_event ENABLE ROW LEVEL SECURITY;
    ALTER TABLE case_stream ENABLE ROW LEVEL SECURITY;
    ALTER TABLE case_event ENABLE ROW LEVEL SECURITY;
    ALTER TABLE evidence ENABLE ROW LEVEL SECURITY;
    ALTER TABLE evidence_link ENABLE ROW LEVEL SECURITY;
    ALTER TABLE device ENABLE ROW LEVEL SECURITY;
    ALTER TABLE operator ENABLE ROW LEVEL SECURITY;

    CREATE POLICY agent_reads_assigned ON loan_case FOR SELECT TO vd_agent USING (assigned_badge = vd_current_badge());
    CREATE POLICY agent_reads_visits ON visit FOR SELECT TO vd_agent USING (vd_is_my_case(case_reference));
    CREATE POLICY agent_reads_own_visits ON visit FOR SELECT TO vd_agent USING (vd_is_my_device(device));
    CREATE POLICY agent_starts_visits ON visit FOR INSERT TO vd_agent
        WITH CHECK (vd_is_my_device(device) AND vd_was_my_case(case_reference, started_at) AND event_count = 0 AND head_hash = '');
    CREATE POLICY agent_reads_visit_events ON visit_event FOR SELECT TO vd_agent
        USING (EXISTS (SELECT 1 FROM visit v WHERE v.uid = visit_uid AND vd_is_my_case(v.case_reference)));
    CREATE POLICY agent_writes_own_visit_events ON visit_event FOR INSERT TO vd_agent WITH CHECK (vd_is_my_device(device));
    CREATE POLICY agent_reads_case_streams ON case_stream FOR SELECT TO vd_agent USING (vd_is_my_case(case_reference));
    CREATE POLICY agent_reads_own_case_streams ON case_stream FOR SELECT TO vd_agent USING (vd_is_my_device(device));
    CREATE POLICY agent_reads_case_events ON case_event FOR SELECT TO vd_agent USING (vd_is_my_case(case_reference));
    CREATE POLICY agent_writes_own_case_events ON case_event FOR INSERT TO vd_agent
        WITH CHECK (vd_is_my_device(device) AND vd_was_my_case(case_reference, at));
    CREATE POLICY agent_reads_evidence ON evidence FOR SELECT TO vd_agent
        USING (EXISTS (SELECT 1 FROM evidence_link l WHERE l.sha256 = evidence.sha256 AND vd_is_my_case(l.case_reference)));
    CREATE POLICY agent_reads_own_evidence ON evidence FOR SELECT TO vd_agent USING (vd_is_my_device(device));
    CREATE POLICY agent_adds_evidence ON evidence FOR INSERT TO vd_agent WITH CHECK (vd_is_my_device(device));
    CREATE POLICY agent_reads_evidence_links ON evidence_link FOR SELECT TO vd_agent USING (vd_is_my_case(case_reference));
    CREATE POLICY agent_links_evidence ON evidence_link FOR INSERT TO vd_agent
        WITH CHECK (vd_was_my_case(case_reference, '-infinity'));
    CREATE POLICY agent_reads_devices ON device FOR SELECT TO vd_agent USING (true);
    CREATE POLICY agent_reads_operators ON operator FOR SELECT TO vd_agent USING (true);

    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
    GRANT SELECT ON loan_case, visit, visit_event, case_stream, case_event, evidence, evidence_link TO vd_agent;
    GRANT SELECT (badge, name, login) ON operator TO vd_agent;
    GRANT SELECT ON device, vd_schema TO vd_agent;
    GRANT INSERT ON visit, visit_event, case_event, evidence, evidence_link TO vd_agent;
    GRANT USAGE ON SEQUENCE event_position TO vd_agent;
    REVOKE ALL ON FUNCTION vd_enroll(text, uuid, text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION vd_enroll(text, uuid, text) TO vd_agent;
    """#
}
