// A position's amount as the runtime values it, not the exact quotient. Found by comparing every
// position with the runtime API StakeInfoRuntimeApi_get_stake_info_for_coldkey
// (test/integration/stake-runtime-api.test.ts): on spec 218 the exact floor(alpha x shares / total)
// was 1 to 9 units above the runtime's value. The rounding depends on how the runtime keeps the
// pool's shares, now stored with each pool row (share_format, written by the processor):
//   U64 (integer share counts, runtimes before 224): (alpha / total shares) with 32 fractional bits,
//       times the share, to u64: floor(floor(alpha x 2^32 / total) x share / 2^32). Fitted to the
//       runtime API's answers, exact for every position of the devnet.
//   U64F64 (224 to 396, primitives/share-pool get_value): (alpha / total) in U64F64 (0 when it does
//       not fit), times the share, truncated, to u64. From the source; no runtime of that era runs here.
//   SAFE_FLOAT (397 on) and unknown: the exact quotient (the SafeFloat pool's rounding is not repeated).
// Rows indexed before this migration have no share_format and keep the exact quotient.
const TWO_32 = '4294967296'
const TWO_64 = '18446744073709551616'
const TWO_128 = '340282366920938463463374607431768211456'
const U64_MAX = '18446744073709551615'

const AMOUNT = `CREATE FUNCTION stake_amount(shares numeric, pool_alpha numeric, pool_shares numeric, share_format text) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
            WHEN pool_shares IS NULL THEN shares
            WHEN pool_shares <= 0 OR shares <= 0 OR pool_alpha IS NULL OR pool_alpha <= 0 THEN 0
            WHEN share_format = 'U64' THEN LEAST(div(div(pool_alpha * ${TWO_32}, pool_shares) * shares, ${TWO_32}), ${U64_MAX})
            WHEN share_format = 'U64F64' THEN (
                SELECT CASE WHEN q.per_share >= ${TWO_128} THEN 0
                            ELSE LEAST(div(LEAST(div(q.per_share * shares * ${TWO_64}, ${TWO_64}), ${TWO_128} - 1), ${TWO_64}), ${U64_MAX}) END
                FROM (SELECT div(pool_alpha * ${TWO_64}, pool_shares) AS per_share) q)
            ELSE LEAST(div(pool_alpha * shares, pool_shares), ${U64_MAX})
        END $$`

const VIEWS = (amount) => [
    `CREATE OR REPLACE VIEW stake_position AS
            SELECT s.id, s.coldkey, s.hotkey, s.netuid,
                   ${amount('s.shares', 'p')} AS alpha,
                   CASE WHEN p.total_shares IS NULL THEN NULL ELSE s.shares END AS shares,
                   p.total_alpha AS hotkey_alpha, p.total_shares AS hotkey_shares,
                   GREATEST(s.updated_at_block, p.updated_at_block) AS updated_at_block
            FROM stake_share s
            LEFT JOIN hotkey_pool p ON p.hotkey = s.hotkey AND p.netuid = s.netuid`,
    `CREATE OR REPLACE VIEW stake_position_snapshot AS
            SELECT i.id, i.position_id, i.block_number, i.timestamp, i.coldkey, i.hotkey, i.netuid,
                   ${amount('i.shares', 'p')} AS alpha,
                   CASE WHEN p.total_shares IS NULL THEN NULL ELSE i.shares END AS shares,
                   p.total_alpha AS hotkey_alpha, p.total_shares AS hotkey_shares
            FROM stake_share_interval i
            LEFT JOIN LATERAL (
                SELECT pc.total_alpha, pc.total_shares, pc.share_format FROM hotkey_pool_change pc
                WHERE pc.hotkey = i.hotkey AND pc.netuid = i.netuid AND pc.block_number <= i.block_number
                ORDER BY pc.block_number DESC LIMIT 1
            ) p ON true
            UNION ALL
            SELECT lpad(pc.block_number::text, 10, '0') || '-' || i.position_id, i.position_id, pc.block_number, pc.timestamp, i.coldkey, i.hotkey, i.netuid,
                   ${amount('i.shares', 'pc')},
                   CASE WHEN pc.total_shares IS NULL THEN NULL ELSE i.shares END,
                   pc.total_alpha, pc.total_shares
            FROM stake_share_interval i
            JOIN hotkey_pool_change pc ON pc.hotkey = i.hotkey AND pc.netuid = i.netuid
                AND pc.block_number > i.block_number AND (i.next_block IS NULL OR pc.block_number < i.next_block)
            WHERE i.shares > 0`,
    `CREATE OR REPLACE FUNCTION position_amount_at(p_coldkey text, p_hotkey text, p_netuid integer, at_block integer) RETURNS numeric
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
                SELECT coalesce((
                    SELECT ${amount('s.shares', 'p')}
                    FROM (SELECT c.shares FROM stake_share_change c
                          WHERE c.position_id = p_coldkey || '-' || p_hotkey || '-' || p_netuid AND c.block_number <= at_block
                          ORDER BY c.block_number DESC LIMIT 1) s
                    LEFT JOIN LATERAL (
                        SELECT pc.total_alpha, pc.total_shares, pc.share_format FROM hotkey_pool_change pc
                        WHERE pc.hotkey = p_hotkey AND pc.netuid = p_netuid AND pc.block_number <= at_block
                        ORDER BY pc.block_number DESC LIMIT 1
                    ) p ON true
                ), 0) $$`,
]

const WITH_FORMAT = (shares, pool) => `stake_amount(${shares}, ${pool}.total_alpha, ${pool}.total_shares, ${pool}.share_format)`
const EXACT = (shares, pool) => `stake_amount(${shares}, ${pool}.total_alpha, ${pool}.total_shares)`

module.exports = class StakeAmountRuntimeRounding1796313300000 {
    name = 'StakeAmountRuntimeRounding1796313300000'

    async up(db) {
        await db.query(`ALTER TABLE "hotkey_pool" ADD "share_format" text`)
        await db.query(`ALTER TABLE "hotkey_pool_change" ADD "share_format" text`)
        await db.query(AMOUNT)
        await db.query(`COMMENT ON FUNCTION stake_amount(numeric, numeric, numeric, text) IS 'A position''s amount from its shares and its hotkey pool (TotalHotkeyAlpha, TotalHotkeyShares, share_format) as the runtime rounds it: U64 pools in 32 fractional bits, U64F64 pools in U64F64, each step truncated; the exact quotient for SAFE_FLOAT or unknown; shares itself when pool_shares is null (no share pool)'`)
        for (const sql of VIEWS(WITH_FORMAT)) await db.query(sql)
    }

    async down(db) {
        for (const sql of VIEWS(EXACT)) await db.query(sql)
        await db.query(`DROP FUNCTION stake_amount(numeric, numeric, numeric, text)`)
        await db.query(`ALTER TABLE "hotkey_pool_change" DROP COLUMN "share_format"`)
        await db.query(`ALTER TABLE "hotkey_pool" DROP COLUMN "share_format"`)
    }
}
