// Alpha price and price candles, computed in SQL from the stored reserves (never stored as floats).
// The API's subnetPriceCandles query and analysts call the same function, so both give one answer.
//
// alpha_price(tao, alpha): TAO per alpha, truncated (not rounded) to 18 decimal places, exact:
//   integer division of tao * 10^18 by alpha, then scaled back by a multiplication (exact in numeric).
//
// subnet_price_candles(bucket_size, netuid, from, to): per subnet and per UTC bucket ('hour' or
// 'day', any date_trunc unit works) of the block table's times:
//   the pool at a block is the latest subnet_pool row at or before it, so over the bucket's blocks
//   where the subnet has a pool, [first_block, last_block], open = price at first_block, close = price at last_block, high/low =
//   extremes of open and every row inside the bucket; volume = TAO of StakeAdded (staked) and
//   StakeRemoved (unstaked) events on the subnet in the bucket. Buckets where the subnet did not
//   exist (per the subnet table) or had no pool yet are left out.
module.exports = class PoolPrice1795800800000 {
    name = 'PoolPrice1795800800000'

    async up(db) {
        await db.query(`CREATE FUNCTION alpha_price(tao numeric, alpha numeric) RETURNS numeric
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$ SELECT CASE WHEN alpha > 0 THEN div(tao * 1000000000000000000, alpha) * 0.000000000000000001 END $$`)
        await db.query(`COMMENT ON FUNCTION alpha_price(numeric, numeric) IS
            'Price of one alpha in TAO for a pool holding tao rao and alpha alpha units: tao/alpha truncated to 18 decimal places (exact); null when the pool holds no alpha'`)

        await db.query(`CREATE FUNCTION subnet_price_candles(bucket_size text, only_netuid integer, from_time timestamptz, to_time timestamptz)
            RETURNS TABLE (netuid integer, bucket timestamptz, first_block integer, last_block integer,
                           open numeric, high numeric, low numeric, close numeric,
                           tao_reserve numeric, alpha_reserve numeric, alpha_outstanding numeric,
                           tao_staked numeric, tao_unstaked numeric)
            LANGUAGE sql STABLE AS $$
            WITH buckets AS (
                SELECT date_trunc(bucket_size, b.timestamp, 'UTC') AS bucket, min(b.height) AS first_block, max(b.height) AS last_block
                FROM block b
                WHERE b.timestamp IS NOT NULL
                  AND (from_time IS NULL OR b.timestamp >= from_time)
                  AND (to_time IS NULL OR b.timestamp < to_time)
                GROUP BY 1
            ), subnets AS (
                SELECT DISTINCT s.netuid FROM subnet s WHERE only_netuid IS NULL OR s.netuid = only_netuid
            )
            SELECT s.netuid, k.bucket, o.start_block, k.last_block,
                   alpha_price(o.tao_reserve, o.alpha_reserve),
                   greatest(alpha_price(o.tao_reserve, o.alpha_reserve), r.high),
                   least(alpha_price(o.tao_reserve, o.alpha_reserve), r.low),
                   alpha_price(c.tao_reserve, c.alpha_reserve),
                   c.tao_reserve, c.alpha_reserve, c.alpha_outstanding,
                   coalesce(v.staked, 0), coalesce(v.unstaked, 0)
            FROM subnets s
            CROSS JOIN buckets k
            CROSS JOIN LATERAL (
                SELECT p.tao_reserve, p.alpha_reserve, p.alpha_outstanding FROM subnet_pool p
                WHERE p.netuid = s.netuid AND p.block_number <= k.last_block
                ORDER BY p.block_number DESC LIMIT 1
            ) c
            CROSS JOIN LATERAL (
                SELECT x.tao_reserve, x.alpha_reserve, CASE WHEN x.pick = 0 THEN k.first_block ELSE x.block_number END AS start_block FROM (
                    (SELECT 0 AS pick, p.block_number, p.tao_reserve, p.alpha_reserve FROM subnet_pool p
                     WHERE p.netuid = s.netuid AND p.block_number <= k.first_block
                     ORDER BY p.block_number DESC LIMIT 1)
                    UNION ALL
                    (SELECT 1 AS pick, p.block_number, p.tao_reserve, p.alpha_reserve FROM subnet_pool p
                     WHERE p.netuid = s.netuid AND p.block_number > k.first_block AND p.block_number <= k.last_block
                     ORDER BY p.block_number LIMIT 1)
                ) x ORDER BY x.pick LIMIT 1
            ) o
            CROSS JOIN LATERAL (
                SELECT max(alpha_price(p.tao_reserve, p.alpha_reserve)) AS high, min(alpha_price(p.tao_reserve, p.alpha_reserve)) AS low
                FROM subnet_pool p
                WHERE p.netuid = s.netuid AND p.block_number > k.first_block AND p.block_number <= k.last_block
            ) r
            CROSS JOIN LATERAL (
                SELECT sum(e.tao_amount) FILTER (WHERE e.kind = 'ADD') AS staked, sum(e.tao_amount) FILTER (WHERE e.kind = 'REMOVE') AS unstaked
                FROM stake_event e
                WHERE e.netuid = s.netuid AND e.block_number BETWEEN o.start_block AND k.last_block
            ) v
            WHERE EXISTS (
                SELECT 1 FROM subnet sn
                WHERE sn.netuid = s.netuid AND sn.registered_at_block <= k.last_block
                  AND (sn.removed_at_block IS NULL OR sn.removed_at_block >= k.first_block)
            )
            ORDER BY s.netuid, k.bucket
            $$`)
        await db.query(`COMMENT ON FUNCTION subnet_price_candles(text, integer, timestamptz, timestamptz) IS
            'OHLC of the alpha price (TAO per alpha), closing reserves and staked/unstaked TAO per subnet per UTC bucket (bucket_size: hour or day); only_netuid, from_time, to_time may be null for all. The pool at a block is the latest subnet_pool row at or before it'`)

        await db.query(`CREATE VIEW subnet_pool_price AS
            SELECT p.block_number, p.timestamp, p.netuid, p.tao_reserve, p.alpha_reserve, p.alpha_outstanding,
                   alpha_price(p.tao_reserve, p.alpha_reserve) AS price
            FROM subnet_pool p`)
        await db.query(`COMMENT ON VIEW subnet_pool_price IS 'subnet_pool rows with the alpha price in TAO (alpha_price): the pool and price from block_number until the subnet''s next row'`)
        await db.query(`CREATE VIEW subnet_price_hourly AS SELECT * FROM subnet_price_candles('hour', NULL, NULL, NULL)`)
        await db.query(`COMMENT ON VIEW subnet_price_hourly IS 'Hourly price candles of every subnet over the whole history; for one subnet or a time range call subnet_price_candles(''hour'', netuid, from, to), which reads only that range'`)
        await db.query(`CREATE VIEW subnet_price_daily AS SELECT * FROM subnet_price_candles('day', NULL, NULL, NULL)`)
        await db.query(`COMMENT ON VIEW subnet_price_daily IS 'Daily price candles of every subnet over the whole history; for one subnet or a time range call subnet_price_candles(''day'', netuid, from, to)'`)
    }

    async down(db) {
        await db.query(`DROP VIEW subnet_price_daily`)
        await db.query(`DROP VIEW subnet_price_hourly`)
        await db.query(`DROP VIEW subnet_pool_price`)
        await db.query(`DROP FUNCTION subnet_price_candles(text, integer, timestamptz, timestamptz)`)
        await db.query(`DROP FUNCTION alpha_price(numeric, numeric)`)
    }
}
