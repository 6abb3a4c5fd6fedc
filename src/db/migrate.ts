import * as path from 'path'
import { DataSource } from 'typeorm'
import { DbConfig, pgClient } from '../config'

export const MIGRATIONS_DIR = path.resolve(__dirname, '../../db/migrations')

/** Applies every pending migration in db/migrations, all in one transaction. */
export async function applyMigrations(db: DbConfig): Promise<string[]> {
    const ds = new DataSource({
        type: 'postgres',
        host: db.host,
        port: db.port,
        database: db.database,
        username: db.user,
        password: db.password,
        migrations: [path.join(MIGRATIONS_DIR, '*.js')],
        logging: false,
    })
    await ds.initialize()
    try {
        const applied = await ds.runMigrations({ transaction: 'all' })
        return applied.map((m) => m.name)
    } finally {
        await ds.destroy()
    }
}

/**
 * Lets a read-only role created by a migration (taoindex_analyst, taoindex_api) log in with
 * `password`. Roles are shared by every database of the server, so two processors starting at once
 * may race on the same role: Postgres then refuses one ALTER ROLE, which is retried.
 */
export async function enableRoleLogin(db: DbConfig, role: 'taoindex_analyst' | 'taoindex_api', password: string): Promise<void> {
    const client = pgClient(db)
    await client.connect()
    try {
        // ALTER ROLE takes no bind parameters: quote the literal
        const sql = `ALTER ROLE ${role} LOGIN PASSWORD '${password.replace(/'/g, "''")}'`
        for (let attempt = 1; ; attempt++) {
            try {
                await client.query(sql)
                return
            } catch (e: any) {
                if (attempt >= 5 || !/concurrently updated/.test(e?.message ?? '')) throw e
                await new Promise((r) => setTimeout(r, 100 * attempt))
            }
        }
    } finally {
        await client.end()
    }
}
