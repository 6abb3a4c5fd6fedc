// The alpha price as the runtime computes it, era by era, instead of the reserves ratio for every era.
// subnet_pool keeps what the runtime prices from (SubnetMechanism, Swap.SwapV3Initialized,
// Swap.AlphaSqrtPrice, Swap.SwapBalancer's quote weight) beside the reserves, and
// subnet_pool_price() repeats the runtime's fixed-point arithmetic on them exactly:
//   root (netuid 0) or SubnetMechanism != 1 ("stable")            -> 1
//   balancer runtimes (423+): Balancer::calculate_price in U64F64  -> ((1 - quote) / quote) x (tao / alpha)
//   V3 swap initialized: U96F32 from the U64F64 product sqrt x sqrt -> AlphaSqrtPrice^2
//   otherwise (before the swap pallet, or V3 not yet initialized) -> tao / alpha in 32 fractional bits
// an empty pool (no alpha) is priced 0, as the runtime does. Every intermediate is an integer of
// fixed-point bits (div() truncates like the runtime's checked/saturating ops on unsigned values);
// the result is that value truncated to 18 decimal places.
// Rows indexed before this migration have null price state and keep the reserves ratio.
const TWO_32 = '4294967296'
const TWO_64 = '18446744073709551616'
const U128_MAX = '340282366920938463463374607431768211455'
const E18 = '1000000000000000000'

// the chain's bits -> decimal with 18 places, truncated (exact: integer division, then a scale)
const decimal = (bits, fracBits) => `div((${bits}) * ${E18}, ${fracBits}) * 0.000000000000000001`

const PRICE = `CREATE FUNCTION subnet_pool_price(netuid integer, tao numeric, alpha numeric, mechanism integer,
        swap_v3_initialized boolean, alpha_sqrt_price numeric, balancer_quote_weight numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
            WHEN netuid = 0 OR (mechanism IS NOT NULL AND mechanism <> 1) THEN 1.000000000000000000
            WHEN alpha IS NULL OR alpha <= 0 THEN 0.000000000000000000
            WHEN balancer_quote_weight IS NOT NULL THEN ${decimal(
                `CASE WHEN w.base_per_quote >= ${TWO_64} * ${TWO_64} OR w.tao_per_alpha >= ${TWO_64} * ${TWO_64} THEN 0
                      ELSE LEAST(div(w.base_per_quote * w.tao_per_alpha, ${TWO_64}), ${U128_MAX}) END`,
                TWO_64,
            )}
            WHEN swap_v3_initialized THEN ${decimal(`div(LEAST(div(alpha_sqrt_price * alpha_sqrt_price, ${TWO_64}), ${U128_MAX}), ${TWO_32})`, TWO_32)}
            ELSE ${decimal(`div(tao * ${TWO_32}, alpha)`, TWO_32)}
        END
        FROM (SELECT
            -- U64F64 (1 - quote) / quote and tao / alpha; a division by zero is 0 (safe_div)
            CASE WHEN balancer_quote_weight > 0 THEN div((${E18} - balancer_quote_weight) * ${TWO_64}, balancer_quote_weight) ELSE 0 END AS base_per_quote,
            div(tao * ${TWO_64}, NULLIF(alpha, 0)) AS tao_per_alpha
        ) w $$`

// the pool's price in each lateral subquery: every column the runtime prices from
const P = (a) =>
    `subnet_pool_price(${a}.netuid, ${a}.tao_reserve, ${a}.alpha_reserve, ${a}.mechanism, ${a}.swap_v3_initialized, ${a}.alpha_sqrt_price, ${a}.balancer_quote_weight)`

