/**
 * Offline Subtensor devnet: a real Subtensor runtime executed by Chopsticks from a raw chain spec.
 *
 * Blocks are only built on demand (`newBlocks`), blocks are kept in a sqlite file so that more
 * than 500 blocks stay reachable over RPC, and the 2023 runtimes need `allow-unresolved-imports`.
 * See ../shared/notes/devnet-chopsticks.md for the facts this relies on.
 */
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'

export interface DevnetOptions {
    /** Path to a raw chain spec (JSON with genesis.raw.top, runtime wasm under :code). */
    genesis: string
    /** TCP port; 0 or undefined = a free port. */
    port?: number
    /** Listen address, default 127.0.0.1. */
    host?: string
    /** sqlite file for blocks and storage; default a temporary file removed by close(). */
    dbPath?: string
}

export interface Devnet {
    /** ws://host:port (the same port also answers JSON-RPC over HTTP POST). */
    endpoint: string
    port: number
    /** Build n blocks, each including whatever is in the transaction pool at that time. */
    newBlocks(n: number): Promise<void>
    /** Stop the server, close the database (and delete it if it was a temporary one). */
    close(): Promise<void>
}

/** Storage key of the runtime code (`:code`). */
export const CODE_KEY = '0x3a636f6465'

export class DevnetInputError extends Error {
    constructor(message: string) {
        super(message)
        this.name = 'DevnetInputError'
    }
}

export interface RawChainSpec {
    name: string
    id: string
    properties?: Record<string, unknown>
    genesis: { raw: { top: Record<string, string> } }
    [k: string]: unknown
}

/** Read and check a raw chain spec; throws DevnetInputError with a one-line message. */
export function readRawChainSpec(file: string): RawChainSpec {
    let text: string
    try {
        text = fs.readFileSync(file, 'utf8')
    } catch (e: any) {
        const why = e?.code === 'ENOENT' ? 'file not found' : e?.code === 'EISDIR' ? 'is a directory' : e?.code || String(e)
        throw new DevnetInputError(`genesis chain spec ${file}: cannot read (${why})`)
    }
    let spec: any
    try {
        spec = JSON.parse(text)
    } catch (e: any) {
        throw new DevnetInputError(`genesis chain spec ${file}: not valid JSON (${String(e?.message ?? e).split('\n')[0]})`)
    }
    const top = spec?.genesis?.raw?.top
    if (top == null || typeof top !== 'object') {
        throw new DevnetInputError(`genesis chain spec ${file}: not a raw chain spec (no genesis.raw.top)`)
    }
    if (typeof top[CODE_KEY] !== 'string' || !top[CODE_KEY].startsWith('0x')) {
        throw new DevnetInputError(`genesis chain spec ${file}: no runtime wasm under genesis.raw.top['${CODE_KEY}']`)
    }
    if (typeof spec.name !== 'string') spec.name = path.basename(file)
    if (typeof spec.id !== 'string') spec.id = 'dev'
    if (spec.properties == null || typeof spec.properties !== 'object') spec.properties = {}
    return spec as RawChainSpec
}

export function checkPort(port: unknown): number {
    const n = typeof port === 'string' && /^\d+$/.test(port) ? Number(port) : port
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 65535) {
        throw new DevnetInputError(`invalid port ${JSON.stringify(port)}: expected an integer 0..65535 (0 = any free port)`)
    }
    return n
}

let chopsticksModule: typeof import('@acala-network/chopsticks') | undefined

function loadChopsticks(): typeof import('@acala-network/chopsticks') {
    if (chopsticksModule == null) {
        // Chopsticks logs through pino-pretty to stdout at level "info" unless LOG_LEVEL is set;
        // the level is read once, when the module is first loaded.
        if (!process.env.LOG_LEVEL) process.env.LOG_LEVEL = 'error'
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded late: LOG_LEVEL must be set first
        chopsticksModule = require('@acala-network/chopsticks') as typeof import('@acala-network/chopsticks')
    }
    return chopsticksModule
}

