import { Client } from 'pg'
import { describeIntegration } from '../support/it-env'
import { createDatabase, dbEnv, dropDatabase } from '../support/db'
import { spawnTs } from '../support/processes'
import { FaultProxy, startFaultProxy } from '../support/fault-proxy'
import { syncProcessorTo } from '../support/sync'
import { rpc } from '../support/rpc'
import type { DbConfig } from '../../src/config'

/**
 * A pruned node keeps only its newest blocks' state; the processor reads storage at every block, so
 * it must refuse such a node at start (one line, exit 2) when it would start below what the node
 * keeps, and start normally when it starts within it.
 */
describeIntegration('preflight: the node must serve state at the first block to index', (env) => {
    let proxy: FaultProxy
    const dbs: DbConfig[] = []
    // the devnet keeps every block; the proxy plays a node that discarded all below this height
    const prunedBelow = () => env().indexedHeight - 20
    beforeAll(async () => {
        const upstream = env().rpcEndpoint.replace(/^ws/, 'http')
        proxy = await startFaultProxy({ upstream, seed: 1, rates: {}, hangMs: 0, prunedBelow: prunedBelow() })
    })
    afterAll(async () => {
        await proxy?.close()
        for (const db of dbs) await dropDatabase(db.database)
    })
    const freshDb = async () => {
        const db = await createDatabase('taoindex_pruned')
        dbs.push(db)
        return db
    }
    const pruned = async (height: number) => {
        const hash = await rpc(env().rpcEndpoint, 'chain_getBlockHash', [height])
        return `"Client error: UnknownBlock: State already discarded for ${hash}"`
    }
    const advice = 'it is a pruned node: set RPC_ENDPOINT to an archive node, e.g. wss://archive.chain.opentensor.ai:443'

    it('a new database (START_BLOCK unset, so block 0) on a pruned node: exit 2, one line', async () => {
        const db = await freshDb()
        const p = spawnTs('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: proxy.url })
        const { code } = await p.exited
        expect({ code, lines: p.output().trim().split('\n') }).toEqual({
            code: 2,
            lines: [
                `taoindex: the node at RPC_ENDPOINT=${proxy.url} has no state for block 0 ` +
                    `(START_BLOCK=0): ${await pruned(0)}; ${advice}`,
            ],
        })
    }, 60_000)

    it('resuming a database indexed to block 3 (so block 4) on a pruned node: exit 2, one line', async () => {
        const db = await freshDb()
        const c = new Client(db)
        await c.connect()
        await c.query(`CREATE SCHEMA squid_processor`)
        await c.query(`CREATE TABLE squid_processor.status (id int4 primary key, height int4 not null, hash text, nonce int4 DEFAULT 0)`)
        const hash3 = await rpc(env().rpcEndpoint, 'chain_getBlockHash', [3])
        await c.query(`INSERT INTO squid_processor.status (id, height, hash) VALUES (0, 3, $1)`, [hash3])
        await c.end()
        const p = spawnTs('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: proxy.url })
        const { code } = await p.exited
        expect({ code, lines: p.output().trim().split('\n') }).toEqual({
            code: 2,
            lines: [
                `taoindex: the node at RPC_ENDPOINT=${proxy.url} has no state for block 4 ` +
                    `(the block after 3, the height already indexed in this database): ${await pruned(4)}; ${advice}`,
            ],
        })
    }, 60_000)

    it('START_BLOCK within the blocks the node keeps: the processor starts and indexes to the head', async () => {
        const db = await freshDb()
        const head = env().indexedHeight
        const start = head - 5
        const output = await syncProcessorTo(db, { RPC_ENDPOINT: proxy.url, START_BLOCK: String(start) }, head, 120_000)
        const c = new Client(db)
        await c.connect()
        const blocks = (await c.query(`SELECT min(height) AS lo, max(height) AS hi, count(*)::int AS n FROM block`)).rows[0]
        await c.end()
        expect(blocks).toEqual({ lo: start, hi: head, n: 6 })
        expect(output).not.toMatch(/taoindex: /)
    }, 180_000)
})
