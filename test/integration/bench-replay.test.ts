/**
 * The benchmark's recorder and replay server reproduce a real sync: the bench processor syncs the
 * devnet through the recording proxy, then again from the recording alone (no node), and both
 * databases equal the fixture's, which src/main.ts indexed straight from the devnet.
 */
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { describeIntegration } from '../support/it-env'
import { createDatabase, dbEnv, dropDatabase } from '../support/db'
import { dumpTables as dump } from '../support/tables'
import { spawnTs } from '../support/processes'
import { startRecorder } from '../../tools/bench/recorder'
import { recordedAnswers, startReplayServer } from '../../tools/bench/replay'
import type { DbConfig } from '../../src/config'

async function benchSync(db: DbConfig, rpc: string, to: number): Promise<any> {
    const stats = path.join(os.tmpdir(), `taoindex-bench-it-${process.pid}-${Date.now()}.json`)
    const p = spawnTs('tools/bench/processor.ts', [], { ...dbEnv(db), RPC_ENDPOINT: rpc, BENCH_TO: String(to), BENCH_STATS: stats })
    const timer = setTimeout(() => p.stop('SIGKILL'), 240_000)
    const { code } = await p.exited
    clearTimeout(timer)
    if (code !== 0 || !fs.existsSync(stats)) throw new Error(`bench processor exited with ${code}:\n${p.output().slice(-3000)}`)
    const s = JSON.parse(fs.readFileSync(stats, 'utf8'))
    fs.rmSync(stats)
    return s
}

describeIntegration('bench: recorder and replay server', (env) => {
    const dbs: DbConfig[] = []
    const file = path.join(os.tmpdir(), `taoindex-recording-${process.pid}.json`)
    afterAll(async () => {
        for (const db of dbs) await dropDatabase(db.database)
        fs.rmSync(file, { force: true })
    })

    it('a sync recorded from the devnet replays without it, and both equal the direct sync row by row', async () => {
        const head = env().indexedHeight
        const recorded = await createDatabase('taoindex_bench_rec')
        dbs.push(recorded)
        const recorder = await startRecorder(env().rpcEndpoint)
        let recordedStats: any
        try {
            recordedStats = await benchSync(recorded, recorder.url, head)
        } finally {
            recorder.save(file)
            await recorder.close()
        }
        expect(recordedStats.blocks).toBe(head + 1)
        const recording = JSON.parse(fs.readFileSync(file, 'utf8'))
        const methods = new Set(Object.keys(recording).map((k) => k.split(' ')[0]))
        for (const m of ['chain_getBlock', 'state_getStorageAt', 'state_getRuntimeVersion', 'state_getMetadata', 'state_queryStorageAt'])
            expect(methods).toContain(m)

        const replay = await startReplayServer(recordedAnswers(recording))
        const replayed = await createDatabase('taoindex_bench_rep')
        dbs.push(replayed)
        let replayedStats: any
        try {
            replayedStats = await benchSync(replayed, replay.url, head)
        } finally {
            await replay.close()
        }
        expect(replay.misses).toEqual([])
        expect(replayedStats.blocks).toBe(head + 1)
        expect(replayedStats.events).toBe(recordedStats.events)

        const direct = await dump(env().db)
        expect(Object.values(direct).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(0)
        expect(await dump(recorded)).toEqual(direct)
        expect(await dump(replayed)).toEqual(direct)
    }, 600_000)
})
