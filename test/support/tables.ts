import { Client } from 'pg'
import type { DbConfig } from '../../src/config'

/**
 * Every row of every taoindex table (schema public, without typeorm's migrations table and without
 * views, which are derived from the tables and have no id), in id
 * order: two syncs of the same chain must give equal dumps, whatever happened during them.
 */
export async function dumpTables(db: DbConfig): Promise<Record<string, unknown[]>> {
    const c = new Client(db)
    await c.connect()
    try {
        const tables = (
            await c.query(
                `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
            )
        ).rows.map((r) => r.table_name as string)
        const out: Record<string, unknown[]> = {}
        for (const t of tables) out[t] = (await c.query(`SELECT * FROM "${t}" ORDER BY id`)).rows
        return out
    } finally {
        await c.end()
    }
}
