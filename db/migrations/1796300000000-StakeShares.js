// Positions as the chain stores them: shares per position (stake_share, stake_share_change) and one
// pool per (hotkey, netuid) (hotkey_pool, hotkey_pool_change). An epoch pays dividends into pools,
// so it writes one pool row per hotkey instead of one row per position. A position's amount is
// derived in SQL: stake_amount() values shares through the pool exactly as the chain's share pool
// does, and stake_position / stake_position_snapshot become views with their former columns.
// Positions indexed before this migration are not converted: re-index from the first block.
module.exports = class StakeShares1796300000000 {
    name = 'StakeShares1796300000000'

    async up(db) {
        await db.query(`DROP VIEW IF EXISTS stake_position_history`)
        await db.query(`DROP TABLE "stake_position"`)
        await db.query(`DROP TABLE "stake_position_snapshot"`)

        await db.query(`CREATE TABLE "stake_share" ("id" character varying NOT NULL, "coldkey" text NOT NULL, "hotkey" text NOT NULL, "netuid" integer NOT NULL, "shares" numeric NOT NULL, "updated_at_block" integer NOT NULL, CONSTRAINT "PK_stake_share" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_stake_share_coldkey" ON "stake_share" ("coldkey")`)
        await db.query(`CREATE INDEX "IDX_stake_share_hotkey_netuid" ON "stake_share" ("hotkey", "netuid")`)
        await db.query(`CREATE INDEX "IDX_stake_share_updated_at_block" ON "stake_share" ("updated_at_block")`)

        await db.query(`CREATE TABLE "stake_share_change" ("id" character varying NOT NULL, "position_id" text NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE, "coldkey" text NOT NULL, "hotkey" text NOT NULL, "netuid" integer NOT NULL, "shares" numeric NOT NULL, CONSTRAINT "PK_stake_share_change" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_stake_share_change_block_number" ON "stake_share_change" ("block_number")`)
        await db.query(`CREATE INDEX "IDX_stake_share_change_coldkey_block" ON "stake_share_change" ("coldkey", "block_number")`)
        await db.query(`CREATE INDEX "IDX_stake_share_change_hotkey_netuid_block" ON "stake_share_change" ("hotkey", "netuid", "block_number")`)
        await db.query(`CREATE INDEX "IDX_stake_share_change_position_block" ON "stake_share_change" ("position_id", "block_number")`)

        await db.query(`CREATE TABLE "hotkey_pool" ("id" character varying NOT NULL, "hotkey" text NOT NULL, "netuid" integer NOT NULL, "total_alpha" numeric NOT NULL, "total_shares" numeric, "updated_at_block" integer NOT NULL, CONSTRAINT "PK_hotkey_pool" PRIMARY KEY ("id"))`)
        await db.query(`CREATE UNIQUE INDEX "IDX_hotkey_pool_hotkey_netuid" ON "hotkey_pool" ("hotkey", "netuid")`)
        await db.query(`CREATE INDEX "IDX_hotkey_pool_netuid_total_alpha" ON "hotkey_pool" ("netuid", "total_alpha")`)
        await db.query(`CREATE INDEX "IDX_hotkey_pool_updated_at_block" ON "hotkey_pool" ("updated_at_block")`)

        await db.query(`CREATE TABLE "hotkey_pool_change" ("id" character varying NOT NULL, "pool_id" text NOT NULL, "block_number" integer NOT NULL, "timestamp" TIMESTAMP WITH TIME ZONE, "hotkey" text NOT NULL, "netuid" integer NOT NULL, "total_alpha" numeric NOT NULL, "total_shares" numeric, CONSTRAINT "PK_hotkey_pool_change" PRIMARY KEY ("id"))`)
        await db.query(`CREATE INDEX "IDX_hotkey_pool_change_block_number" ON "hotkey_pool_change" ("block_number")`)
        await db.query(`CREATE INDEX "IDX_hotkey_pool_change_hotkey_netuid_block" ON "hotkey_pool_change" ("hotkey", "netuid", "block_number")`)

        // floor(pool alpha x shares / pool shares), exact (div() truncates the exact quotient), capped
        // at u64::MAX like the runtime's conversion; a null pool share total means the runtime keeps
        // no shares (before dTAO, spec 204) and `shares` is the amount itself
        await db.query(`CREATE FUNCTION stake_amount(shares numeric, pool_alpha numeric, pool_shares numeric) RETURNS numeric
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT CASE
                    WHEN pool_shares IS NULL THEN shares
                    WHEN pool_shares <= 0 OR shares <= 0 OR pool_alpha IS NULL OR pool_alpha <= 0 THEN 0
                    ELSE LEAST(div(pool_alpha * shares, pool_shares), 18446744073709551615)
                END $$`)
        await db.query(`COMMENT ON FUNCTION stake_amount(numeric, numeric, numeric) IS 'A position''s amount from its shares and its hotkey pool (TotalHotkeyAlpha, TotalHotkeyShares): floor(pool_alpha x shares / pool_shares), exact; shares itself when pool_shares is null (no share pool)'`)

        await db.query(`CREATE VIEW stake_position AS
            SELECT s.id, s.coldkey, s.hotkey, s.netuid,
                   stake_amount(s.shares, p.total_alpha, p.total_shares) AS alpha,
                   CASE WHEN p.total_shares IS NULL THEN NULL ELSE s.shares END AS shares,
                   p.total_alpha AS hotkey_alpha, p.total_shares AS hotkey_shares,
                   GREATEST(s.updated_at_block, p.updated_at_block) AS updated_at_block
            FROM stake_share s
            LEFT JOIN hotkey_pool p ON p.hotkey = s.hotkey AND p.netuid = s.netuid`)

        // each share change holds until the position's next one; partitioned by every column a
        // caller filters on, so such a filter is pushed below the window into an index scan
        await db.query(`CREATE VIEW stake_share_interval AS
            SELECT c.id, c.position_id, c.block_number, c.timestamp, c.coldkey, c.hotkey, c.netuid, c.shares,
                   lead(c.block_number) OVER (PARTITION BY c.position_id, c.coldkey, c.hotkey, c.netuid ORDER BY c.block_number) AS next_block
            FROM stake_share_change c`)
        await db.query(`COMMENT ON VIEW stake_share_interval IS 'Each share change of a position with the block of the next one (next_block null: still current)'`)

        await db.query(`CREATE VIEW stake_position_snapshot AS
            SELECT i.id, i.position_id, i.block_number, i.timestamp, i.coldkey, i.hotkey, i.netuid,
                   stake_amount(i.shares, p.total_alpha, p.total_shares) AS alpha,
                   CASE WHEN p.total_shares IS NULL THEN NULL ELSE i.shares END AS shares,
                   p.total_alpha AS hotkey_alpha, p.total_shares AS hotkey_shares
            FROM stake_share_interval i
            LEFT JOIN LATERAL (
                SELECT pc.total_alpha, pc.total_shares FROM hotkey_pool_change pc
                WHERE pc.hotkey = i.hotkey AND pc.netuid = i.netuid AND pc.block_number <= i.block_number
                ORDER BY pc.block_number DESC LIMIT 1
            ) p ON true
            UNION ALL
            SELECT lpad(pc.block_number::text, 10, '0') || '-' || i.position_id, i.position_id, pc.block_number, pc.timestamp, i.coldkey, i.hotkey, i.netuid,
                   stake_amount(i.shares, pc.total_alpha, pc.total_shares),
                   CASE WHEN pc.total_shares IS NULL THEN NULL ELSE i.shares END,
                   pc.total_alpha, pc.total_shares
            FROM stake_share_interval i
            JOIN hotkey_pool_change pc ON pc.hotkey = i.hotkey AND pc.netuid = i.netuid
                AND pc.block_number > i.block_number AND (i.next_block IS NULL OR pc.block_number < i.next_block)
            WHERE i.shares > 0`)

        await db.query(`CREATE VIEW stake_position_history AS
            SELECT c.coldkey, c.hotkey, c.netuid, c.from_block, lead(c.from_block) OVER w - 1 AS to_block, c.amount, c.position_id
            FROM (
                SELECT s.coldkey, s.hotkey, s.netuid, s.position_id, s.block_number AS from_block, s.alpha AS amount,
                       lag(s.alpha) OVER (PARTITION BY s.coldkey, s.hotkey, s.netuid, s.position_id ORDER BY s.block_number) AS previous
                FROM stake_position_snapshot s
            ) c
            WHERE c.previous IS DISTINCT FROM c.amount AND NOT (c.previous IS NULL AND c.amount = 0)
            WINDOW w AS (PARTITION BY c.coldkey, c.hotkey, c.netuid, c.position_id ORDER BY c.from_block)`)
        await db.query(`COMMENT ON VIEW stake_position_history IS 'A position''s value per block range: amount (alpha; rao before dTAO) held from from_block to to_block inclusive (null: still now). amount 0 marks a closed position'`)
        // views created after the analyst role's default privileges were granted inherit them; the
        // function is executable by everyone by default
    }

    async down() {
        throw new Error('StakeShares1796300000000 cannot be reverted: re-index into a fresh database')
    }
}
