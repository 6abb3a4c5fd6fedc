// Views for the questions analysts ask most (docs/sql.md). Each is a plain view over indexed tables:
// the window views partition by the columns analysts filter on, so Postgres pushes a filter on
// coldkey / hotkey / netuid (/ uid) down into the index scan instead of windowing the whole table.
module.exports = class AnalystViews1795801200000 {
    name = 'AnalystViews1795801200000'

    async up(db) {
        // snapshots are also written when only the hotkey's totals moved: keep the rows where the
        // position's own amount changed (not a position's leading zero), then each holds until the next
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

        await db.query(`CREATE VIEW latest_weights AS
            SELECT w.netuid, w.mechanism, w.uid, w.hotkey, w.block_number AS set_at_block, w.uids, w.weights
            FROM current_weight w
            WHERE cardinality(w.uids) > 0`)
        await db.query(`COMMENT ON VIEW latest_weights IS 'The weights each validator uid has on the chain now (its latest stored vector), with the block it was set'`)

        await db.query(`CREATE VIEW neuron_lifecycle AS
            SELECT n.netuid, n.uid, n.hotkey, n.coldkey, n.method,
                   n.registered_at_block, n.registered_at, n.deregistered_at_block, n.deregistered_at,
                   n.deregistered_at_block - n.registered_at_block AS blocks_held,
                   lead(n.hotkey) OVER w AS next_hotkey
            FROM neuron n
            WINDOW w AS (PARTITION BY n.netuid, n.uid ORDER BY n.registered_at_block, n.id)`)
        await db.query(`COMMENT ON VIEW neuron_lifecycle IS 'Each holder of each uid: how it got the uid, when it got and lost it, blocks held (null while held) and the hotkey that held the uid next'`)

        await db.query(`CREATE VIEW registration_daily AS
            SELECT r.netuid, date_trunc('day', r.timestamp, 'UTC') AS day, count(*)::int AS registrations,
                   count(r.replaced_hotkey)::int AS replacements, count(r.burn)::int AS paid,
                   sum(r.burn) AS burn_total, min(r.burn) AS burn_min, max(r.burn) AS burn_max
            FROM registration r
            GROUP BY 1, 2`)
        await db.query(`COMMENT ON FUNCTION taoindex_notify_indexed() IS 'Internal: trigger on the processor''s progress tables that NOTIFYs taoindex_indexed, so API subscriptions push when a block is committed'`)
        await db.query(`COMMENT ON VIEW registration_daily IS 'Registrations per subnet per UTC day: how many, how many replaced a holder, and the burn (rao) paid where the chain charged one'`)
    }

    async down(db) {
        await db.query(`DROP VIEW registration_daily`)
        await db.query(`DROP VIEW neuron_lifecycle`)
        await db.query(`DROP VIEW latest_weights`)
        await db.query(`DROP VIEW stake_position_history`)
    }
}