const CANDLES = (price) => `CREATE OR REPLACE FUNCTION subnet_price_candles(bucket_size text, only_netuid integer, from_time timestamptz, to_time timestamptz)
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
                   o.price, greatest(o.price, r.high), least(o.price, r.low), c.price,
                   c.tao_reserve, c.alpha_reserve, c.alpha_outstanding,
                   coalesce(v.staked, 0), coalesce(v.unstaked, 0)
            FROM subnets s
            CROSS JOIN buckets k
            CROSS JOIN LATERAL (
                SELECT p.tao_reserve, p.alpha_reserve, p.alpha_outstanding, ${price('p')} AS price FROM subnet_pool p
                WHERE p.netuid = s.netuid AND p.block_number <= k.last_block
                ORDER BY p.block_number DESC LIMIT 1
            ) c
            CROSS JOIN LATERAL (
                SELECT x.price, CASE WHEN x.pick = 0 THEN k.first_block ELSE x.block_number END AS start_block FROM (
                    (SELECT 0 AS pick, p.block_number, ${price('p')} AS price FROM subnet_pool p
                     WHERE p.netuid = s.netuid AND p.block_number <= k.first_block
                     ORDER BY p.block_number DESC LIMIT 1)
                    UNION ALL
                    (SELECT 1 AS pick, p.block_number, ${price('p')} AS price FROM subnet_pool p
                     WHERE p.netuid = s.netuid AND p.block_number > k.first_block AND p.block_number <= k.last_block
                     ORDER BY p.block_number LIMIT 1)
                ) x ORDER BY x.pick LIMIT 1
            ) o
            CROSS JOIN LATERAL (
                SELECT max(${price('p')}) AS high, min(${price('p')}) AS low
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
            $$`

module.exports = class PoolRuntimePrice1796313200000 {
    name = 'PoolRuntimePrice1796313200000'

    async up(db) {
        await db.query(`ALTER TABLE "subnet_pool" ADD "mechanism" integer`)
        await db.query(`ALTER TABLE "subnet_pool" ADD "swap_v3_initialized" boolean`)
        await db.query(`ALTER TABLE "subnet_pool" ADD "alpha_sqrt_price" numeric`)
        await db.query(`ALTER TABLE "subnet_pool" ADD "balancer_quote_weight" numeric`)
        await db.query(PRICE)
        await db.query(`COMMENT ON FUNCTION subnet_pool_price(integer, numeric, numeric, integer, boolean, numeric, numeric) IS
            'The alpha price in TAO the runtime computes from a pool row (subnet_pool columns): 1 for root and stable subnets; the balancer''s, the V3 swap''s or the reserves ratio by era, in the runtime''s own fixed-point arithmetic, truncated to 18 decimal places; 0 for a pool with no alpha'`)
        await db.query(CANDLES(P))
        await db.query(`CREATE OR REPLACE VIEW subnet_pool_price AS
            SELECT p.block_number, p.timestamp, p.netuid, p.tao_reserve, p.alpha_reserve, p.alpha_outstanding,
                   ${P('p')} AS price,
                   p.mechanism, p.swap_v3_initialized, p.alpha_sqrt_price, p.balancer_quote_weight
            FROM subnet_pool p`)
        await db.query(`COMMENT ON VIEW subnet_pool_price IS 'subnet_pool rows with the alpha price in TAO as the runtime computes it (subnet_pool_price): the pool and price from block_number until the subnet''s next row'`)
    }

    async down(db) {
        const ratio = (a) => `alpha_price(${a}.tao_reserve, ${a}.alpha_reserve)`
        await db.query(`DROP VIEW subnet_pool_price`)
        await db.query(`CREATE VIEW subnet_pool_price AS
            SELECT p.block_number, p.timestamp, p.netuid, p.tao_reserve, p.alpha_reserve, p.alpha_outstanding,
                   ${ratio('p')} AS price
            FROM subnet_pool p`)
        await db.query(CANDLES(ratio))
        await db.query(`DROP FUNCTION subnet_pool_price(integer, numeric, numeric, integer, boolean, numeric, numeric)`)
        for (const c of ['mechanism', 'swap_v3_initialized', 'alpha_sqrt_price', 'balancer_quote_weight'])
            await db.query(`ALTER TABLE "subnet_pool" DROP COLUMN "${c}"`)
    }
}
