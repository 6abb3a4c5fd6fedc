/**
 * A runtime the indexer has never seen, with one event shape nothing can decode: the handler
 * records it in unprocessed_event (and the metric), indexes the events after it, and finishes the
 * block, storage reads included.
 *
 * The runtime is "spec 9218": the devnet's real spec 218 registry with StakeRemoved losing its
 * hotkey (undecodable) and StakeAdded reordered and extended (decodable by type names). The block is
 * the devnet's head, read through that runtime from the devnet itself; the store is a real
 * TypeormDatabase on a fresh, migrated database. Only the events are made up, and they are encoded
 * and decoded the way the processor does it (test/support/runtimes.ts).
 */
import type { ApiPromise } from '@polkadot/api'
import { execFile } from 'child_process'
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { promisify } from 'util'
import { Client } from 'pg'
import { RpcClient } from '@subsquid/rpc-client'
import { Runtime } from '@subsquid/substrate-runtime'
import { TypeormDatabase } from '@subsquid/typeorm-store'
import { createLogger } from '@subsquid/logger'
import { createHandler } from '../../src/handler'
import { applyMigrations } from '../../src/db/migrate'
import { domainFailures, registerMetrics, unprocessedEvents } from '../../src/util/metrics'
import { readIndexerStatus } from '../../src/api/live'
import { createProcessor } from '../../src/processor'
import { readExplored, loadSource, readSources } from '../../tools/typegen/spec-versions'
import { toSs58 } from '../../src/util/ss58'
import type { DbConfig } from '../../src/config'
import { createDatabase, dbEnv, dropDatabase } from '../support/db'
import { freePort, ROOT } from '../support/processes'
import WebSocket, { WebSocketServer } from 'ws'
import { describeIntegration } from '../support/it-env'
import { chainUidMap, connect } from '../support/chain-oracle'
import { availableRuntimes, encodeEvent, futureRuntime } from '../support/runtimes'

const A = '0x' + '11'.repeat(32)
const B = '0x' + '22'.repeat(32)
const H = '0x' + 'ab'.repeat(32)
const SPEC = 9218

