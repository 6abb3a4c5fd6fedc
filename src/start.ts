/**
 * `npm start [-- --network finney|local] [--genesis <raw chain spec>]`: the indexer and the GraphQL
 * API together, as two child processes (the same split as docker-compose.yml), sharing this
 * terminal. Either one failing stops both.
 *
 * With no DB_HOST this process also owns an embedded Postgres (PGlite in DATA_DIR, default ./data,
 * see src/embedded/postgres.ts) that both children connect to; with `--network local` it also
 * starts a devnet from the given chain spec and builds a block every DEVNET_BLOCK_SECONDS, so
 * everything runs offline. The devnet is a development tool (tools/devnet, run through ts-node from
 * a checkout of the repository), not part of the compiled product or the container image.
 */
import { ChildProcess, spawn } from 'child_process'
import * as path from 'path'
import { ConfigError, readStartConfig, StartConfig } from './config'
import { runMain } from './util/cli'
import { startEmbeddedPostgres, EmbeddedPostgres } from './embedded/postgres'
import * as fs from 'fs'
import { PROCESSOR_NODE_FLAGS } from './node-flags'

/** the repository (src/ under ts-node, lib/ when compiled: both one level down) */
const ROOT = path.resolve(__dirname, '..')
const DEVNET_ENTRY = path.join(ROOT, 'tools', 'devnet', 'main.ts')
const children: ChildProcess[] = []
const cleanups: (() => Promise<void>)[] = []
let stopping = false

function spawnChild(name: string, nodeArgs: string[], env: NodeJS.ProcessEnv, stdout: 'inherit' | 'pipe' = 'inherit'): ChildProcess {
    const child = spawn(process.execPath, nodeArgs, { stdio: ['ignore', stdout, 'inherit', 'ipc'], env })
    child.on('exit', (code, signal) => {
        if (stopping) return
        console.error(`taoindex: ${name} exited (${signal ?? code}); stopping`)
        void stop(typeof code === 'number' && code !== 0 ? code : 1)
    })
    children.push(child)
    return child
}

async function stop(code: number) {
    if (stopping) return
    stopping = true
    for (const c of children) if (c.exitCode == null && c.signalCode == null) c.kill('SIGTERM')
    await Promise.all(children.map((c) => (c.exitCode != null || c.signalCode != null ? null : new Promise((r) => c.once('exit', r)))))
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error(`taoindex: ${e?.message ?? e}`))
    process.exit(code)
}

/** Starts the devnet child and resolves with its endpoint once it printed DEVNET_READY. */
function startDevnet(genesis: string): Promise<string> {
    const args = ['-r', 'ts-node/register/transpile-only', DEVNET_ENTRY, '--genesis', genesis, '--port', '0']
    const child = spawnChild('the devnet', args, process.env, 'pipe')
    return new Promise((resolve, reject) => {
        let out = ''
        child.stdout!.on('data', (d: Buffer) => {
            out += d.toString()
            const m = /DEVNET_READY (\{.*\})/.exec(out)
            if (m) resolve(JSON.parse(m[1]).endpoint)
        })
        child.once('exit', () => reject(new Error('the devnet exited before it was ready')))
    })
}

/** Builds one devnet block every `seconds`, as a real chain would produce them. */
function produceBlocks(endpoint: string, seconds: number) {
    const url = endpoint.replace(/^ws/, 'http')
    let timer: NodeJS.Timeout
    const tick = async () => {
        await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'dev_newBlock', params: [{ count: 1 }] }),
        }).catch((e) => stopping || console.error(`taoindex: devnet block production failed: ${e?.message ?? e}`))
        if (!stopping) timer = setTimeout(tick, seconds * 1000)
    }
    timer = setTimeout(tick, seconds * 1000)
    cleanups.push(async () => clearTimeout(timer))
}

async function main() {
    const config: StartConfig = readStartConfig(process.argv.slice(2))
    const env: NodeJS.ProcessEnv = { ...process.env }
    process.once('SIGINT', () => void stop(0))
    process.once('SIGTERM', () => void stop(0))

    if (config.network === 'local') {
        if (!fs.existsSync(DEVNET_ENTRY)) {
            throw new ConfigError(
                `--network local needs the devnet of a repository checkout (${path.relative(process.cwd(), DEVNET_ENTRY)}); it is not part of the container image`,
            )
        }
        const endpoint = await startDevnet(config.genesis!)
        console.log(`taoindex: local devnet from ${config.genesis} at ${endpoint}, a block every ${config.devnetBlockSeconds} s`)
        produceBlocks(endpoint, config.devnetBlockSeconds)
        // the processor polls for new heads on either transport (src/processor.ts); HTTP needs no
        // long-lived connection to the devnet
        env.RPC_ENDPOINT = endpoint.replace(/^ws/, 'http')
    }

    if (config.embedded) {
        // A devnet is new at every start (its blocks have new hashes): its index starts empty too.
        const dir = path.join(config.dataDir, config.network === 'local' ? 'devnet-postgres' : 'postgres')
        const pg: EmbeddedPostgres = await startEmbeddedPostgres({ dir, port: config.embeddedDbPort, fresh: config.network === 'local' })
        cleanups.push(() => pg.close())
        console.log(
            `taoindex: no DB_HOST set: embedded Postgres (PGlite) with its data in ${path.relative(process.cwd(), pg.dir) || pg.dir}, serving postgres://postgres@${pg.host}:${pg.port}/postgres`,
        )
        Object.assign(env, {
            DB_HOST: pg.host,
            DB_PORT: String(pg.port),
            DB_NAME: 'postgres',
            DB_USER: 'postgres',
            DB_PASS: 'postgres',
            TAOINDEX_LIVE_POLL_MS: env.TAOINDEX_LIVE_POLL_MS || '1000',
        })
    }

    // the processor and the API as this process runs: compiled (lib/) or under ts-node (src/)
    const ext = path.extname(__filename)
    spawnChild('the processor', [...process.execArgv, ...PROCESSOR_NODE_FLAGS, path.join(__dirname, `main${ext}`)], env)
    spawnChild('the API', [...process.execArgv, path.join(__dirname, 'api', `main${ext}`)], env)
}

runMain(async () => {
    try {
        await main()
    } catch (e) {
        // stop whatever was started before the failure, then report it the usual way
        stopping = true
        for (const c of children) if (c.exitCode == null) c.kill('SIGTERM')
        for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
        throw e
    }
})
