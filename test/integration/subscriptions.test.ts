import WebSocket from 'ws'
import { createClient, Client as WsClient } from 'graphql-ws'
import { Client as PgClient } from 'pg'
import { Keyring } from '@polkadot/keyring'
import type { ApiPromise } from '@polkadot/api'
import { describeIntegration } from '../support/it-env'
import { createDatabase, dbEnv, dropDatabase } from '../support/db'
import { freePort, spawnTs, Spawned } from '../support/processes'
import { fetchAll } from '../support/graphql'
import { connect, readBlock, ss58 } from '../support/chain-oracle'
import { startApiServer, ApiServer } from '../../src/api/server'
import { INDEXED_CHANNEL } from '../../src/api/live'
import { readApiConfig, type DbConfig } from '../../src/config'
import { rpc } from '../support/rpc'

/** A GraphQL subscription over server-sent events (POST, Accept: text/event-stream); `next` gets each payload. */
async function sseSubscribe(url: string, query: string, next: (payload: any) => void): Promise<() => void> {
    const abort = new AbortController()
    const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query }),
        signal: abort.signal,
    })
    if (res.status !== 200 || !res.headers.get('content-type')?.startsWith('text/event-stream')) throw new Error(`SSE: HTTP ${res.status}`)
    const reader = res.body!.getReader()
    const decoder = new TextDecoder()
    void (async () => {
        let buffer = ''
        try {
            for (;;) {
                const { value, done } = await reader.read()
                if (done) return
                buffer += decoder.decode(value, { stream: true })
                for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
                    const message = buffer.slice(0, end)
                    buffer = buffer.slice(end + 2)
                    const data = message
                        .split('\n')
                        .filter((l) => l.startsWith('data:'))
                        .map((l) => l.slice(5).trim())
                        .join('\n')
                    const event = message
                        .split('\n')
                        .find((l) => l.startsWith('event:'))
                        ?.slice(6)
                        .trim()
                    if (data && event !== 'complete') next(JSON.parse(data))
                }
            }
        } catch {
            // aborted by the returned stop function
        }
    })()
    return () => abort.abort()
}

