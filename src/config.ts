/**
 * All runtime configuration comes from the environment (the SQD convention), is validated once at
 * start, and fails with a single readable line instead of a stack trace.
 */
import { Client } from 'pg'

export class ConfigError extends Error {}

/** An archive node: the processor reads storage at every block since genesis, which pruned nodes refuse. */
export const FINNEY_RPC = 'wss://archive.chain.opentensor.ai:443'

export interface ProcessorConfig {
    rpcEndpoint: string
    /** max RPC requests per second; undefined = unlimited */
    rpcRateLimit?: number
    /** RPC requests in flight at once (SQD's client capacity): the prefetch stage issues many together */
    rpcMaxInFlight?: number
    /** one RPC request's timeout (then it is retried) */
    rpcTimeoutMs: number
    /** how often the processor asks the node for a new head, ms */
    headPollMs?: number
    /** most blocks handed to the handler at once while catching up (src/sqd/batch-coalescing.ts) */
    maxBatchBlocks?: number
    /** SQD Network gateway for historical blocks and events (storage reads still go to the RPC) */
    sqdGateway?: string
    startBlock: number
    db: DbConfig
    /** when set, the read-only taoindex_analyst role can log in with this password */
    analystPassword?: string
    /** the password the read-only taoindex_api role logs in with (the API's role) */
    apiDbPassword: string
}

export interface DbConfig {
    host: string
    port: number
    database: string
    user: string
    password: string
}

export interface ApiConfig {
    port: number
    /** DB_HOST/DB_PORT/DB_NAME, logging in as the read-only API role (API_DB_USER/API_DB_PASSWORD) */
    db: DbConfig
    /** Postgres statement_timeout of every API query, ms */
    statementTimeoutMs: number
    /** poll the indexer's height every N ms instead of LISTEN (set by `npm start` for the embedded database) */
    livePollMs?: number
}

/** The API's read-only role, created by db/migrations/*-ApiRole.js; the processor lets it log in. */
export const API_DB_ROLE = 'taoindex_api'
/** Zero-setup default shared by the processor and the API; the role can only read, but set
 * API_DB_PASSWORD on both in a deployment reachable by others. */
export const DEFAULT_API_DB_PASSWORD = 'taoindex_api'

type Env = Record<string, string | undefined>

function intVar(env: Env, name: string, def: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const raw = env[name]
    if (raw == null || raw === '') return def
    if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got "${raw}"`)
    const n = Number(raw)
    if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`)
    return n
}

export function readDbConfig(env: Env = process.env): DbConfig {
    return {
        host: env.DB_HOST || 'localhost',
        port: intVar(env, 'DB_PORT', 5432, 1, 65535),
        database: env.DB_NAME || 'postgres',
        user: env.DB_USER || 'postgres',
        password: env.DB_PASS ?? 'postgres',
    }
}

