// A read-only role for analysts: it can read every taoindex table and view in schema public (also
// those later migrations create, through default privileges) and nothing else: no writes, and no
// access to the processor's internal schema squid_processor. Roles belong to the whole Postgres
// cluster, so it is created only if missing. It cannot log in until the processor is started with
// ANALYST_PASSWORD (see README).
module.exports = class AnalystRole1795795600000 {
    name = 'AnalystRole1795795600000'

    async up(db) {
        await db.query(`DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'taoindex_analyst') THEN
                CREATE ROLE taoindex_analyst NOLOGIN;
            END IF;
        END $$`)
        await db.query(`GRANT USAGE ON SCHEMA public TO taoindex_analyst`)
        await db.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO taoindex_analyst`)
        await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO taoindex_analyst`)
        await db.query(`REVOKE ALL ON SCHEMA squid_processor FROM taoindex_analyst`)
        await db.query(`REVOKE SELECT ON TABLE public.migrations FROM taoindex_analyst`)
    }

    async down(db) {
        await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM taoindex_analyst`)
        await db.query(`REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM taoindex_analyst`)
        await db.query(`REVOKE USAGE ON SCHEMA public FROM taoindex_analyst`)
    }
}
