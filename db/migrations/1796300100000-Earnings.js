// What a stake earned, from the share and pool history (issue 22). The chain emits no event for
// dividends: a position's earnings over (a, b] are its amount at b minus its amount at a, minus the
// alpha its own stake events moved in or out in between. A validator's yield is the growth of its
// pool's alpha per share: dividends raise it, stake added or removed at the pool's price does not.
// The API's positionEarnings / validatorYield / portfolio queries call these functions.
module.exports = class Earnings1796300100000 {
    name = 'Earnings1796300100000'

    async up(db) {
        await db.query(`CREATE FUNCTION hotkey_pool_at(p_hotkey text, p_netuid integer, at_block integer, OUT total_alpha numeric, OUT total_shares numeric)
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
                SELECT pc.total_alpha, pc.total_shares FROM hotkey_pool_change pc
                WHERE pc.hotkey = p_hotkey AND pc.netuid = p_netuid AND pc.block_number <= at_block
                ORDER BY pc.block_number DESC LIMIT 1 $$`)
        await db.query(`COMMENT ON FUNCTION hotkey_pool_at(text, integer, integer) IS 'A hotkey''s pool on a subnet at the end of a block (TotalHotkeyAlpha, TotalHotkeyShares)'`)

        await db.query(`CREATE FUNCTION position_amount_at(p_coldkey text, p_hotkey text, p_netuid integer, at_block integer) RETURNS numeric
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
                SELECT coalesce((
                    SELECT stake_amount(s.shares, p.total_alpha, p.total_shares)
                    FROM (SELECT c.shares FROM stake_share_change c
                          WHERE c.position_id = p_coldkey || '-' || p_hotkey || '-' || p_netuid AND c.block_number <= at_block
                          ORDER BY c.block_number DESC LIMIT 1) s
                    LEFT JOIN LATERAL hotkey_pool_at(p_hotkey, p_netuid, at_block) p ON true
                ), 0) $$`)
        await db.query(`COMMENT ON FUNCTION position_amount_at(text, text, integer, integer) IS 'A position''s amount (alpha; rao before dTAO) at the end of a block: its latest shares valued by its pool''s latest state at or before the block; 0 when it held nothing'`)

        // StakeAdded / StakeRemoved carry the position's side of every stake operation (a move,
        // transfer or swap is a REMOVE + ADD pair); recycle and burn take alpha out of a position
        await db.query(`CREATE FUNCTION position_stake_flow(p_coldkey text, p_hotkey text, p_netuid integer, after_block integer, to_block integer) RETURNS numeric
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
                SELECT coalesce(sum(CASE WHEN e.kind = 'ADD' THEN 1 ELSE -1 END * coalesce(e.alpha_amount, e.tao_amount)), 0)
                FROM stake_event e
                WHERE e.coldkey = p_coldkey AND e.hotkey = p_hotkey AND e.netuid = p_netuid
                  AND e.block_number > after_block AND e.block_number <= to_block
                  AND e.kind IN ('ADD', 'REMOVE', 'RECYCLE', 'BURN') $$`)
        await db.query(`COMMENT ON FUNCTION position_stake_flow(text, text, integer, integer, integer) IS 'Alpha (rao before dTAO) a position''s own stake events put in (ADD) or took out (REMOVE, RECYCLE, BURN) in blocks (after_block, to_block]'`)

        // TAO value of an alpha amount at a block: the subnet pool's reserves ratio then (truncated);
        // root (netuid 0) stake and stake before dTAO are TAO already
        await db.query(`CREATE FUNCTION alpha_tao_value(amount numeric, p_netuid integer, at_block integer) RETURNS numeric
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
                SELECT CASE WHEN p_netuid = 0 THEN amount ELSE (
                    SELECT CASE WHEN sp.alpha_reserve > 0 THEN trunc(amount * sp.tao_reserve / sp.alpha_reserve) END
                    FROM subnet_pool sp WHERE sp.netuid = p_netuid AND sp.block_number <= at_block
                    ORDER BY sp.block_number DESC LIMIT 1) END $$`)
        await db.query(`COMMENT ON FUNCTION alpha_tao_value(numeric, integer, integer) IS 'Rao worth of an alpha amount of a subnet at a block: amount x SubnetTAO / SubnetAlphaIn of its latest subnet_pool row, truncated; the amount itself on netuid 0; null without a pool'`)

        // Bucket ends: each epoch of the position's subnet (for root stake, which every subnet's epoch
        // pays, each block with an epoch), or the last block of each UTC hour or day; a bucket runs from
        // the previous end (or from_block) exclusive to its end inclusive.
        await db.query(`CREATE FUNCTION earnings_bucket_ends(bucket_size text, p_netuid integer, lo integer, hi integer)
            RETURNS TABLE (end_block integer, bucket timestamptz)
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
                SELECT ep.block_number, min(ep.timestamp) FROM epoch ep
                WHERE bucket_size = 'epoch' AND (p_netuid = 0 OR ep.netuid = p_netuid) AND ep.block_number > lo AND ep.block_number <= hi
                GROUP BY ep.block_number
                UNION ALL
                SELECT max(b.height), date_trunc(bucket_size, b.timestamp, 'UTC') FROM block b
                WHERE bucket_size IN ('hour', 'day') AND b.timestamp IS NOT NULL AND b.height > lo AND b.height <= hi
                GROUP BY date_trunc(bucket_size, b.timestamp, 'UTC') $$`)
        await db.query(`COMMENT ON FUNCTION earnings_bucket_ends(text, integer, integer, integer) IS 'Last blocks of the earnings buckets of a subnet in blocks (lo, hi]: each epoch of the subnet (netuid 0: each block with any epoch), or the last indexed block of each UTC hour or day'`)
        await db.query(`CREATE FUNCTION position_earnings(bucket_size text, only_coldkey text, only_hotkey text, only_netuid integer, from_block integer, to_block integer)
            RETURNS TABLE (coldkey text, hotkey text, netuid integer, bucket timestamptz, start_block integer, end_block integer,
                           start_alpha numeric, end_alpha numeric, stake_flow numeric, earned numeric, earned_tao numeric)
            LANGUAGE sql STABLE AS $$
            WITH bounds AS (
                SELECT coalesce(from_block, (SELECT min(height) FROM block)) AS lo, coalesce(to_block, (SELECT max(height) FROM block)) AS hi
            ), positions AS (
                SELECT DISTINCT c.coldkey, c.hotkey, c.netuid FROM stake_share_change c, bounds r
                WHERE c.coldkey = only_coldkey AND (only_hotkey IS NULL OR c.hotkey = only_hotkey) AND (only_netuid IS NULL OR c.netuid = only_netuid)
                  AND c.block_number <= r.hi
            ), ends AS (
                SELECT p.coldkey, p.hotkey, p.netuid, e.end_block, e.bucket
                FROM positions p CROSS JOIN bounds r
                CROSS JOIN LATERAL earnings_bucket_ends(bucket_size, p.netuid, r.lo, r.hi) e
            ), buckets AS (
                SELECT x.*, coalesce(lag(x.end_block) OVER (PARTITION BY x.coldkey, x.hotkey, x.netuid ORDER BY x.end_block), r.lo) AS start_block
                FROM ends x CROSS JOIN bounds r
            )
            SELECT b.coldkey, b.hotkey, b.netuid, b.bucket, b.start_block, b.end_block, v.a0, v.a1, v.f, v.a1 - v.a0 - v.f,
                   alpha_tao_value(v.a1 - v.a0 - v.f, b.netuid, b.end_block)
            FROM buckets b
            CROSS JOIN LATERAL (
                SELECT position_amount_at(b.coldkey, b.hotkey, b.netuid, b.start_block) AS a0,
                       position_amount_at(b.coldkey, b.hotkey, b.netuid, b.end_block) AS a1,
                       position_stake_flow(b.coldkey, b.hotkey, b.netuid, b.start_block, b.end_block) AS f
            ) v
            WHERE NOT (v.a0 = 0 AND v.a1 = 0 AND v.f = 0)
            ORDER BY b.end_block, b.hotkey, b.netuid
            $$`)
        await db.query(`COMMENT ON FUNCTION position_earnings(text, text, text, integer, integer, integer) IS
            'What a coldkey''s positions earned per bucket (bucket_size: epoch, hour or day) in blocks (from_block, to_block]: earned = end_alpha - start_alpha - stake_flow (its own stake events), and its TAO value at the bucket''s end. only_hotkey, only_netuid, from_block, to_block may be null'`)

        // 2,628,000 blocks of 12 s in a year of 365 days; div() is exact integer division, so every
        // figure is truncated at 18 decimals (numeric's / would keep only ~16 significant digits)
        await db.query(`CREATE FUNCTION validator_yield(bucket_size text, only_hotkey text, only_netuid integer, from_block integer, to_block integer)
            RETURNS TABLE (hotkey text, netuid integer, bucket timestamptz, start_block integer, end_block integer,
                           start_alpha numeric, end_alpha numeric, start_alpha_per_share numeric, end_alpha_per_share numeric, yield numeric, apr numeric)
            LANGUAGE sql STABLE AS $$
            WITH bounds AS (
                SELECT coalesce(from_block, (SELECT min(height) FROM block)) AS lo, coalesce(to_block, (SELECT max(height) FROM block)) AS hi
            ), pools AS (
                SELECT DISTINCT pc.hotkey, pc.netuid FROM hotkey_pool_change pc
                WHERE pc.hotkey = only_hotkey AND (only_netuid IS NULL OR pc.netuid = only_netuid)
            ), ends AS (
                SELECT p.hotkey, p.netuid, e.end_block, e.bucket
                FROM pools p CROSS JOIN bounds r
                CROSS JOIN LATERAL earnings_bucket_ends(bucket_size, p.netuid, r.lo, r.hi) e
            ), buckets AS (
                SELECT x.*, coalesce(lag(x.end_block) OVER (PARTITION BY x.hotkey, x.netuid ORDER BY x.end_block), r.lo) AS start_block
                FROM ends x CROSS JOIN bounds r
            ), valued AS (
                SELECT b.*, p0.total_alpha AS a0, p0.total_shares AS s0, p1.total_alpha AS a1, p1.total_shares AS s1
                FROM buckets b
                CROSS JOIN LATERAL hotkey_pool_at(b.hotkey, b.netuid, b.start_block) p0
                CROSS JOIN LATERAL hotkey_pool_at(b.hotkey, b.netuid, b.end_block) p1
            )
            SELECT v.hotkey, v.netuid, v.bucket, v.start_block, v.end_block, v.a0, v.a1,
                   div(v.a0 * 1e18, nullif(v.s0, 0)) * 1e-18, div(v.a1 * 1e18, nullif(v.s1, 0)) * 1e-18,
                   div((v.a1 * v.s0 - v.a0 * v.s1) * 1e18, nullif(v.a0 * v.s1, 0)) * 1e-18,
                   div((v.a1 * v.s0 - v.a0 * v.s1) * 2628000 * 1e18, nullif(v.a0 * v.s1 * (v.end_block - v.start_block), 0)) * 1e-18
            FROM valued v
            WHERE v.a0 IS NOT NULL AND v.a1 IS NOT NULL
            ORDER BY v.netuid, v.end_block
            $$`)
        await db.query(`COMMENT ON FUNCTION validator_yield(text, text, integer, integer, integer) IS
            'A validator hotkey''s yield per bucket (epoch, hour or day) and subnet, from its pool: alpha per share at the start and end, yield = end / start - 1 (what a nominator earned per alpha), apr = yield x 2,628,000 blocks per year / blocks in the bucket; all truncated at 18 decimals. DTAO pools with shares only (null shares: no figure)'`)
    }

    async down(db) {
        await db.query(`DROP FUNCTION validator_yield(text, text, integer, integer, integer)`)
        await db.query(`DROP FUNCTION position_earnings(text, text, text, integer, integer, integer)`)
        await db.query(`DROP FUNCTION earnings_bucket_ends(text, integer, integer, integer)`)
        await db.query(`DROP FUNCTION alpha_tao_value(numeric, integer, integer)`)
        await db.query(`DROP FUNCTION position_stake_flow(text, text, integer, integer, integer)`)
        await db.query(`DROP FUNCTION position_amount_at(text, text, integer, integer)`)
        await db.query(`DROP FUNCTION hotkey_pool_at(text, integer, integer)`)
    }
}
