import * as fs from 'fs'
import * as path from 'path'
import WebSocket from 'ws'
import { Client } from 'pg'
import { createClient, Client as WsClient } from 'graphql-ws'
import { describeIntegration } from '../support/it-env'
import { createDatabase, dbEnv, dropDatabase, indexedHeight } from '../support/db'
import { freePort, ROOT, Spawned, spawnTs } from '../support/processes'
import { rpc } from '../support/rpc'
import { gql } from '../support/graphql'
import { startWsProxy, WsProxy } from '../support/ws-proxy'
import type { DbConfig } from '../../src/config'

const SPEC = '../shared/subtensor/chainspecs/raonet-spec218-2025-02-13.json'
/** finney's block time: each new block must be served within two of them */
const BLOCK_MS = 12_000

/**
 * A processor that has caught up keeps indexing the blocks built after that, whatever the transport:
 * over ws (Chopsticks announces dev_newBlock blocks as already final, which SQD's subscription path
 * skipped), over ws through a connection that is cut in the middle, and over http. Two API processes
 * on the http path's database both push each block to their subscribers, also after every Postgres
 * session of theirs was terminated (the LISTEN connection is reopened).
 */
describeIntegration('following the head: every new block reaches indexerStatus over ws and http, and every API replica pushes it', () => {
    const children: Spawned[] = []
    const dbs: DbConfig[] = []
    let proxy: WsProxy | undefined
    const subscribers: WsClient[] = []
    afterAll(async () => {
        for (const s of subscribers) await s.dispose()
        for (const c of children.reverse()) await c.stop()
        await proxy?.close()
        for (const db of dbs) await dropDatabase(db.database)
    })

    it('three blocks built after the first sync each appear in indexerStatus within two block times', async () => {
        if (!fs.existsSync(path.resolve(ROOT, SPEC))) {
            if (process.env.CI === 'true') throw new Error(`missing ${SPEC}`)
            return console.warn(`skipped: missing ${SPEC}`)
        }
        const devnet = spawnTs('tools/devnet/main.ts', ['--genesis', SPEC, '--port', String(await freePort())], {})
        children.push(devnet)
        const endpoint = JSON.parse((await devnet.waitFor(/DEVNET_READY (\{.*\})/, 120_000))[1]).endpoint as string
        const head = async () => parseInt((await rpc(endpoint, 'chain_getHeader', [])).number, 16)
        await rpc(endpoint, 'dev_newBlock', [{ count: 2 }])
        proxy = await startWsProxy(endpoint)

        const paths = { ws: endpoint, 'ws, connection cut after the first new block': proxy.url, http: endpoint.replace(/^ws/, 'http') }
        const apis: Record<string, string> = {}
        for (const [name, url] of Object.entries(paths)) {
            const db = await createDatabase('taoindex_follow')
            dbs.push(db)
            const p = spawnTs('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: url })
            children.push(p)
            const h = await head()
            const deadline = Date.now() + 120_000
            while ((await indexedHeight(db)) < h) {
                if (p.child.exitCode != null || Date.now() > deadline) {
                    throw new Error(`${name}: no first sync to ${h}:\n${p.output().slice(-3000)}`)
                }
                await new Promise((r) => setTimeout(r, 200))
            }
            // two API replicas on the http path's database: each must push every block to its own subscribers
            for (const replica of name === 'http' ? ['http', 'http, second API replica'] : [name]) {
                const port = await freePort()
                const api = spawnTs('src/api/main.ts', [], { ...dbEnv(db), GQL_PORT: String(port) })
                children.push(api)
                await api.waitFor(/listening on/, 60_000)
                apis[replica] = `http://127.0.0.1:${port}/graphql`
            }
        }
        const seen = async (url: string): Promise<number | undefined> => {
            return (await gql(url, '{ indexerStatus { height } }')).data?.indexerStatus?.height
        }
        const replicas = ['http', 'http, second API replica']
        const pushed: Record<string, number[]> = {}
        for (const replica of replicas) {
            pushed[replica] = []
            const client = createClient({ url: apis[replica].replace('http:', 'ws:'), webSocketImpl: WebSocket })
            subscribers.push(client)
            client.subscribe(
                { query: 'subscription { indexerStatus { height } }' },
                {
                    next: (m: any) => pushed[replica].push(m.data.indexerStatus.height),
                    error: (e) => pushed[replica].push(-1, JSON.stringify(e) as any),
                    complete: () => {},
                },
            )
        }
        // warm-up blocks until both replicas pushed one: their subscriptions are registered then
        const warmDeadline = Date.now() + 90_000
        while (!replicas.every((r) => pushed[r].length > 0)) {
            if (Date.now() > warmDeadline) throw new Error(`subscriptions got no push: ${JSON.stringify(pushed)}`)
            await rpc(endpoint, 'dev_newBlock', [{ count: 1 }])
            const built = Date.now()
            while (!replicas.every((r) => pushed[r].length > 0) && Date.now() - built < 5_000) await new Promise((r) => setTimeout(r, 100))
        }
        const httpDb = dbs[Object.keys(paths).indexOf('http')]

        const latencies: Record<string, number[]> = Object.fromEntries(Object.keys(apis).map((n) => [n, []]))
        for (let i = 0; i < 3; i++) {
            if (i === 1) {
                proxy.dropAll()
                // both API replicas lose every Postgres session, their LISTEN connection included
                const pg = new Client(httpDb)
                await pg.connect()
                const ended = await pg.query(
                    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'taoindex-api'`,
                    [httpDb.database],
                )
                await pg.end()
                expect(ended.rowCount).toBeGreaterThanOrEqual(2)
            }
            await rpc(endpoint, 'dev_newBlock', [{ count: 1 }])
            const built = Date.now()
            const h = await head()
            await Promise.all(
                Object.entries(apis).map(async ([name, url]) => {
                    while ((await seen(url)) !== h) {
                        if (Date.now() - built > 2 * BLOCK_MS) {
                            throw new Error(`${name}: block ${h} not in indexerStatus after ${2 * BLOCK_MS} ms (at ${await seen(url)})`)
                        }
                        await new Promise((r) => setTimeout(r, 100))
                    }
                    latencies[name].push(Date.now() - built)
                }),
            )
            await Promise.all(
                replicas.map(async (replica) => {
                    while (!pushed[replica].includes(h)) {
                        if (Date.now() - built > 2 * BLOCK_MS) {
                            throw new Error(`${replica}: block ${h} not pushed after ${2 * BLOCK_MS} ms (got ${pushed[replica]})`)
                        }
                        await new Promise((r) => setTimeout(r, 100))
                    }
                }),
            )
        }
        console.log(`ops-follow-head: heights pushed to the indexerStatus subscribers: ${JSON.stringify(pushed)}`)
        console.log(`ops-follow-head: ms from dev_newBlock to indexerStatus, per path: ${JSON.stringify(latencies)}`)
        // the cut connection was replaced by a new one
        expect(proxy.connections).toBeGreaterThan(1)
    }, 420_000)
})
