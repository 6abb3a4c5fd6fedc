/**
 * Rewind: the database as it was when block `to` had just been indexed, so the processor resumes at
 * to + 1. Used after a bug fix in a domain (re-index from the block it first mattered), or to drop
 * blocks indexed from a bad node.
 *
 * Every table of schema public has a rule below (rewind refuses to run when a table has none, so a
 * new entity cannot be forgotten silently):
 *  - history tables keep one row per thing that happened at a block: rows above `to` are deleted;
 *  - subnet and neuron rows are opened at one block and closed at a later one: rows opened above
 *    `to` are deleted, closings above `to` are undone (the handler never changes them otherwise);
 *  - weight_commit: commits above `to` are deleted, reveals above `to` undone;
 *  - domain_failure: failures first seen above `to` are deleted, the others end at `to`;
 *  - current-state tables are rebuilt from their history, for the keys that changed above `to`:
 *    stake_share is the latest stake_share_change at or below `to` (none, or a zero one, means no
 *    position), hotkey_pool the latest hotkey_pool_change, current_weight the latest weight_set row (the handler writes one
 *    current_weight per weight_set row it records, in the order: events by index, then storage rows).
 * SQD's position (squid_processor.status) is set to block `to`, unfinalized (hot) blocks and their
 * change log are dropped (their rows are above `to` and deleted by the rules), and the API's
 * indexer_head is set back. All in one transaction: a rewind that fails changes nothing.
 */
import { DbConfig, ConfigError, pgClient } from '../config'

type Rule = { kind: 'history'; column: string } | { kind: 'custom' }

export const REWIND_RULES: Record<string, Rule> = {
    block: { kind: 'history', column: 'height' },
    stake_event: { kind: 'history', column: 'block_number' },
    stake_share_change: { kind: 'history', column: 'block_number' },
    stake_share: { kind: 'custom' },
    hotkey_pool_change: { kind: 'history', column: 'block_number' },
    hotkey_pool: { kind: 'custom' },
    registration: { kind: 'history', column: 'block_number' },
    subnet_param_change: { kind: 'history', column: 'block_number' },
    subnet: { kind: 'custom' },
    neuron: { kind: 'custom' },
    weight_set: { kind: 'custom' },
    current_weight: { kind: 'custom' },
    weight_commit: { kind: 'custom' },
    subnet_pool: { kind: 'history', column: 'block_number' },
    subnet_emission: { kind: 'history', column: 'block_number' },
    epoch: { kind: 'history', column: 'block_number' },
    neuron_epoch: { kind: 'history', column: 'block_number' },
    unprocessed_event: { kind: 'history', column: 'block_number' },
    domain_failure: { kind: 'custom' },
}

/** `--to <height>` (or `--to=<height>`) */
export function parseRewindArgs(argv: string[]): { to: number } {
    const usage = 'usage: npm run rewind -- --to <height>'
    let raw: string | undefined
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--to') {
            raw = argv[++i]
            if (raw == null) throw new ConfigError(`--to needs a block height (${usage})`)
        } else if (argv[i].startsWith('--to=')) raw = argv[i].slice('--to='.length)
        else throw new ConfigError(`unknown argument "${argv[i]}" (${usage})`)
    }
    if (raw == null) throw new ConfigError(`--to <height> is required: the last block to keep (${usage})`)
    if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`--to must be a block height (a whole number >= 0), got "${raw}"`)
    const to = Number(raw)
    if (!Number.isSafeInteger(to)) throw new ConfigError(`--to must be a block height (a whole number >= 0), got "${raw}"`)
    return { to }
}

export interface RewindResult {
    from: number
    to: number
    /** rows deleted (history) or rewritten (current state) per table */
    rows: Record<string, number>
}