describeIntegration('subscriptions: rows are pushed as the indexer commits them', (env) => {
    let db: DbConfig
    let api: ApiServer
    let processor: Spawned | undefined
    let client: WsClient | undefined
    afterAll(async () => {
        await processor?.stop()
        await client?.dispose()
        await api?.close()
        if (db) await dropDatabase(db.database)
    })

    it('a live stakeEvents subscription receives every stake event once, batch by batch, with indexerStatus alongside', async () => {
        db = await createDatabase('taoindex_live')
        // as `npm run api` does: the read-only role (it can log in: the fixture's processor enabled it)
        api = await startApiServer({ port: 0, db: readApiConfig(dbEnv(db)).db })
        client = createClient({ url: api.url.replace('http:', 'ws:'), webSocketImpl: WebSocket })
        const pushes: any[][] = []
        const heights: number[] = []
        const errors: unknown[] = []
        const stop1 = client.subscribe(
            { query: 'subscription { stakeEvents { id blockNumber kind coldkey taoAmount } }' },
            { next: (m: any) => pushes.push(m.data.stakeEvents), error: (e) => errors.push(e), complete: () => {} },
        )
        const statuses: any[] = []
        const stop2 = client.subscribe(
            { query: 'subscription { indexerStatus { height finalizedHeight chainHeight lagBlocks specVersion } }' },
            {
                next: (m: any) => {
                    heights.push(m.data.indexerStatus.height)
                    statuses.push(m.data.indexerStatus)
                },
                error: (e) => errors.push(e),
                complete: () => {},
            },
        )
        await new Promise((r) => setTimeout(r, 300)) // let both subscriptions register
        // rate limited, so the sync commits in many batches
        processor = spawnTs('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: env().rpcEndpoint, RPC_RATE_LIMIT: '80' })
        const head = env().indexedHeight
        const deadline = Date.now() + 120_000
        while (!heights.includes(head)) {
            if (Date.now() > deadline || processor.child.exitCode != null)
                throw new Error(`no push for ${head}: ${heights}\n${processor.output().slice(-2000)}`)
            await new Promise((r) => setTimeout(r, 100))
        }
        await new Promise((r) => setTimeout(r, 300)) // the row push for the last batch may trail the status push
        stop1()
        stop2()

        expect(errors).toEqual([])
        const want = await fetchAll(env().apiUrl, 'stakeEvents', 'id blockNumber kind coldkey taoAmount')
        const got = pushes.flat().sort((a, b) => (a.id < b.id ? -1 : 1))
        expect(got).toEqual(want)
        expect(pushes.length).toBeGreaterThan(1)
        expect(heights).toEqual([...heights].sort((a, b) => a - b))
        // while it caught up, the indexer knew how far behind the chain's head it was
        const chainHead = env().report.blocks
        const specs = env().report.specVersions.map((s) => s.specVersion)
        // SQD writes its status row (height -1) before the first batch: nothing is known yet then
        const started = statuses.filter((s) => s.height >= 0)
        expect(statuses.filter((s) => s.height < 0)).toEqual(
            statuses.length > started.length
                ? [{ height: -1, finalizedHeight: -1, chainHeight: null, lagBlocks: null, specVersion: null }]
                : [],
        )
        expect(started.filter((s) => s.height < chainHead).length).toBeGreaterThan(1)
        for (const s of started) {
            expect({ ...s, specKnown: specs.includes(s.specVersion) }).toEqual({
                height: s.height,
                finalizedHeight: s.height,
                chainHeight: chainHead,
                lagBlocks: chainHead - s.height,
                specVersion: s.specVersion,
                specKnown: true,
            })
        }
        expect(started.map((s) => specs.indexOf(s.specVersion))).toEqual(
            started.map((s) => specs.indexOf(s.specVersion)).sort((a, b) => a - b),
        )
        expect(started[started.length - 1].specVersion).toBe(specs[specs.length - 1])
    }, 180_000)

    it('two API processes: a client on each (WebSocket on one, SSE on the other) gets a new stake event within 2 s of the commit', async () => {
        if (!api) throw new Error('needs the database and API of the previous test')
        // SQD's hot-block ingestion skips a block that is already final when its head arrives, and
        // Chopsticks finalizes every block at once: a running processor never indexes a new devnet
        // block. So the processor is stopped here and started again after the block is built; it
        // then indexes the block as a finalized one. (Real chains finalize blocks later than they
        // announce them.) The latency checked is from the commit, which is unaffected.
        await processor?.stop()
        const head = env().indexedHeight
        const endpoint = env().rpcEndpoint
        // the second API: a separate process, as a second replica would be
        const port = await freePort()
        const second = spawnTs('src/api/main.ts', [], { ...dbEnv(db), GQL_PORT: String(port) })
        const listener = new PgClient(db)
        let chain: ApiPromise | undefined
        try {
            await second.waitFor(/listening on/, 60_000)
            // the commit time: the processor's NOTIFY, heard on a connection of the test's own
            const committed = new Map<number, number>()
            await listener.connect()
            listener.on('notification', (m) => {
                const h = Number(m.payload)
                if (!committed.has(h)) committed.set(h, Date.now())
            })
            await listener.query(`LISTEN ${INDEXED_CHANNEL}`)

            const alice = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Alice')
            const pg = new PgClient(env().db)
            await pg.connect()
            const target = (
                await pg.query(
                    `SELECT hotkey, netuid FROM stake_position WHERE coldkey = $1 AND netuid > 0 ORDER BY alpha DESC, id LIMIT 1`,
                    [alice.address],
                )
            ).rows[0]
            await pg.end()
            expect(target).toBeDefined()

            const fields = 'id blockNumber kind coldkey hotkey netuid taoAmount'
            const query = `subscription { stakeEvents(where: { coldkey_eq: "${alice.address}", blockNumber_gt: ${head} }) { ${fields} } }`
            const received: { via: string; at: number; rows: any[] }[] = []
            const errors: unknown[] = []
            const stopWs = client!.subscribe(
                { query },
                {
                    next: (m: any) => received.push({ via: 'ws', at: Date.now(), rows: m.data.stakeEvents }),
                    error: (e) => errors.push(e),
                    complete: () => {},
                },
            )
            const stopSse = await sseSubscribe(`http://127.0.0.1:${port}/graphql`, query, (m) =>
                m.errors ? errors.push(m.errors) : received.push({ via: 'sse', at: Date.now(), rows: m.data.stakeEvents }),
            )
            await new Promise((r) => setTimeout(r, 500)) // both subscriptions registered

            // one add_stake in one new block, on the chain the processor follows
            chain = await connect(endpoint)
            const nonce = ((await chain.query.system.account(alice.address)) as any).nonce.toNumber()
            await chain.tx.subtensorModule.addStake(target.hotkey, target.netuid, 1_000_000_000).signAndSend(alice, { nonce, era: 0 })
            await rpc(endpoint, 'dev_newBlock', [{ count: 1 }])
            processor = spawnTs('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: endpoint })
            const block = await readBlock(chain, head + 1)
            const added = block.events.filter((r: any) => r.event.section === 'subtensorModule' && r.event.method === 'StakeAdded')
            expect(added).toHaveLength(1)
            const d = added[0].event.data
            const want = [
                {
                    id: `${String(head + 1).padStart(10, '0')}-${String(block.events.indexOf(added[0])).padStart(6, '0')}`,
                    blockNumber: head + 1,
                    kind: 'ADD',
                    coldkey: ss58(d[0]),
                    hotkey: ss58(d[1]),
                    netuid: d[4].toNumber(),
                    taoAmount: d[2].toString(),
                },
            ]

            const deadline = Date.now() + 60_000
            while (new Set(received.map((r) => r.via)).size < 2 && Date.now() < deadline && errors.length === 0)
                await new Promise((r) => setTimeout(r, 20))
            stopWs()
            stopSse()
            if (new Set(received.map((r) => r.via)).size < 2) {
                throw new Error(
                    `pushes: ${JSON.stringify(received)}; commits heard: ${[...committed.keys()]}; errors: ${JSON.stringify(errors)}\n` +
                        `processor:\n${processor!.output().slice(-3000)}\nsecond API:\n${second.output().slice(-1500)}`,
                )
            }
            expect(errors).toEqual([])
            expect(received.map((r) => [r.via, r.rows]).sort()).toEqual([
                ['sse', want],
                ['ws', want],
            ])
            const commit = committed.get(head + 1)
            expect(commit).toBeDefined()
            const delays = Object.fromEntries(received.map((r) => [r.via, r.at - commit!]))
            console.log(
                `subscriptions: delivered after the commit of block ${head + 1}: ws ${delays.ws} ms (in-process API), sse ${delays.sse} ms (second API process)`,
            )
            for (const ms of Object.values(delays)) expect(ms).toBeLessThan(2000)
        } finally {
            // back to the chain every other test file knows (head = the fixture's indexed height)
            await rpc(endpoint, 'dev_setHead', [head]).catch(() => {})
            await chain?.disconnect()
            await listener.end().catch(() => {})
            await second.stop()
        }
    }, 180_000)
})
