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

/** A failure that says nothing about the configuration: a busy or flaky node. */
class TransientRpcError extends Error {}

/** Causes that mean "wrong address", not "try again". */
const FATAL_CAUSES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT'])

/**
 * Two JSON-RPC calls to the node before the processor starts: the processor itself retries forever,
 * which hides a wrong URL behind endless retry logs. A wrong address fails at once; what a healthy
 * but busy node also does now and then (HTTP 429/502/503/504, a dropped connection, a body that is
 * not JSON-RPC) is retried a few times first, as the processor would.
 */
export async function checkRpc(endpoint: string, timeoutMs = 15_000, retries = 5): Promise<{ chain: string; specVersion: number }> {
    const url = endpoint.replace(/^ws(s?):/, 'http$1:')
    const once = async (method: string) => {
        let res: Response
        try {
            res = await fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: [] }),
                signal: AbortSignal.timeout(timeoutMs),
            })
        } catch (e: any) {
            const code = e?.cause?.code
            if (e?.name !== 'TimeoutError' && code && !FATAL_CAUSES.has(code)) throw new TransientRpcError(code)
            throw e
        }
        if ([429, 502, 503, 504].includes(res.status)) throw new TransientRpcError(`HTTP ${res.status} ${res.statusText}`)
        if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`)
        let body: any
        try {
            body = JSON.parse(await res.text())
        } catch {
            throw new TransientRpcError('the answer is not JSON')
        }
        if (body?.error) throw new Error(`${method}: ${body.error.message ?? JSON.stringify(body.error)}`)
        if (body == null || !('result' in body)) throw new TransientRpcError('the answer is not JSON-RPC')
        return body.result
    }
    const call = async (method: string) => {
        for (let attempt = 0; ; attempt++) {
            try {
                return await once(method)
            } catch (e) {
                if (!(e instanceof TransientRpcError) || attempt >= retries) throw e
                await new Promise((r) => setTimeout(r, 250 * 2 ** attempt))
            }
        }
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
