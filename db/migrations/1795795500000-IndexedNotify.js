// Push, not polling: every commit that moves the indexer forward NOTIFYs channel
// `taoindex_indexed` with the new height. Postgres delivers a NOTIFY only when its transaction
// commits, so listeners never see a batch that is rolled back. The processor's own tables are
// created here exactly as @subsquid/typeorm-store creates them (it uses IF NOT EXISTS too), so the
// triggers can be attached before the first batch.
module.exports = class IndexedNotify1795795500000 {
    name = 'IndexedNotify1795795500000'

    async up(db) {
        await db.query(`CREATE SCHEMA IF NOT EXISTS squid_processor`)
        await db.query(`CREATE TABLE IF NOT EXISTS squid_processor.status (id int4 primary key, height int4 not null, hash text DEFAULT '0x', nonce int4 DEFAULT 0)`)
        await db.query(`CREATE TABLE IF NOT EXISTS squid_processor.hot_block (height int4 primary key, hash text not null)`)
        await db.query(`
            CREATE OR REPLACE FUNCTION taoindex_notify_indexed() RETURNS trigger AS $$
            BEGIN
                PERFORM pg_notify('taoindex_indexed', NEW.height::text);
                RETURN NEW;
            END $$ LANGUAGE plpgsql`)
        await db.query(`CREATE TRIGGER taoindex_status_indexed AFTER INSERT OR UPDATE ON squid_processor.status FOR EACH ROW EXECUTE FUNCTION taoindex_notify_indexed()`)
        await db.query(`CREATE TRIGGER taoindex_hot_block_indexed AFTER INSERT ON squid_processor.hot_block FOR EACH ROW EXECUTE FUNCTION taoindex_notify_indexed()`)
    }

    async down(db) {
        await db.query(`DROP TRIGGER IF EXISTS taoindex_hot_block_indexed ON squid_processor.hot_block`)
        await db.query(`DROP TRIGGER IF EXISTS taoindex_status_indexed ON squid_processor.status`)
        await db.query(`DROP FUNCTION IF EXISTS taoindex_notify_indexed()`)
    }
}
