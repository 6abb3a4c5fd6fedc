import { Client } from 'pg'
import { describeIntegration } from '../support/it-env'
import { schemaComments } from '../../src/db/comments'

describeIntegration('SQL for analysts: documented schema and a read-only role', (env) => {
    it('every table and column carries its schema.graphql description as a COMMENT', async () => {
        const c = new Client(env().db)
        await c.connect()
        try {
            const expected = schemaComments()
            expect(expected.length).toBeGreaterThan(100)
            const rows = (
                await c.query(
                    `
                    SELECT c.relname AS table, a.attname AS column, col_description(c.oid, a.attnum) AS text
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
                    WHERE n.nspname = 'public' AND (c.relkind = 'r' OR c.relname = ANY($1)) AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> 'migrations'
                    UNION ALL
                    SELECT c.relname, NULL, obj_description(c.oid, 'pg_class') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND (c.relkind = 'r' OR c.relname = ANY($1)) AND c.relname <> 'migrations'`,
                    // entities served from a view (stake_position) carry their comments too
                    [[...new Set(expected.map((e) => e[0]))]],
                )
            ).rows.map((r) => [r.table, r.column, r.text])
            const sort = (x: any[]) => [...x].sort((a, b) => (`${a[0]}.${a[1]}` < `${b[0]}.${b[1]}` ? -1 : 1))
            expect(sort(rows)).toEqual(sort(expected))
        } finally {
            await c.end()
        }
    })

    it('taoindex_analyst reads every table but cannot write, nor read the processor internals', async () => {
        const c = new Client({ ...env().db, user: 'taoindex_analyst' })
        await c.connect()
        try {
            const n = (await c.query('SELECT count(*)::int AS n FROM stake_event')).rows[0].n
            expect(n).toBeGreaterThan(0)
            const denied = async (sql: string) => {
                await expect(c.query(sql)).rejects.toThrow(/permission denied/)
            }
            await denied(`INSERT INTO subnet (id, netuid, registered_at_block) VALUES ('x', 999, 0)`)
            await denied(`UPDATE stake_event SET netuid = 0`)
            await denied(`DELETE FROM neuron`)
            await denied(`UPDATE latest_weights SET uid = 0`) // a simple view Postgres could write through
            await denied(`SELECT * FROM squid_processor.status`)
            await denied(`CREATE TABLE analyst_scratch (x int)`)
        } finally {
            await c.end()
        }
    })
    it('every view and function carries a comment, and taoindex_analyst can read every view', async () => {
        const c = new Client({ ...env().db, user: 'taoindex_analyst' })
        await c.connect()
        try {
            const views = (
                await c.query(`SELECT c.relname AS name, obj_description(c.oid, 'pg_class') AS text FROM pg_class c
                               JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'v' ORDER BY 1`)
            ).rows
            const functions = (
                await c.query(`SELECT p.proname AS name, obj_description(p.oid, 'pg_proc') AS text FROM pg_proc p
                               JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1`)
            ).rows
            expect(views.map((v) => v.name)).toEqual(
                expect.arrayContaining([
                    'stake_position_history',
                    'latest_weights',
                    'neuron_lifecycle',
                    'registration_daily',
                    'subnet_emission_daily',
                    'hotkey_emission_daily',
                    'subnet_price_daily',
                ]),
            )
            expect(functions.map((f) => f.name)).toEqual(
                expect.arrayContaining(['alpha_price', 'subnet_price_candles', 'subnet_emission_totals', 'hotkey_emission_totals']),
            )
            for (const o of [...views, ...functions])
                expect({ name: o.name, commented: (o.text ?? '').length > 20 }).toEqual({ name: o.name, commented: true })
            for (const v of views) await c.query(`SELECT * FROM ${v.name} LIMIT 1`)
        } finally {
            await c.end()
        }
    })
})
