import WebSocket from 'ws'
import { createClient } from 'graphql-ws'
import { describeIntegration } from '../support/it-env'
import { createDatabase, dbEnv, dropDatabase } from '../support/db'
import { spawnTs } from '../support/processes'
import { fetchAll } from '../support/graphql'
import { startApiServer, ApiServer } from '../../src/api/server'
import type { DbConfig } from '../../src/config'

describeIntegration('subscriptions: rows are pushed as the indexer commits them', (env) => {
    let db: DbConfig
    let api: ApiServer
    afterAll(async () => {
        await api?.close()
        if (db) await dropDatabase(db.database)
    })

    it('a live stakeEvents subscription receives every stake event once, batch by batch, with indexerStatus alongside', async () => {
        db = await createDatabase('taoindex_live')
        api = await startApiServer({ port: 0, db })
        const client = createClient({ url: api.url.replace('http:', 'ws:'), webSocketImpl: WebSocket })
        const pushes: any[][] = []
        const heights: number[] = []
        const errors: unknown[] = []
        const stop1 = client.subscribe(
            { query: 'subscription { stakeEvents { id blockNumber kind coldkey taoAmount } }' },
            { next: (m: any) => pushes.push(m.data.stakeEvents), error: (e) => errors.push(e), complete: () => {} },
        )
        const stop2 = client.subscribe(
            { query: 'subscription { indexerStatus { height } }' },
            { next: (m: any) => heights.push(m.data.indexerStatus.height), error: (e) => errors.push(e), complete: () => {} },
        )
        await new Promise((r) => setTimeout(r, 300)) // let both subscriptions register
        // rate limited, so the sync commits in many batches
        const processor = spawnTs('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: env().rpcEndpoint, RPC_RATE_LIMIT: '80' })
        const head = env().indexedHeight
        const deadline = Date.now() + 120_000
        while (!heights.includes(head)) {
            if (Date.now() > deadline || processor.child.exitCode != null) throw new Error(`no push for ${head}: ${heights}\n${processor.output().slice(-2000)}`)
            await new Promise((r) => setTimeout(r, 100))
        }
        await new Promise((r) => setTimeout(r, 300)) // the row push for the last batch may trail the status push
        await processor.stop()
        stop1()
        stop2()
        await client.dispose()

        expect(errors).toEqual([])
        const want = await fetchAll(env().apiUrl, 'stakeEvents', 'id blockNumber kind coldkey taoAmount')
        const got = pushes.flat().sort((a, b) => (a.id < b.id ? -1 : 1))
        expect(got).toEqual(want)
        expect(pushes.length).toBeGreaterThan(1)
        expect(heights).toEqual([...heights].sort((a, b) => a - b))
    }, 180_000)
})
