import { readApiConfig, DbConfig, pgClient } from '../config'
import { runMain } from '../util/cli'
import { checkDatabase } from '../preflight'
import { startApiServer } from './server'

/** How long the API waits for its role to be able to log in (the processor enables it at start). */
const ROLE_WAIT_MS = 120_000

/**
 * The read-only role is created by the processor's migrations and enabled at its start: with
 * `npm start` both start together on a fresh database, so a refused login is waited for a while.
 */
async function waitForApiRole(db: DbConfig): Promise<void> {
    const deadline = Date.now() + ROLE_WAIT_MS
    let told = false
    for (;;) {
        const client = pgClient(db, { connectionTimeoutMillis: 10_000 })
        try {
            await client.connect()
            return
        } catch (e: any) {
            const refused = e?.code === '28000' || e?.code === '28P01'
            if (!refused || Date.now() > deadline) return // checkDatabase reports it in one line
            if (!told)
                console.log(
                    `taoindex api: role ${db.user} cannot log in yet; waiting for the processor to enable it (API_DB_PASSWORD must be the same for both)`,
                )
            told = true
            await new Promise((r) => setTimeout(r, 1000))
        } finally {
            await client.end().catch(() => {})
        }
    }
}

async function main() {
    const config = readApiConfig()
    await waitForApiRole(config.db)
    await checkDatabase(config.db, 'API_DB_USER/API_DB_PASSWORD; the processor enables the API role at its start')
    const server = await startApiServer({
        port: config.port,
        db: config.db,
        statementTimeoutMs: config.statementTimeoutMs,
        livePollMs: config.livePollMs,
    })
    console.log(`taoindex API listening on http://localhost:${server.port}/graphql (GraphiQL in a browser)`)
    const stop = () => server.close().then(() => process.exit(0))
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
}

runMain(main)
