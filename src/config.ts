/**
 * All runtime configuration comes from the environment (the SQD convention), is validated once at
 * start, and fails with a single readable line instead of a stack trace.
 */
import { Client } from 'pg'

export class ConfigError extends Error {}

export const FINNEY_RPC = 'wss://entrypoint-finney.opentensor.ai:443'

export interface ProcessorConfig {
    rpcEndpoint: string
    /** max RPC requests per second; undefined = unlimited */
    rpcRateLimit?: number
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
    return {
        rpcEndpoint,
        rpcRateLimit: rate,
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
    }
}

/** A new (unconnected) Postgres client for a DbConfig. */
export function pgClient(db: DbConfig, extra: { connectionTimeoutMillis?: number; application_name?: string } = {}): Client {
    return new Client({ host: db.host, port: db.port, database: db.database, user: db.user, password: db.password, ...extra })
}
