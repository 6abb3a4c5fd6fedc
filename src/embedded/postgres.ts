/**
 * Embedded Postgres for `npm start` without DB_HOST: PGlite (Postgres compiled to WebAssembly) keeps
 * its files in a directory and @electric-sql/pglite-socket serves it over the Postgres wire protocol
 * on 127.0.0.1, so the processor and the API connect to it exactly as to a real server.
 *
 * What differs from a real server (measured with pglite-socket 0.2.17 / PGlite 0.5.14):
 * - PGlite is one single Postgres session. pglite-socket multiplexes several client connections onto
 *   it, one protocol message at a time; while a connection is inside a transaction only that
 *   connection's messages run, the others wait. So there is no concurrency, and session settings
 *   (SET ..., startup options such as default_transaction_read_only) are not per connection: the
 *   API's read-only session option is ignored here.
 * - LISTEN/NOTIFY does not cross connections: a NOTIFY is delivered to the connection that sent it.
 *   The API therefore polls the indexer's height in this mode (TAOINDEX_LIVE=poll).
 * - One process owns the directory: a lock file beside it refuses a second server.
 */
import * as fs from 'fs'
import * as path from 'path'
import { ConfigError } from '../config'

export interface EmbeddedPostgres {
    host: string
    port: number
    dir: string
    close(): Promise<void>
}

function pidAlive(pid: number): boolean {
    try {
        process.kill(pid, 0)
        return true
    } catch (e: any) {
        return e?.code === 'EPERM'
    }
}

/** Takes `<dir>.lock` for this process; a lock left by a dead process is taken over. */
function lockDir(dir: string): () => void {
    const lock = `${dir}.lock`
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            fs.writeFileSync(lock, String(process.pid), { flag: 'wx' })
            return () => fs.rmSync(lock, { force: true })
        } catch (e: any) {
            if (e?.code !== 'EEXIST') throw new ConfigError(`cannot create ${lock}: ${e?.code ?? e}`)
            const owner = Number(fs.readFileSync(lock, 'utf8').trim())
            if (Number.isInteger(owner) && owner > 0 && pidAlive(owner)) {
                throw new ConfigError(
                    `the embedded database ${dir} is in use by process ${owner} (one taoindex per data directory; stop it or set DATA_DIR)`,
                )
            }
            fs.rmSync(lock, { force: true }) // stale: its process is gone
        }
    }
    throw new ConfigError(`cannot take the lock ${lock}`)
}

export async function startEmbeddedPostgres(opts: { dir: string; port?: number; fresh?: boolean }): Promise<EmbeddedPostgres> {
    const dir = path.resolve(opts.dir)
    fs.mkdirSync(path.dirname(dir), { recursive: true })
    const unlock = lockDir(dir)
    try {
        if (opts.fresh) fs.rmSync(dir, { recursive: true, force: true })
        const { PGlite } = await import('@electric-sql/pglite')
        const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket')
        const db = await PGlite.create(dir)
        // processor (typeorm pool + checks) and API (pool of 10 + status) need ~15; leave room
        const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: opts.port ?? 0, maxConnections: 64 })
        try {
            await server.start()
        } catch (e: any) {
            await db.close()
            throw e?.code === 'EADDRINUSE' ? new ConfigError(`EMBEDDED_DB_PORT ${opts.port} is already in use`) : e
        }
        const port = Number(server.getServerConn().split(':').pop())
        let closed = false
        return {
            host: '127.0.0.1',
            port,
            dir,
            async close() {
                if (closed) return
                closed = true
                try {
                    await server.stop()
                    await db.close()
                } finally {
                    unlock()
                }
            },
        }
    } catch (e) {
        unlock()
        throw e
    }
}
