import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { Client } from 'pg'
import { describeIntegration } from '../support/it-env'
import { freePort, ROOT, Spawned, spawnCommand } from '../support/processes'
import { dumpTables } from '../support/tables'
import { gql } from '../support/graphql'
import { connect } from '../support/chain-oracle'
import WebSocket from 'ws'
import { createClient } from 'graphql-ws'
import type { DbConfig } from '../../src/config'

const LOCAL_SPEC = '../shared/subtensor/chainspecs/raonet-spec218-2025-02-13.json'

/** `npm start` as a user types it, with no Postgres configured (DB_HOST empty). */
function npmStart(args: string[], env: Record<string, string>): Spawned {
    return spawnCommand('npm', ['start', '--', ...args], { DB_HOST: '', ...env }, 'npm start', true)
}

async function waitForHeight(apiUrl: string, height: number, p: Spawned, timeoutMs: number): Promise<{ height: number; hash: string }> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
        const r = await gql(apiUrl, '{ indexerStatus { height hash } }').catch(() => null)
        const s = r?.data?.indexerStatus
        if (s && s.height >= height) return s
        if (p.child.exitCode != null) throw new Error(`npm start exited:\n${p.output().slice(-3000)}`)
        if (Date.now() > deadline) throw new Error(`indexer did not reach ${height} (at ${s?.height}):\n${p.output().slice(-3000)}`)
        await new Promise((r) => setTimeout(r, 500))
    }
}

