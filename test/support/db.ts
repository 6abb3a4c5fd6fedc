import { Client } from 'pg'
import { DbConfig } from '../../src/config'

/** The Postgres the tests use: DB_* if set, else the local server with trust auth. */
export function testServer(): Omit<DbConfig, 'database'> {
    return {
        host: process.env.DB_HOST || '127.0.0.1',
        port: Number(process.env.DB_PORT || 5432),
        user: process.env.DB_USER || 'postgres',
        password: process.env.DB_PASS ?? '',
    }
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const c = new Client({ ...testServer(), database: 'postgres' })
    await c.connect()
    try {
        return await fn(c)
    } finally {
        await c.end()
    }
}

/** A new, empty database for one test run. */
export async function createDatabase(prefix: string): Promise<DbConfig> {
    const database = `${prefix}_${process.pid}_${Date.now()}`
    await admin((c) => c.query(`CREATE DATABASE "${database}"`))
    return { ...testServer(), database }
}

export async function dropDatabase(database: string): Promise<void> {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`))
}

export function dbEnv(db: DbConfig): Record<string, string> {
    return { DB_HOST: db.host, DB_PORT: String(db.port), DB_NAME: db.database, DB_USER: db.user, DB_PASS: db.password }
}

/** the height the processor has committed in a database (-1 before its first batch) */
export async function indexedHeight(db: DbConfig): Promise<number> {
    const c = new Client(db)
    await c.connect()
    try {
        const r = await c.query(`SELECT height FROM squid_processor.status WHERE id = 0`).catch(() => ({ rows: [] as any[] }))
        return r.rows[0]?.height ?? -1
    } finally {
        await c.end()
    }
}

/** every row of every taoindex table, in id order */
export async function dump(db: DbConfig): Promise<Record<string, unknown[]>> {
    const c = new Client(db)
    await c.connect()
    try {
        const tables = (
            await c.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`)
        ).rows.map((r) => r.table_name as string)
        const out: Record<string, unknown[]> = {}
        for (const t of tables) out[t] = (await c.query(`SELECT * FROM "${t}" ORDER BY id`)).rows
        return out
    } finally {
        await c.end()
    }
}
