import { DbConfig, pgClient } from './config'

/** A startup check that failed; its message is the one line the user sees. */
export class PreflightError extends Error {}

/** `credentials`: the variables that set user and password, named in the error */
export async function checkDatabase(db: DbConfig, credentials = 'DB_USER/DB_PASS'): Promise<void> {
    const client = pgClient(db, { connectionTimeoutMillis: 10_000 })
    try {
        await client.connect()
        await client.query('SELECT 1')
    } catch (e: any) {
        const where = `${db.user}@${db.host}:${db.port}/${db.database}`
        const reason =
            e?.code === 'ECONNREFUSED' ? 'connection refused (is Postgres running? check DB_HOST/DB_PORT)'
            : e?.code === '28P01' || e?.code === '28000' ? `authentication failed (check ${credentials})`
            : e?.code === '3D000' ? 'database does not exist (check DB_NAME)'
            : e?.code === 'ENOTFOUND' ? 'host not found (check DB_HOST)'
            : e?.message ?? String(e)
        throw new PreflightError(`cannot connect to Postgres ${where}: ${reason}`)
    } finally {
        await client.end().catch(() => {})
    }
}

/**
 * One JSON-RPC call to the node before the processor starts: the processor itself retries forever,
 * which hides a wrong URL behind endless retry logs.
 */
export async function checkRpc(endpoint: string, timeoutMs = 15_000): Promise<{ chain: string; specVersion: number }> {
    const url = endpoint.replace(/^ws(s?):/, 'http$1:')
    const call = async (method: string) => {
        const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: [] }),
            signal: AbortSignal.timeout(timeoutMs),
        })
        if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`)
        const body: any = await res.json()
        if (body.error) throw new Error(`${method}: ${body.error.message ?? JSON.stringify(body.error)}`)
        return body.result
    }
    try {
        const chain = await call('system_chain')
        const version = await call('state_getRuntimeVersion')
        return { chain, specVersion: version.specVersion }
    } catch (e: any) {
        const cause = e?.name === 'TimeoutError' ? `no answer in ${timeoutMs / 1000} s` : (e?.cause?.code ?? e?.cause?.message ?? e?.message)
        throw new PreflightError(`cannot reach the chain at RPC_ENDPOINT=${endpoint}: ${cause ?? e}`)
    }
}
