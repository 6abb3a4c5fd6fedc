import { describeIntegration } from '../support/it-env'
import { createDatabase, dbEnv, dropDatabase, indexedHeight } from '../support/db'
import { spawnTs } from '../support/processes'
import { dumpTables } from '../support/tables'
import { FaultProxy, startFaultProxy } from '../support/fault-proxy'
import type { DbConfig } from '../../src/config'

describeIntegration('RPC faults: drops, timeouts, 429/503 and garbage are retried and corrupt nothing', (env) => {
    let db: DbConfig
    let proxy: FaultProxy
    afterAll(async () => {
        await proxy?.close()
        if (db) await dropDatabase(db.database)
    })

    it('a sync through a faulty RPC ends with every table equal to the clean sync, row by row', async () => {
        db = await createDatabase('taoindex_faults')
        proxy = await startFaultProxy({
            upstream: env().rpcEndpoint.replace(/^ws/, 'http'),
            seed: Number(process.env.FAULT_SEED ?? 11),
            rates: { drop: 0.015, delay: 0.02, hang: 0.004, http429: 0.015, http503: 0.008, badJson: 0.008, html: 0.008 },
            hangMs: 2_500,
        })
        const head = env().indexedHeight
        const p = spawnTs('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: proxy.url, RPC_TIMEOUT_MS: '1500' })
        try {
            const deadline = Date.now() + 300_000
            while ((await indexedHeight(db)) < head) {
                if (p.child.exitCode != null) throw new Error(`processor exited (${p.child.exitCode}):\n${p.output().slice(-3000)}`)
                if (Date.now() > deadline) throw new Error(`no sync to ${head} through the proxy:\n${p.output().slice(-3000)}`)
                await new Promise((r) => setTimeout(r, 250))
            }
        } finally {
            await p.stop()
        }
        console.log(`ops-rpc-faults: requests through the proxy ${JSON.stringify(proxy.counts)}`)
        // every kind of fault really happened, and the one processor run survived them all
        for (const kind of ['drop', 'delay', 'hang', 'http429', 'http503', 'badJson', 'html'] as const)
            expect(proxy.counts[kind]).toBeGreaterThan(0)
        expect(p.output()).not.toMatch(/"level":5/) // no fatal error was logged
        expect(await dumpTables(db)).toEqual(await dumpTables(env().db))
    }, 360_000)
    it('a node that only ever answers 429 stops the start-up after a few retries, with one line', async () => {
        const busy = await startFaultProxy({
            upstream: env().rpcEndpoint.replace(/^ws/, 'http'),
            seed: 1,
            rates: { http429: 1 },
            hangMs: 0,
        })
        try {
            const p = spawnTs('src/main.ts', [], { ...dbEnv(env().db), RPC_ENDPOINT: busy.url })
            const { code } = await p.exited
            expect({ code, lines: p.output().trim().split('\n') }).toEqual({
                code: 2,
                lines: [`taoindex: cannot reach the chain at RPC_ENDPOINT=${busy.url}: HTTP 429 Too Many Requests`],
            })
            expect(busy.counts.http429).toBe(6) // the first try and 5 retries
        } finally {
            await busy.close()
        }
    }, 60_000)
})
