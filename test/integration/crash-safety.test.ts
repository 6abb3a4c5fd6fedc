import { describeIntegration } from '../support/it-env'
import { createDatabase, dbEnv, dropDatabase, indexedHeight as height } from '../support/db'
import { spawnTs } from '../support/processes'
import { dumpTables as dump } from '../support/tables'
import type { DbConfig } from '../../src/config'

/** deterministic pseudo-random numbers, so a failing run can be repeated */
function rng(seed: number) {
    return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}

describeIntegration('crash safety: SIGKILL at random points loses and duplicates nothing', (env) => {
    let db: DbConfig
    afterAll(async () => {
        if (db) await dropDatabase(db.database)
    })

    it('after 10 kills and a final restart, every table equals the uninterrupted sync, row by row', async () => {
        db = await createDatabase('taoindex_crash')
        const random = rng(Number(process.env.CRASH_SEED ?? 7))
        const head = env().indexedHeight
        const killedAt: number[] = []
        for (let i = 0; i < 10; i++) {
            // a rate-limited RPC stretches the sync over many small batches
            const p = spawnTs('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: env().rpcEndpoint, RPC_RATE_LIMIT: '60' })
            // Kill once this run has committed something new, after a random extra delay, so kills land
            // at random points between and inside batches whatever the machine's speed (the first run
            // is killed at a random moment of its start-up instead).
            const before = await height(db)
            const started = Date.now()
            if (i === 0) await new Promise((r) => setTimeout(r, 500 + random() * 1500))
            else {
                while ((await height(db)) === before && Date.now() - started < 30_000 && p.child.exitCode == null) {
                    await new Promise((r) => setTimeout(r, 20))
                }
                await new Promise((r) => setTimeout(r, random() * 400))
            }
            p.child.kill('SIGKILL')
            await p.exited
            killedAt.push(await height(db))
        }
        const last = spawnTs('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: env().rpcEndpoint })
        const deadline = Date.now() + 120_000
        while ((await height(db)) < head) {
            if (Date.now() > deadline || last.child.exitCode != null)
                throw new Error(`final run did not reach ${head}:\n${last.output().slice(-2000)}`)
            await new Promise((r) => setTimeout(r, 200))
        }
        await last.stop()
        console.log(`crash-safety: indexed height after each SIGKILL: ${killedAt.join(', ')} (head ${head})`)
        expect(await dump(db)).toEqual(await dump(env().db))
        // the kills really interrupted the sync part-way, after some batches had been committed
        expect(new Set(killedAt.filter((h) => h >= 0 && h < head)).size).toBeGreaterThanOrEqual(2)
    }, 300_000)
})
