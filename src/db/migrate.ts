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

/** Lets the read-only taoindex_analyst role (created by a migration) log in with `password`. */
export async function enableAnalystLogin(db: DbConfig, password: string): Promise<void> {
    const client = pgClient(db)
    await client.connect()
    try {
        // ALTER ROLE takes no bind parameters: quote the literal
        await client.query(`ALTER ROLE taoindex_analyst LOGIN PASSWORD '${password.replace(/'/g, "''")}'`)
    } finally {
        await client.end()
    }
}