describeIntegration('a runtime the indexer does not know', (env) => {
    let db: DbConfig
    let rpc: RpcClient
    let api: ApiPromise
    let head: { height: number; hash: string }
    const savedEnv = { ...process.env }

    beforeAll(async () => {
        db = await createDatabase('taoindex_unknown')
        await applyMigrations(db)
        rpc = new RpcClient({ url: env().rpcEndpoint, capacity: 5 })
        api = await connect(env().rpcEndpoint)
        const hash: string = await rpc.call('chain_getBlockHash', [env().indexedHeight])
        head = { height: env().indexedHeight, hash }
    }, 120_000)

    afterAll(async () => {
        process.env = savedEnv
        rpc?.close()
        await api?.disconnect()
        if (db && !process.env.TAOINDEX_KEEP_DB) await dropDatabase(db.database)
    })

    /** Runs the handler over the devnet's head block as `runtime` would have produced it, with `events`, into `into`. */
    async function indexHeadBlock(into: DbConfig, runtime: Runtime, encoded: any[]) {
        const header: any = {
            id: `${head.height}-${head.hash.slice(2, 7)}`,
            height: head.height,
            hash: head.hash,
            parentHash: await rpc.call('chain_getBlockHash', [head.height - 1]),
            specName: 'node-subtensor',
            specVersion: runtime.specVersion,
            implName: 'node-subtensor',
            implVersion: 1,
            timestamp: 1_800_000_000_000,
            _runtime: runtime,
            _runtimeOfPrevBlock: runtime,
        }
        const events = encoded.map((e, index) => ({ ...e, id: `${head.height}-${index}`, index, block: header }))
        Object.assign(process.env, dbEnv(into))
        // typeorm-store loads the entities from lib/model (compiled) unless it sees ts-node, as under
        // `npm run processor`; under jest the TypeScript sources are loadable too, so say ts-node
        const TS_NODE = Symbol.for('ts-node.register.instance')
        ;(process as any)[TS_NODE] ??= { jest: true }
        const store = new TypeormDatabase({ supportHotBlocks: false })
        const state = await store.connect()
        if ((process as any)[TS_NODE]?.jest) delete (process as any)[TS_NODE]
        const handler = createHandler()
        await store.transact({ prevHead: { height: state.height, hash: state.hash }, nextHead: head }, (s) =>
            handler({
                blocks: [{ header, events, calls: [], extrinsics: [] }],
                store: s,
                log: createLogger('test:unknown-runtime'),
                isHead: true,
                _chain: {},
            } as any),
        )
        await store.disconnect()
    }

    /** uid holders indexed in `c` equal the chain's Keys at the head */
    async function expectNeuronsAsChain(c: Client) {
        const neurons = (await c.query(`SELECT netuid, uid, hotkey FROM neuron WHERE deregistered_at_block IS NULL`)).rows
        const indexed: Record<number, Record<number, string>> = {}
        for (const n of neurons) (indexed[n.netuid] ??= {})[n.uid] = n.hotkey
        const chain = await chainUidMap(api, head.height)
        for (const k of Object.keys(chain)) if (Object.keys(chain[+k]).length === 0) delete chain[+k]
        expect(Object.keys(chain).length).toBeGreaterThan(0)
        expect(indexed).toEqual(chain)
    }

    it('records the undecodable event, indexes the ones after it and finishes the block', async () => {
        const base = (await availableRuntimes()).find((r) => r.specVersion === 218)!
        const edited = futureRuntime(base, SPEC, (v) => {
            const [cold, hot, tao, alpha, netuid] = v.get('StakeAdded')!
            v.set('StakeAdded', [
                netuid,
                cold,
                hot,
                { ...tao, typeName: 'TaoBalance' },
                { ...alpha, typeName: 'AlphaBalance' },
                { ...tao, typeName: 'u64' },
            ])
            v.set('StakeRemoved', [cold, tao, alpha, netuid])
        })
        // the same runtime, now able to read storage from the devnet
        const runtime = new Runtime(
            { specName: 'node-subtensor', specVersion: SPEC, implName: 'node-subtensor', implVersion: 1 },
            edited.metadata,
            undefined,
            rpc,
        )
        const before =
            (await unprocessedEvents.get()).values.find(
                (v) => v.labels.event === 'SubtensorModule.StakeRemoved' && v.labels.spec_version === String(SPEC),
            )?.value ?? 0
        await indexHeadBlock(db, runtime, [
            encodeEvent(runtime, 'SubtensorModule.StakeRemoved', [A, 10n, 11n, 1]),
            encodeEvent(runtime, 'SubtensorModule.StakeAdded', [1, A, B, 5000n, 4900n, 12n]),
            encodeEvent(runtime, 'SubtensorModule.WeightsCommitted', [B, 1, H]),
        ])

        const c = new Client(db)
        await c.connect()
        try {
            const q = async (sql: string) => (await c.query(sql)).rows
            expect(await q(`SELECT block_number, name, spec_version, reason FROM unprocessed_event`)).toEqual([
                {
                    block_number: head.height,
                    name: 'SubtensorModule.StakeRemoved',
                    spec_version: SPEC,
                    reason: `SubtensorModule.StakeRemoved has an unknown shape in runtime spec ${SPEC} (not decodable by field names: no field for hotkey)`,
                },
            ])
            expect(await q(`SELECT kind, coldkey, hotkey, netuid, tao_amount, alpha_amount, fee, block_number FROM stake_event`)).toEqual([
                {
                    kind: 'ADD',
                    coldkey: toSs58(A),
                    hotkey: toSs58(B),
                    netuid: 1,
                    tao_amount: '5000',
                    alpha_amount: '4900',
                    fee: '12',
                    block_number: head.height,
                },
            ])
            expect(await q(`SELECT hotkey, netuid, mechanism, commit_hash, block_number FROM weight_commit`)).toEqual([
                { hotkey: toSs58(B), netuid: 1, mechanism: 0, commit_hash: H, block_number: head.height },
            ])
            // the block's storage work ran too: uid holders equal the chain's Keys at the block
            await expectNeuronsAsChain(c)
            expect(await q(`SELECT height FROM squid_processor.status`)).toEqual([{ height: head.height }])
        } finally {
            await c.end()
        }
        const after = (await unprocessedEvents.get()).values.find(
            (v) => v.labels.event === 'SubtensorModule.StakeRemoved' && v.labels.spec_version === String(SPEC),
        )?.value
        expect(after).toBe(before + 1)
    }, 300_000)

    // after the test above counted its one unprocessed event
    it('the processor serves the counter on its Prometheus endpoint', async () => {
        const processor = createProcessor({
            rpcEndpoint: env().rpcEndpoint,
            startBlock: 0,
            db,
            apiDbPassword: 'unused',
            rpcTimeoutMs: 20_000,
        })
        expect(registerMetrics(processor)).toEqual({ registered: true })
        // what processor.run() does to serve metrics (SQD's own server over its registry); port 0 = any free port
        const prometheus = (processor as any).prometheus
        prometheus.setPort(0)
        const server = await prometheus.serve()
        try {
            const text = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text()
            expect(text).toContain('process_cpu_user_seconds_total') // SQD's registry, its default metrics
            expect(text).toContain(`taoindex_unprocessed_events_total{event="SubtensorModule.StakeRemoved",spec_version="${SPEC}"} 1`)
            // the StakeAdded of the new shape, read by type names
            expect(text).toContain(
                `taoindex_events_decoded_by_field_names_total{event="SubtensorModule.StakeAdded",spec_version="${SPEC}"} 1`,
            )
        } finally {
            await server.close()
        }
    })

    it('storage of an unknown shape: stakes skips the block, emissions leaves the item null, both are recorded, the other domains index it', async () => {
        const base = (await availableRuntimes()).find((r) => r.specVersion === 218)!
        // "spec 9219": spec 218 without the stake maps the indexer reads (Alpha, and Stake where still
        // declared), and with Incentive holding booleans (ValidatorPermit's type) instead of u16s
        const drop = ['Alpha', 'Stake'].filter((n) => base.hasStorageItem(`SubtensorModule.${n}` as any))
        expect(drop).toContain('Alpha')
        const spec = SPEC + 1
        const edited = futureRuntime(base, spec, () => {}, { drop, valueTypeOf: { Incentive: 'ValidatorPermit' } })
        const runtime = new Runtime(
            { specName: 'node-subtensor', specVersion: spec, implName: 'node-subtensor', implVersion: 1 },
            edited.metadata,
            undefined,
            rpc,
        )
        const failing = await createDatabase('taoindex_unknown_shape')
        const c = new Client(failing)
        try {
            await applyMigrations(failing)
            const count = async () =>
                (await domainFailures.get()).values.find((v) => v.labels.domain === 'stakes' && v.labels.spec_version === String(spec))
                    ?.value ?? 0
            const before = await count()
            await indexHeadBlock(failing, runtime, [
                encodeEvent(runtime, 'SubtensorModule.StakeAdded', [A, B, 5000n, 4900n, 1]),
                encodeEvent(runtime, 'SubtensorModule.WeightsCommitted', [B, 1, H]),
            ])
            await c.connect()
            const q = async (sql: string) => (await c.query(sql)).rows
            expect(await q(`SELECT domain, spec_version, first_block, last_block, reason FROM domain_failure ORDER BY domain`)).toEqual([
                {
                    domain: 'emissions',
                    spec_version: spec,
                    first_block: head.height,
                    last_block: head.height,
                    reason: 'SubtensorModule.Incentive: a storage shape this release does not know (those columns are null)',
                },
                {
                    domain: 'stakes',
                    spec_version: spec,
                    first_block: head.height,
                    last_block: head.height,
                    reason: `no stake storage of a known shape in spec ${spec} (SubtensorModule.Alpha, AlphaV2 or Stake)`,
                },
            ])
            // the stakes domain wrote nothing; the block's events and the other domains' storage work did
            expect(await q(`SELECT (SELECT count(*) FROM stake_share) AS shares, (SELECT count(*) FROM hotkey_pool) AS pools`)).toEqual([
                { shares: '0', pools: '0' },
            ])
            expect(await q(`SELECT kind, coldkey, hotkey, netuid, tao_amount, alpha_amount FROM stake_event`)).toEqual([
                { kind: 'ADD', coldkey: toSs58(A), hotkey: toSs58(B), netuid: 1, tao_amount: '5000', alpha_amount: '4900' },
            ])
            expect(await q(`SELECT hotkey, netuid, commit_hash FROM weight_commit`)).toEqual([
                { hotkey: toSs58(B), netuid: 1, commit_hash: H },
            ])
            await expectNeuronsAsChain(c)
            expect(await q(`SELECT height FROM squid_processor.status`)).toEqual([{ height: head.height }])
            expect(await count()).toBe(before + 1)
            expect((await readIndexerStatus(c))?.failedDomains).toEqual(['emissions', 'stakes'])
        } finally {
            await c.end().catch(() => {})
            if (!process.env.TAOINDEX_KEEP_DB) await dropDatabase(failing.database)
        }
    }, 300_000)

    it("typegen:explore reads every runtime from a live node: the devnet's 103 -> 143 -> 218, at the blocks they started", async () => {
        const out = path.join(os.tmpdir(), `taoindex-explored-${process.pid}.jsonl`)
        const alias = await aliasingProxy(env().rpcEndpoint, { chain_getRuntimeVersion: 'state_getRuntimeVersion' })
        try {
            const bin = path.join(ROOT, 'node_modules/.bin/squid-substrate-metadata-explorer')
            await promisify(execFile)(bin, ['--rpc', `ws://127.0.0.1:${alias.port}`, '--out', out], { timeout: 240_000 })
            const explored = readExplored(out)
            // the explorer gives the first block whose state holds the runtime: for an upgrade, the
            // block that ran setCode, one before the first block the new runtime executes
            expect(explored.map((r) => [r.specVersion, r.blockNumber])).toEqual(
                env().report.specVersions.map((s) => [s.specVersion, Math.max(0, s.fromBlock - 1)]),
            )
            // the node's metadata of each runtime is what spec-versions.ts derives from the same wasm
            for (const r of explored) {
                const src = readSources().sources.find((s) => s.file.includes(`spec${r.specVersion}-`))!
                expect((await loadSource(src)).metadata).toEqual(r.metadata)
            }
        } finally {
            fs.rmSync(out, { force: true })
            await alias.close()
        }
    }, 300_000)
})

