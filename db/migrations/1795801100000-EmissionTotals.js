// Emission totals per time bucket, computed in SQL from the change-only subnet_emission rows.
// The API's subnetEmissionTotals / hotkeyEmissionTotals queries call these same functions.
//
// subnet_emission_totals: a subnet_emission row holds from its block until the subnet's next row,
// and each per-block item is what the chain credited at every one of those blocks, so a bucket's
// total is the sum over its blocks of the value in effect (value x number of blocks it held).
// Only blocks at whose end the subnet existed count (its life in the subnet table: from the block
// that added it to the block before the one that removed it). bucket_size 'block' gives one row
// per block (the series expanded from the change-only rows).
module.exports = class EmissionTotals1795801100000 {
    name = 'EmissionTotals1795801100000'

    async up(db) {
        await db.query(`CREATE FUNCTION subnet_emission_totals(bucket_size text, only_netuid integer, from_time timestamptz, to_time timestamptz, from_block integer, to_block integer)
            RETURNS TABLE (netuid integer, bucket timestamptz, first_block integer, last_block integer, blocks integer,
                           tao_emission numeric, tao_in_emission numeric, alpha_in_emission numeric, alpha_out_emission numeric, excess_tao numeric)
            LANGUAGE sql STABLE AS $$
            WITH buckets AS (
                SELECT min(CASE WHEN bucket_size = 'block' THEN b.timestamp ELSE date_trunc(bucket_size, b.timestamp, 'UTC') END) AS bucket,
                       min(b.height) AS first_block, max(b.height) AS last_block
                FROM block b
                WHERE b.timestamp IS NOT NULL
                  AND (from_time IS NULL OR b.timestamp >= from_time) AND (to_time IS NULL OR b.timestamp < to_time)
                  AND (from_block IS NULL OR b.height >= from_block) AND (to_block IS NULL OR b.height <= to_block)
                GROUP BY CASE WHEN bucket_size = 'block' THEN b.height::bigint
                              ELSE extract(epoch FROM date_trunc(bucket_size, b.timestamp, 'UTC'))::bigint END
            ), lives AS (
                SELECT s.netuid, greatest(k.first_block, s.registered_at_block) AS lo,
                       least(k.last_block, coalesce(s.removed_at_block - 1, k.last_block)) AS hi, k.bucket
                FROM subnet s CROSS JOIN buckets k
                WHERE (only_netuid IS NULL OR s.netuid = only_netuid)
            )
            SELECT l.netuid, l.bucket, min(l.lo)::int, max(l.hi)::int, sum(t.blocks)::int,
                   sum(t.tao_emission), sum(t.tao_in_emission), sum(t.alpha_in_emission), sum(t.alpha_out_emission), sum(t.excess_tao)
            FROM lives l
            CROSS JOIN LATERAL (
                SELECT sum(x.n) AS blocks, sum(x.tao_emission * x.n) AS tao_emission, sum(x.tao_in_emission * x.n) AS tao_in_emission,
                       sum(x.alpha_in_emission * x.n) AS alpha_in_emission, sum(x.alpha_out_emission * x.n) AS alpha_out_emission,
                       sum(x.excess_tao * x.n) AS excess_tao
                FROM (
                    SELECT r.*, least(coalesce(lead(r.block_number) OVER (ORDER BY r.block_number) - 1, l.hi), l.hi) - greatest(r.block_number, l.lo) + 1 AS n
                    FROM (
                        (SELECT e.block_number, e.tao_emission, e.tao_in_emission, e.alpha_in_emission, e.alpha_out_emission, e.excess_tao
                         FROM subnet_emission e WHERE e.netuid = l.netuid AND e.block_number <= l.lo
                         ORDER BY e.block_number DESC LIMIT 1)
                        UNION ALL
                        (SELECT e.block_number, e.tao_emission, e.tao_in_emission, e.alpha_in_emission, e.alpha_out_emission, e.excess_tao
                         FROM subnet_emission e WHERE e.netuid = l.netuid AND e.block_number > l.lo AND e.block_number <= l.hi)
                    ) r
                ) x
            ) t
            WHERE l.lo <= l.hi AND t.blocks > 0
            GROUP BY l.netuid, l.bucket
            ORDER BY l.netuid, l.bucket
            $$`)
        await db.query(`COMMENT ON FUNCTION subnet_emission_totals(text, integer, timestamptz, timestamptz, integer, integer) IS
            'Emission per subnet per UTC bucket (bucket_size: block, hour or day): each per-block item summed over the bucket''s blocks at whose end the subnet existed, the value in effect at each block being the latest subnet_emission row. Any argument after bucket_size may be null'`)

        await db.query(`CREATE FUNCTION hotkey_emission_totals(bucket_size text, only_hotkey text, only_netuid integer, from_time timestamptz, to_time timestamptz)
            RETURNS TABLE (hotkey text, netuid integer, bucket timestamptz, epochs integer, emission numeric, alpha_dividends numeric)
            LANGUAGE sql STABLE AS $$
            SELECT ne.hotkey, ne.netuid, date_trunc(bucket_size, ne.timestamp, 'UTC'), count(*)::int, sum(ne.emission), sum(ne.alpha_dividends)
            FROM neuron_epoch ne
            WHERE ne.hotkey IS NOT NULL AND ne.timestamp IS NOT NULL
              AND (only_hotkey IS NULL OR ne.hotkey = only_hotkey) AND (only_netuid IS NULL OR ne.netuid = only_netuid)
              AND (from_time IS NULL OR ne.timestamp >= from_time) AND (to_time IS NULL OR ne.timestamp < to_time)
            GROUP BY 1, 2, 3
            ORDER BY 1, 2, 3
            $$`)
        await db.query(`COMMENT ON FUNCTION hotkey_emission_totals(text, text, integer, timestamptz, timestamptz) IS
            'Per hotkey and subnet per UTC bucket (hour or day): epochs, summed Emission (rao before dTAO, alpha after) and AlphaDividendsPerSubnet. Any argument after bucket_size may be null'`)

        await db.query(`CREATE VIEW subnet_emission_hourly AS SELECT * FROM subnet_emission_totals('hour', NULL, NULL, NULL, NULL, NULL)`)
        await db.query(`COMMENT ON VIEW subnet_emission_hourly IS 'Hourly emission per subnet over the whole history; for a range call subnet_emission_totals(''hour'', netuid, from, to, NULL, NULL)'`)
        await db.query(`CREATE VIEW subnet_emission_daily AS SELECT * FROM subnet_emission_totals('day', NULL, NULL, NULL, NULL, NULL)`)
        await db.query(`COMMENT ON VIEW subnet_emission_daily IS 'Daily emission per subnet over the whole history; for a range call subnet_emission_totals(''day'', netuid, from, to, NULL, NULL)'`)
        await db.query(`CREATE VIEW hotkey_emission_daily AS SELECT * FROM hotkey_emission_totals('day', NULL, NULL, NULL, NULL)`)
        await db.query(`COMMENT ON VIEW hotkey_emission_daily IS 'Daily emission and alpha dividends per hotkey and subnet; for one hotkey call hotkey_emission_totals(''day'', hotkey, NULL, NULL, NULL)'`)
        await db.query(`CREATE INDEX "IDX_neuron_epoch_timestamp" ON "neuron_epoch" ("timestamp")`)
    }

    async down(db) {
        await db.query(`DROP INDEX "IDX_neuron_epoch_timestamp"`)
        await db.query(`DROP VIEW hotkey_emission_daily`)
        await db.query(`DROP VIEW subnet_emission_daily`)
        await db.query(`DROP VIEW subnet_emission_hourly`)
        await db.query(`DROP FUNCTION hotkey_emission_totals(text, text, integer, timestamptz, timestamptz)`)
        await db.query(`DROP FUNCTION subnet_emission_totals(text, integer, timestamptz, timestamptz, integer, integer)`)
    }
}
