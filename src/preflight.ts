import { DbConfig, FINNEY_RPC, pgClient } from './config'

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
            e?.code === 'ECONNREFUSED'
                ? 'connection refused (is Postgres running? check DB_HOST/DB_PORT)'
                : e?.code === '28P01' || e?.code === '28000'
                  ? `authentication failed (check ${credentials})`
                  : e?.code === '3D000'
                    ? 'database does not exist (check DB_NAME)'
                    : e?.code === 'ENOTFOUND'
                      ? 'host not found (check DB_HOST)'
                      : (e?.message ?? String(e))
        throw new PreflightError(`cannot connect to Postgres ${where}: ${reason}`)
    } finally {
        await client.end().catch(() => {})
    }
}

/** A failure that says nothing about the configuration: a busy or flaky node. */
class TransientRpcError extends Error {}

/** Causes that mean "wrong address", not "try again". */
const FATAL_CAUSES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ERR_INVALID_URL',
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
])

/** A JSON-RPC error answer (the node was reached and refused): never retried. */
class RpcAnswerError extends Error {
    constructor(
        readonly method: string,
        readonly rpcMessage: string,
    ) {
        super(`${method}: ${rpcMessage}`)
    }
}

/**
 * One JSON-RPC call over HTTP(S) (a ws:// endpoint is asked over http://, which Substrate nodes
 * serve on the same port). What a healthy but busy node also does now and then (HTTP
 * 429/502/503/504, a dropped connection, a body that is not JSON-RPC) is retried a few times first,
 * as the processor would; a wrong address fails at once.
 */
async function rpcCall(endpoint: string, method: string, params: unknown[], timeoutMs: number, retries: number): Promise<any> {
    const url = endpoint.replace(/^ws(s?):/, 'http$1:')
    const once = async () => {
        let res: Response
        try {
            res = await fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
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
        if (body?.error) throw new RpcAnswerError(method, String(body.error.message ?? JSON.stringify(body.error)))
        if (body == null || !('result' in body)) throw new TransientRpcError('the answer is not JSON-RPC')
        return body.result
    }
    for (let attempt = 0; ; attempt++) {
        try {
            return await once()
        } catch (e) {
            if (!(e instanceof TransientRpcError) || attempt >= retries) throw e
            await new Promise((r) => setTimeout(r, 250 * 2 ** attempt))
        }
    }
}

function unreachable(endpoint: string, timeoutMs: number, e: any): PreflightError {
    const cause = e?.name === 'TimeoutError' ? `no answer in ${timeoutMs / 1000} s` : (e?.cause?.code ?? e?.cause?.message ?? e?.message)
    return new PreflightError(`cannot reach the chain at RPC_ENDPOINT=${endpoint}: ${cause ?? e}`)
}

/**
 * Two JSON-RPC calls to the node before the processor starts: the processor itself retries forever,
 * which hides a wrong URL behind endless retry logs.
 */
export async function checkRpc(endpoint: string, timeoutMs = 15_000, retries = 5): Promise<{ chain: string; specVersion: number }> {
    try {
        const chain = await rpcCall(endpoint, 'system_chain', [], timeoutMs, retries)
        const version = await rpcCall(endpoint, 'state_getRuntimeVersion', [], timeoutMs, retries)
        return { chain, specVersion: version.specVersion }
    } catch (e: any) {
        throw unreachable(endpoint, timeoutMs, e)
    }
}

/** System.Number: twox128("System") ++ twox128("Number"); every Substrate chain has it. */
const SYSTEM_NUMBER_KEY = '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac'

/** How Substrate nodes refuse a read of state they have pruned (or never had). */
const STATE_GONE = /state already discarded|unknownblock|unknown block|state .*(pruned|not available)/i

/**
 * The processor reads storage at every block it indexes. A pruned node (the public entrypoint keeps
 * the last few hundred blocks) refuses those reads for older blocks, and the processor would retry
 * them forever; so one storage read at the first block to index decides before the sync starts.
 * `where` says why indexing starts there (named in the error). Returns false when the block does not
 * exist yet (the processor waits for it) or the node refused for another reason (left to the
 * processor's own retries).
 */
export async function checkState(endpoint: string, height: number, where: string, timeoutMs = 15_000, retries = 5): Promise<boolean> {
    try {
        const hash: string | null = await rpcCall(endpoint, 'chain_getBlockHash', [height], timeoutMs, retries)
        if (!hash) return false
        await rpcCall(endpoint, 'state_getStorage', [SYSTEM_NUMBER_KEY, hash], timeoutMs, retries)
        return true
    } catch (e: any) {
        if (e instanceof RpcAnswerError) {
            if (!STATE_GONE.test(e.rpcMessage)) return false
            const said = e.rpcMessage.length > 200 ? `${e.rpcMessage.slice(0, 200)}...` : e.rpcMessage
            throw new PreflightError(
                `the node at RPC_ENDPOINT=${endpoint} has no state for block ${height} (${where}): "${said}"; ` +
                    `it is a pruned node: set RPC_ENDPOINT to an archive node, e.g. ${FINNEY_RPC}`,
            )
        }
        throw unreachable(endpoint, timeoutMs, e)
    }
}

/**
 * The first block the processor will index: START_BLOCK in a new database, else the block after the
 * height SQD committed (squid_processor.status), whichever is higher, as SQD's runner decides.
 */
export async function firstBlockToIndex(db: DbConfig, startBlock: number): Promise<{ height: number; where: string }> {
    const client = pgClient(db, { connectionTimeoutMillis: 10_000 })
    try {
        await client.connect()
        const r = await client.query(`SELECT height FROM squid_processor.status WHERE id = 0`).catch((e: any) => {
            // a database the processor has not run on yet
            if (e?.code === '42P01' || e?.code === '3F000') return { rows: [] as { height: number }[] }
            throw e
        })
        const committed: number | undefined = r.rows[0]?.height
        if (committed != null && committed >= 0 && committed + 1 > startBlock) {
            return { height: committed + 1, where: `the block after ${committed}, the height already indexed in this database` }
        }
        return { height: startBlock, where: `START_BLOCK=${startBlock}` }
    } finally {
        await client.end().catch(() => {})
    }
}
