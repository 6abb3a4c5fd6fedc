/**
 * Integration tests share one expensive preparation per `npm test`:
 *   1. a fresh Postgres database;
 *   2. a Chopsticks devnet running the real runtimes 103 -> 143 -> 218, driven by the scenario;
 *   3. the processor (`src/main.ts`, as users run it) synced to the devnet head, then stopped;
 *   4. the GraphQL API (`src/api/main.ts`) on a free port.
 * Test files read the result through test/support/it-env.ts; global-teardown stops everything.
 */
import * as fs from 'fs'
import * as path from 'path'
import { createDatabase, dbEnv, dropDatabase, indexedHeight } from './db'
import { freePort, ROOT, Spawned, spawnTs } from './processes'
import { IT_ENV_FILE, ItEnv } from './it-env'

export const SCENARIO_FILES = [
    '../shared/subtensor/chainspecs/testfinney-spec103-2023-03-22.json',
    '../shared/subtensor/chainspecs/finney-spec143-code-substitute-2585476.wasm.hex',
    '../shared/subtensor/chainspecs/raonet-spec218-2025-02-13.json',
]

interface Running {
    children: Spawned[]
    database?: string
}

declare global {
    // shared between global-setup and global-teardown (same process)
    var __taoindexIt: Running | undefined
}

export default async function globalSetup() {
    try {
        await setup()
    } catch (e) {
        // jest skips global-teardown when setup fails: stop what was started, then fail
        const running = globalThis.__taoindexIt
        for (const child of running?.children.reverse() ?? []) await child.stop()
        if (running?.database) await dropDatabase(running.database)
        throw e
    }
}

async function setup() {
    process.env.TAOINDEX_IT_ENV = IT_ENV_FILE
    const missing = SCENARIO_FILES.filter((f) => !fs.existsSync(path.resolve(ROOT, f)))
    if (missing.length) {
        const reason = `chain data missing: ${missing.join(', ')}`
        if (process.env.CI === 'true') throw new Error(`integration tests cannot run under CI: ${reason}`)
        console.warn(`\n[integration] SKIPPED: ${reason}`)
        fs.writeFileSync(IT_ENV_FILE, JSON.stringify({ skip: reason }))
        return
    }

    const running: Running = { children: [] }
    globalThis.__taoindexIt = running
    const t0 = Date.now()
    const lap = (what: string) => console.log(`[integration] ${what} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)

    const db = await createDatabase('taoindex_it')
    running.database = db.database

    const devnet = spawnTs('tools/devnet/main.ts', ['--scenario', '--seed', '1', '--port', String(await freePort())], {})
    running.children.push(devnet)
    const ready = await devnet.waitFor(/DEVNET_READY (\{.*\})/, 600_000)
    const { endpoint, report: reportFile } = JSON.parse(ready[1])
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'))
    lap(`devnet scenario done: ${report.blocks} blocks`)

    // small batches (the default is 100): many batch boundaries, so state the database holds from an
    // earlier batch meets every kind of block, as on a long sync; other tests run the default
    const processor = spawnTs('src/main.ts', [], {
        ...dbEnv(db),
        RPC_ENDPOINT: endpoint,
        ANALYST_PASSWORD: 'it-analyst',
        BATCH_MAX_BLOCKS: '17',
    })
    running.children.push(processor)
    let height = -1
    const deadline = Date.now() + 300_000
    while (height < report.blocks) {
        if (processor.child.exitCode != null) throw new Error(`processor exited early:\n${processor.output().slice(-3000)}`)
        if (Date.now() > deadline) throw new Error(`processor did not reach block ${report.blocks}:\n${processor.output().slice(-3000)}`)
        await new Promise((r) => setTimeout(r, 250))
        height = await indexedHeight(db)
    }
    await processor.stop()
    lap(`processor synced to ${height}`)
    const unbalancedPoolLogs = processor
        .output()
        .split('\n')
        .filter((line) => line.includes('did not add up'))

    const gqlPort = await freePort()
    const api = spawnTs('src/api/main.ts', [], { ...dbEnv(db), GQL_PORT: String(gqlPort) })
    running.children.push(api)
    await api.waitFor(/listening on/, 60_000)
    lap('api started')

    const env: ItEnv = {
        rpcEndpoint: endpoint,
        apiUrl: `http://127.0.0.1:${gqlPort}/graphql`,
        db,
        report,
        indexedHeight: height,
        unbalancedPoolLogs,
    }
    fs.writeFileSync(IT_ENV_FILE, JSON.stringify(env))
}