describeIntegration('npm start with nothing installed: embedded Postgres', (env) => {
    const dirs: string[] = []
    const started: Spawned[] = []
    const tmpDir = () => {
        const d = fs.mkdtempSync(path.join(os.tmpdir(), 'taoindex-ops-'))
        dirs.push(d)
        return d
    }
    afterAll(async () => {
        for (const p of started) await p.stop()
        for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
    })

    it('indexes the devnet into ./data-style PGlite storage: every table equals the Postgres sync, the API answers from it', async () => {
        const dataDir = tmpDir()
        const gqlPort = await freePort()
        const p = npmStart([], { RPC_ENDPOINT: env().rpcEndpoint, DATA_DIR: dataDir, GQL_PORT: String(gqlPort) })
        started.push(p)
        const served = await p.waitFor(
            /embedded Postgres \(PGlite\) with its data in .*, serving postgres:\/\/postgres@127\.0\.0\.1:(\d+)\/postgres/,
            120_000,
        )
        await p.waitFor(new RegExp(`listening on http://localhost:${gqlPort}/graphql`), 120_000)
        const apiUrl = `http://127.0.0.1:${gqlPort}/graphql`
        const t0 = Date.now()
        await waitForHeight(apiUrl, env().indexedHeight, p, 240_000)
        console.log(`ops-zero-setup: embedded sync of ${env().indexedHeight} blocks in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
        expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true)

        const embedded: DbConfig = {
            host: '127.0.0.1',
            port: Number(served[1]),
            database: 'postgres',
            user: 'postgres',
            password: 'postgres',
        }
        expect(await dumpTables(embedded)).toEqual(await dumpTables(env().db))

        // the API of this instance against a count made with SQL on the reference database
        const ref = new Client(env().db)
        await ref.connect()
        const expected = (
            await ref.query(`SELECT (SELECT count(*) FROM stake_event)::int AS s, (SELECT count(*) FROM registration)::int AS r`)
        ).rows[0]
        await ref.end()
        expect(expected.s).toBeGreaterThan(0)
        const r = await gql(
            apiUrl,
            '{ stakeEventsConnection(orderBy: [id_ASC]) { totalCount } registrationsConnection(orderBy: [id_ASC]) { totalCount } }',
        )
        expect(r.data).toEqual({ stakeEventsConnection: { totalCount: expected.s }, registrationsConnection: { totalCount: expected.r } })

        // Prometheus: the API's own metrics on its port, the processor's on the port it logged
        const apiMetrics = await (await fetch(`http://127.0.0.1:${gqlPort}/metrics`)).text()
        expect(apiMetrics).toContain(`taoindex_api_indexed_height ${env().indexedHeight}\n`)
        expect(apiMetrics).toMatch(/taoindex_api_http_requests_total\{status="200"\} [1-9]/)
        const processorPort = (await p.waitFor(/prometheus metrics are served at port (\d+)/, 1_000))[1]
        const processorMetrics = await (await fetch(`http://127.0.0.1:${processorPort}/metrics`)).text()
        expect(processorMetrics).toContain(`sqd_processor_last_block ${env().indexedHeight}\n`)
        expect(processorMetrics).toContain(`sqd_processor_chain_height ${env().indexedHeight}\n`)

        // one server per data directory: a second start fails with one line
        const second = npmStart([], { RPC_ENDPOINT: env().rpcEndpoint, DATA_DIR: dataDir, GQL_PORT: String(await freePort()) })
        const { code } = await second.exited
        expect(code).toBe(2)
        const lines = second
            .output()
            .trim()
            .split('\n')
            .filter((l) => l.startsWith('taoindex'))
        expect(lines).toEqual([
            expect.stringMatching(
                /^taoindex: the embedded database .*postgres is in use by process \d+ \(one taoindex per data directory; stop it or set DATA_DIR\)$/,
            ),
        ])

        // a clean stop releases the directory (npm exits before its script has finished cleaning up)
        await p.stop()
        const lock = path.join(dataDir, 'postgres.lock')
        for (let i = 0; i < 100 && fs.existsSync(lock); i++) await new Promise((r) => setTimeout(r, 200))
        expect(fs.existsSync(lock)).toBe(false)
    }, 420_000)

    it('--network local --genesis <spec>: starts a devnet from the spec, indexes its new blocks, serves them', async () => {
        const spec = path.resolve(ROOT, LOCAL_SPEC)
        if (!fs.existsSync(spec)) {
            if (process.env.CI === 'true') throw new Error(`missing ${LOCAL_SPEC}`)
            return console.warn(`skipped: missing ${LOCAL_SPEC}`)
        }
        const gqlPort = await freePort()
        const p = npmStart(['--network', 'local', '--genesis', LOCAL_SPEC], {
            DATA_DIR: tmpDir(),
            GQL_PORT: String(gqlPort),
            DEVNET_BLOCK_SECONDS: '1',
        })
        started.push(p)
        const devnet = (await p.waitFor(/local devnet from .* at (ws:\/\/\S+), a block every 1 s/, 120_000))[1]
        await p.waitFor(new RegExp(`listening on http://localhost:${gqlPort}/graphql`), 120_000)
        const apiUrl = `http://127.0.0.1:${gqlPort}/graphql`
        // subscriptions work on the embedded database too (the API polls instead of LISTEN there)
        const heights: number[] = []
        const client = createClient({ url: apiUrl.replace('http:', 'ws:'), webSocketImpl: WebSocket })
        const unsubscribe = client.subscribe(
            { query: 'subscription { indexerStatus { height } }' },
            { next: (m: any) => heights.push(m.data.indexerStatus.height), error: () => {}, complete: () => {} },
        )
        // blocks built after start-up reach the index (the processor follows the growing chain)
        await waitForHeight(apiUrl, 4, p, 180_000)
        for (let i = 0; i < 100 && !heights.length; i++) await new Promise((r) => setTimeout(r, 100))
        expect(heights.length).toBeGreaterThan(0)
        // and two blocks later the subscription has pushed the new height as well
        const status = await waitForHeight(apiUrl, heights[0] + 2, p, 120_000)
        // (a poll may see two commits at once, so a height can be skipped, never reordered)
        for (let i = 0; i < 50 && !heights.some((h) => h >= status.height); i++) await new Promise((r) => setTimeout(r, 100))
        unsubscribe()
        await client.dispose()
        expect(Math.max(...heights)).toBeGreaterThanOrEqual(status.height)
        expect(new Set(heights).size).toBeGreaterThan(1)
        expect(heights).toEqual([...heights].sort((a, b) => a - b))

        const api = await connect(devnet)
        try {
            expect(status.hash).toBe((await api.rpc.chain.getBlockHash(status.height)).toHex())
            const at = await api.at(status.hash)
            const netuids = (await at.query.subtensorModule.networksAdded.entries())
                .filter(([, added]) => (added as any).isTrue)
                .map(([k]) => (k.args[0] as any).toNumber())
                .sort((a, b) => a - b)
            expect(netuids.length).toBeGreaterThan(0)
            const r = await gql(apiUrl, '{ subnets(orderBy: [netuid_ASC]) { netuid } }')
            expect(r.data.subnets.map((s: any) => s.netuid)).toEqual(netuids)
        } finally {
            await api.disconnect()
        }
        await p.stop()
    }, 300_000)
})