export function readProcessorConfig(env: Env = process.env): ProcessorConfig {
    const rpcEndpoint = env.RPC_ENDPOINT || FINNEY_RPC
    let url: URL
    try {
        url = new URL(rpcEndpoint)
    } catch {
        throw new ConfigError(`RPC_ENDPOINT is not a URL: "${rpcEndpoint}" (expected ws://, wss://, http:// or https://)`)
    }
    if (!['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol)) {
        throw new ConfigError(`RPC_ENDPOINT must use ws://, wss://, http:// or https://, got "${rpcEndpoint}"`)
    }
    const rate = env.RPC_RATE_LIMIT ? intVar(env, 'RPC_RATE_LIMIT', 0, 1) : undefined
    const sqdGateway = env.SQD_GATEWAY || undefined
    if (sqdGateway && !/^https?:\/\/[^\s]+$/.test(sqdGateway)) {
        throw new ConfigError(
            `SQD_GATEWAY must be an http(s) URL, e.g. https://v2.archive.subsquid.io/network/bittensor, got "${sqdGateway}"`,
        )
    }
    return {
        rpcEndpoint,
        rpcRateLimit: rate,
        rpcTimeoutMs: intVar(env, 'RPC_TIMEOUT_MS', 30_000, 100),
        rpcMaxInFlight: intVar(env, 'RPC_MAX_IN_FLIGHT', 10, 1, 1000),
        headPollMs: intVar(env, 'RPC_HEAD_POLL_MS', 1_000, 100, 60_000),
        maxBatchBlocks: intVar(env, 'BATCH_MAX_BLOCKS', 100, 1, 10_000),
        sqdGateway,
        startBlock: intVar(env, 'START_BLOCK', 0, 0),
        db: readDbConfig(env),
        analystPassword: env.ANALYST_PASSWORD || undefined,
        apiDbPassword: env.API_DB_PASSWORD || DEFAULT_API_DB_PASSWORD,
    }
}

export function readApiConfig(env: Env = process.env): ApiConfig {
    return {
        port: intVar(env, 'GQL_PORT', 4350, 0, 65535),
        db: { ...readDbConfig(env), user: env.API_DB_USER || API_DB_ROLE, password: env.API_DB_PASSWORD || DEFAULT_API_DB_PASSWORD },
        statementTimeoutMs: intVar(env, 'API_STATEMENT_TIMEOUT_MS', 10_000, 1),
        livePollMs: intVar(env, 'TAOINDEX_LIVE_POLL_MS', 0, 0, 60_000) || undefined,
    }
}

export interface StartConfig {
    /** `finney` (RPC_ENDPOINT or the public finney RPC) or `local` (a devnet started from `genesis`) */
    network: 'finney' | 'local'
    genesis?: string
    /** seconds between the devnet's blocks (`local` only) */
    devnetBlockSeconds: number
    /** no DB_HOST: PGlite in dataDir, served on embeddedDbPort (0 = any free port) */
    embedded: boolean
    dataDir: string
    embeddedDbPort: number
}

/** `npm start [-- --network finney|local] [--genesis <raw chain spec>]` */
export function readStartConfig(argv: string[], env: Env = process.env): StartConfig {
    let network = 'finney'
    let genesis: string | undefined
    for (let i = 0; i < argv.length; i++) {
        const [name, inline] =
            argv[i].startsWith('--') && argv[i].includes('=')
                ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)]
                : [argv[i], undefined]
        const value = () => {
            const v = inline ?? argv[++i]
            if (v == null || v.startsWith('--')) throw new ConfigError(`${name} needs a value`)
            return v
        }
        if (name === '--network') network = value()
        else if (name === '--genesis') genesis = value()
        else
            throw new ConfigError(
                `unknown argument "${argv[i]}" (usage: npm start -- [--network finney|local] [--genesis <raw chain spec>])`,
            )
    }
    if (network !== 'finney' && network !== 'local') throw new ConfigError(`--network must be finney or local, got "${network}"`)
    if (network === 'local') {
        if (!genesis)
            throw new ConfigError(
                '--network local needs --genesis <raw chain spec>, e.g. ../shared/subtensor/chainspecs/raonet-spec218-2025-02-13.json',
            )
        if (env.RPC_ENDPOINT) throw new ConfigError('--network local starts its own chain: unset RPC_ENDPOINT')
    } else if (genesis) {
        throw new ConfigError('--genesis is only used with --network local')
    }
    return {
        network,
        genesis,
        devnetBlockSeconds: intVar(env, 'DEVNET_BLOCK_SECONDS', 12, 1, 3600),
        embedded: !env.DB_HOST,
        dataDir: env.DATA_DIR || 'data',
        embeddedDbPort: intVar(env, 'EMBEDDED_DB_PORT', 0, 0, 65535),
    }
}

/** A new (unconnected) Postgres client for a DbConfig. */
export function pgClient(db: DbConfig, extra: { connectionTimeoutMillis?: number; application_name?: string } = {}): Client {
    return new Client({ host: db.host, port: db.port, database: db.database, user: db.user, password: db.password, ...extra })
}

/** typeorm-store reads its connection from DB_* variables: point them at `db` (the validated settings). */
export function exportDbEnv(db: DbConfig) {
    Object.assign(process.env, { DB_HOST: db.host, DB_PORT: String(db.port), DB_NAME: db.database, DB_USER: db.user, DB_PASS: db.password })
}
