// The GraphQL API's own Postgres role: it reads taoindex's tables (also those later migrations
// create, through default privileges) and, of the processor's internal schema, only the three
// tables that say how far indexing has got. It can write nothing, so no bug or crafted query in the
// API can change the data. Roles belong to the whole Postgres cluster, so it is created only if
// missing; the processor lets it log in at every start with API_DB_PASSWORD (see README).
//
// squid_processor.indexer_head is the processor's view of the chain, written with every batch:
// the chain's height when the batch was committed and the runtime version of its last block
// (indexerStatus { chainHeight lagBlocks specVersion }). It lives beside SQD's own position tables
// because it is indexer bookkeeping, not chain data.
module.exports = class ApiRole1795798000000 {
    name = 'ApiRole1795798000000'

    async up(db) {
        await db.query(`DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'taoindex_api') THEN
                CREATE ROLE taoindex_api NOLOGIN;
            END IF;
        END $$`)
        await db.query(`CREATE TABLE IF NOT EXISTS squid_processor.indexer_head (
            id int4 PRIMARY KEY,
            block_height int4 NOT NULL,
            spec_version int4 NOT NULL,
            chain_height int4 NOT NULL,
            updated_at timestamptz NOT NULL DEFAULT now()
        )`)
        await db.query(`GRANT USAGE ON SCHEMA public TO taoindex_api`)
        await db.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO taoindex_api`)
        await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO taoindex_api`)
        await db.query(`REVOKE SELECT ON TABLE public.migrations FROM taoindex_api`)
        await db.query(`GRANT USAGE ON SCHEMA squid_processor TO taoindex_api`)
        await db.query(`GRANT SELECT ON squid_processor.status, squid_processor.hot_block, squid_processor.indexer_head TO taoindex_api`)
    }

    async down(db) {
        await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA squid_processor FROM taoindex_api`)
        await db.query(`REVOKE USAGE ON SCHEMA squid_processor FROM taoindex_api`)
        await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM taoindex_api`)
        await db.query(`REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM taoindex_api`)
        await db.query(`REVOKE USAGE ON SCHEMA public FROM taoindex_api`)
        await db.query(`DROP TABLE IF EXISTS squid_processor.indexer_head`)
    }
}