/** Temporary db directories of devnets not closed yet: removed at process exit at the latest. */
const liveTmpDirs = new Set<string>()
let exitHookInstalled = false

function trackTmpDir(dir: string): void {
    liveTmpDirs.add(dir)
    if (!exitHookInstalled) {
        exitHookInstalled = true
        process.once('exit', () => {
            for (const d of liveTmpDirs) fs.rmSync(d, { recursive: true, force: true })
        })
    }
}

function removeTmpDir(dir: string): void {
    liveTmpDirs.delete(dir)
    fs.rmSync(dir, { recursive: true, force: true })
}

export async function startDevnet(opts: DevnetOptions): Promise<Devnet> {
    if (!opts || typeof opts.genesis !== 'string' || opts.genesis === '') {
        throw new DevnetInputError('startDevnet: a genesis chain spec path is required')
    }
    const spec = readRawChainSpec(opts.genesis)
    const port = checkPort(opts.port ?? 0)
    const host = opts.host ?? '127.0.0.1'

    let dbPath = opts.dbPath
    let tmpDir: string | undefined
    if (dbPath == null) {
        tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'taoindex-devnet-'))
        trackTmpDir(tmpDir)
        dbPath = path.join(tmpDir, 'chain.sqlite')
    }

    const { setupWithServer, BuildBlockMode } = loadChopsticks()
    let ctx: Awaited<ReturnType<typeof setupWithServer>>
    try {
        ctx = await setupWithServer({
            genesis: spec as any,
            port,
            host,
            'build-block-mode': BuildBlockMode.Manual,
            'allow-unresolved-imports': true,
            db: dbPath,
        } as any)
    } catch (e: any) {
        if (tmpDir) removeTmpDir(tmpDir)
        throw new Error(`devnet: chopsticks failed to start from ${opts.genesis}: ${String(e?.message ?? e).split('\n')[0]}`, { cause: e })
    }

    // Chopsticks builds block 1 during setup; from a raw genesis (no Timestamp.Now yet) it reads
    // Date.now() twice (timestamp inherent, Aura slot) and the build fails with "Timestamp slot
    // must match CurrentSlot" when a 12 s slot boundary falls in between, leaving the head at the
    // fake genesis block 0. Build it again in that case.
    for (let attempt = 0; ctx.chain.head.number === 0 && attempt < 3; attempt++) {
        await ctx.chain.newBlock().catch(() => undefined)
    }

    const actualPort = Number(String(ctx.addr).split(':').pop())
    let closed = false
    const close = async () => {
        if (closed) return
        closed = true
        try {
            await ctx.close()
        } finally {
            if (tmpDir) removeTmpDir(tmpDir)
        }
    }
    // Chopsticks silently moves to port+1..port+9 when the port is taken: refuse that.
    if (port !== 0 && actualPort !== port) {
        await close()
        throw new DevnetInputError(`port ${port} on ${host} is already in use`)
    }
    if (ctx.chain.head.number === 0) {
        await close()
        throw new Error(`devnet: chopsticks could not build the first block from ${opts.genesis}`)
    }

    let queue: Promise<unknown> = Promise.resolve()
    const newBlocks = (n: number): Promise<void> => {
        if (!Number.isInteger(n) || n < 0) return Promise.reject(new Error(`newBlocks: bad block count ${n}`))
        const run = queue.then(async () => {
            if (closed) throw new Error('devnet is closed')
            for (let i = 0; i < n; i++) {
                const before = ctx.chain.head.number
                await ctx.chain.newBlock()
                // Chopsticks logs a runtime panic during block building and keeps the old head.
                if (ctx.chain.head.number !== before + 1) {
                    throw new Error(`devnet: block ${before + 1} was not built (runtime error while building it; see the runtime log)`)
                }
            }
        })
        queue = run.catch(() => undefined)
        return run
    }

    return {
        endpoint: `ws://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
        port: actualPort,
        newBlocks,
        close,
    }
}