export async function rewind(db: DbConfig, to: number): Promise<RewindResult> {
    const c = pgClient(db, { application_name: 'taoindex-rewind' })
    await c.connect()
    const rows: Record<string, number> = {}
    const q = async (table: string, sql: string, params: unknown[] = [to]) => {
        const r = await c.query(sql, params)
        rows[table] = (rows[table] ?? 0) + (r.rowCount ?? 0)
    }
    try {
        await c.query('BEGIN')
        const status = await c
            .query(`SELECT height FROM squid_processor.status WHERE id = 0 FOR UPDATE`)
            .catch((e: any) => (e?.code === '42P01' || e?.code === '3F000' ? { rows: [] } : Promise.reject(e)))
        const from: number | undefined = status.rows[0]?.height
        if (from == null || from < 0) throw new ConfigError(`nothing is indexed in database ${db.database}: nothing to rewind`)
        if (to > from) throw new ConfigError(`--to ${to} is above the indexed height ${from} of database ${db.database}`)
        const target = (await c.query(`SELECT hash, spec_version FROM block WHERE height = $1`, [to])).rows[0]
        if (!target) {
            const first = (await c.query(`SELECT min(height) AS h FROM block`)).rows[0]?.h
            throw new ConfigError(
                `block ${to} is not indexed in database ${db.database} (indexing started at block ${first}): nothing to rewind to`,
            )
        }
        const tables = (
            await c.query(
                `SELECT table_name FROM information_schema.tables
                 WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
            )
        ).rows.map((r) => r.table_name as string)
        const unknown = tables.filter((t) => !(t in REWIND_RULES)).sort()
        if (unknown.length) {
            throw new ConfigError(`no rewind rule for table ${unknown.join(', ')} (add one to src/db/rewind.ts); nothing changed`)
        }

        // a processor committing meanwhile would interleave with the rewind: it waits, then fails SQD's check of its position
        await c.query(`LOCK TABLE squid_processor.status IN EXCLUSIVE MODE`)

        // current state first, while the history above `to` still names the keys that changed
        await c.query(
            `CREATE TEMP TABLE rewind_shares ON COMMIT DROP AS
             SELECT DISTINCT position_id AS id FROM stake_share_change WHERE block_number > $1`,
            [to],
        )
        await q('stake_share', `DELETE FROM stake_share WHERE id IN (SELECT id FROM rewind_shares)`, [])
        await q(
            'stake_share',
            `INSERT INTO stake_share (id, coldkey, hotkey, netuid, shares, updated_at_block)
             SELECT position_id, coldkey, hotkey, netuid, shares, block_number FROM (
                 SELECT DISTINCT ON (position_id) * FROM stake_share_change
                 WHERE block_number <= $1 AND position_id IN (SELECT id FROM rewind_shares)
                 ORDER BY position_id, block_number DESC
             ) latest
             WHERE shares <> 0`,
        )
        await c.query(
            `CREATE TEMP TABLE rewind_pools ON COMMIT DROP AS
             SELECT DISTINCT pool_id AS id FROM hotkey_pool_change WHERE block_number > $1`,
            [to],
        )
        await q('hotkey_pool', `DELETE FROM hotkey_pool WHERE id IN (SELECT id FROM rewind_pools)`, [])
        await q(
            'hotkey_pool',
            `INSERT INTO hotkey_pool (id, hotkey, netuid, total_alpha, total_shares, updated_at_block)
             SELECT pool_id, hotkey, netuid, total_alpha, total_shares, block_number FROM (
                 SELECT DISTINCT ON (pool_id) * FROM hotkey_pool_change
                 WHERE block_number <= $1 AND pool_id IN (SELECT id FROM rewind_pools)
                 ORDER BY pool_id, block_number DESC
             ) latest
             WHERE NOT (total_alpha = 0 AND coalesce(total_shares, 0) = 0)`,
        )
        await c.query(
            `CREATE TEMP TABLE rewind_weights ON COMMIT DROP AS
             SELECT DISTINCT netuid, mechanism, uid FROM weight_set WHERE block_number > $1`,
            [to],
        )
        await q(
            'current_weight',
            `DELETE FROM current_weight w USING rewind_weights k WHERE (w.netuid, w.mechanism, w.uid) = (k.netuid, k.mechanism, k.uid)`,
            [],
        )
        await q(
            'current_weight',
            `INSERT INTO current_weight (id, netuid, mechanism, uid, hotkey, block_number, weight_set_id, uids, weights)
             SELECT netuid || '-' || mechanism || '-' || uid, netuid, mechanism, uid, hotkey, block_number, id, uids, weights FROM (
                 SELECT DISTINCT ON (s.netuid, s.mechanism, s.uid) s.* FROM weight_set s
                 JOIN rewind_weights k ON (s.netuid, s.mechanism, s.uid) = (k.netuid, k.mechanism, k.uid)
                 WHERE s.block_number <= $1
                 ORDER BY s.netuid, s.mechanism, s.uid, s.block_number DESC, s.event_index IS NULL DESC, s.event_index DESC
             ) latest`,
        )
        await q('weight_set', `DELETE FROM weight_set WHERE block_number > $1`)

        await q('subnet', `DELETE FROM subnet WHERE registered_at_block > $1`)
        await q('subnet', `UPDATE subnet SET removed_at_block = NULL, removed_at = NULL WHERE removed_at_block > $1`)
        await q('neuron', `DELETE FROM neuron WHERE registered_at_block > $1`)
        await q('neuron', `UPDATE neuron SET deregistered_at_block = NULL, deregistered_at = NULL WHERE deregistered_at_block > $1`)
        await q('weight_commit', `DELETE FROM weight_commit WHERE block_number > $1`)
        await q('weight_commit', `UPDATE weight_commit SET revealed_at_block = NULL WHERE revealed_at_block > $1`)
        await q('weight_commit', `UPDATE weight_commit SET dropped_at_block = NULL WHERE dropped_at_block > $1`)
        await q('domain_failure', `DELETE FROM domain_failure WHERE first_block > $1`)
        await q('domain_failure', `UPDATE domain_failure SET last_block = $1 WHERE last_block > $1`)
        for (const [table, rule] of Object.entries(REWIND_RULES)) {
            if (rule.kind === 'history') await q(table, `DELETE FROM "${table}" WHERE "${rule.column}" > $1`)
        }

        // hot_change_log rows go with their hot_block (ON DELETE CASCADE)
        await c.query(`DELETE FROM squid_processor.hot_block`)
        await c.query(`UPDATE squid_processor.status SET height = $1, hash = $2, nonce = nonce + 1 WHERE id = 0`, [to, target.hash])
        const head = await c.query(`SELECT to_regclass('squid_processor.indexer_head') IS NOT NULL AS present`)
        if (head.rows[0].present) {
            await c.query(`UPDATE squid_processor.indexer_head SET block_height = $1, spec_version = $2, updated_at = now()`, [
                to,
                target.spec_version,
            ])
        }
        await c.query('COMMIT')
        return { from, to, rows }
    } catch (e) {
        await c.query('ROLLBACK').catch(() => {})
        throw e
    } finally {
        await c.end().catch(() => {})
    }
}