/**
 * A WebSocket relay to `target` that renames RPC methods: Chopsticks serves
 * state_getRuntimeVersion but not its alias chain_getRuntimeVersion, which real nodes have and the
 * metadata explorer calls. Everything else passes through untouched.
 */
async function aliasingProxy(target: string, rename: Record<string, string>): Promise<{ port: number; close: () => Promise<void> }> {
    const port = await freePort()
    const server = new WebSocketServer({ host: '127.0.0.1', port })
    server.on('connection', (client) => {
        const upstream = new WebSocket(target)
        const queued: string[] = []
        upstream.on('open', () => queued.splice(0).forEach((m) => upstream.send(m)))
        upstream.on('message', (data) => client.send(data.toString()))
        upstream.on('close', () => client.close())
        client.on('close', () => upstream.close())
        client.on('message', (data) => {
            const msg = JSON.parse(data.toString())
            for (const m of Array.isArray(msg) ? msg : [msg]) if (rename[m.method]) m.method = rename[m.method]
            const text = JSON.stringify(msg)
            if (upstream.readyState === WebSocket.OPEN) upstream.send(text)
            else queued.push(text)
        })
    })
    await new Promise((resolve) => server.once('listening', resolve))
    return {
        port,
        close: () =>
            new Promise<void>((resolve) => {
                for (const c of server.clients) c.terminate()
                server.close(() => resolve())
            }),
    }
}
