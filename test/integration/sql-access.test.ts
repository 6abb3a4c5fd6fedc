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
                await c.query(`
                    SELECT c.relname AS table, a.attname AS column, col_description(c.oid, a.attnum) AS text
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
                    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> 'migrations'
                    UNION ALL
                    SELECT c.relname, NULL, obj_description(c.oid, 'pg_class') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'migrations'`)
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
            await denied(`SELECT * FROM squid_processor.status`)
            await denied(`CREATE TABLE analyst_scratch (x int)`)
        } finally {
            await c.end()
        }
    })
})
