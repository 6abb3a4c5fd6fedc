// Alpha fees (stake_event kind FEE, spec 397+) leave a position like an unstake: counted in a
// position's own stake flow so that they do not show as negative earnings. Lease dividends (LEASE)
// stay out of it: they are the receiver's income.
const FLOW = (kinds) => `CREATE OR REPLACE FUNCTION position_stake_flow(p_coldkey text, p_hotkey text, p_netuid integer, after_block integer, to_block integer) RETURNS numeric
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
                SELECT coalesce(sum(CASE WHEN e.kind = 'ADD' THEN 1 ELSE -1 END * coalesce(e.alpha_amount, e.tao_amount)), 0)
                FROM stake_event e
                WHERE e.coldkey = p_coldkey AND e.hotkey = p_hotkey AND e.netuid = p_netuid
                  AND e.block_number > after_block AND e.block_number <= to_block
                  AND e.kind IN (${kinds.map((k) => `'${k}'`).join(', ')}) $$`

module.exports = class AlphaFeeFlow1796300400000 {
    name = 'AlphaFeeFlow1796300400000'

    async up(db) {
        await db.query(FLOW(['ADD', 'REMOVE', 'RECYCLE', 'BURN', 'FEE']))
        await db.query(`COMMENT ON FUNCTION position_stake_flow(text, text, integer, integer, integer) IS 'Alpha (rao before dTAO) a position''s own stake events put in (ADD) or took out (REMOVE, RECYCLE, BURN, FEE: a fee paid in alpha) in blocks (after_block, to_block]'`)
    }

    async down(db) {
        await db.query(FLOW(['ADD', 'REMOVE', 'RECYCLE', 'BURN']))
        await db.query(`COMMENT ON FUNCTION position_stake_flow(text, text, integer, integer, integer) IS 'Alpha (rao before dTAO) a position''s own stake events put in (ADD) or took out (REMOVE, RECYCLE, BURN) in blocks (after_block, to_block]'`)
    }
}
