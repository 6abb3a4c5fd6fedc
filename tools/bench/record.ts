/**
 * node -r ts-node/register/transpile-only tools/bench/record.ts --upstream <ws|http url> --to N [--out file.json]
 *
 * Syncs blocks 0..N from a node (e.g. `npm run devnet -- --scenario --seed 1`) with the bench
 * processor through the recording proxy, into a temporary database, and writes every RPC
 * request -> response pair of that sync to --out (default data/bench/recordings/<time>.json).
 * tools/bench/serve.ts --recording <file> serves it back.
 */
import * as path from 'path'
import { startRecorder } from './recorder'
import { createDatabase, dbEnv, dropDatabase } from '../../test/support/db'
import { ROOT, spawnTs } from '../../test/support/processes'

async function main() {
    const arg = (name: string) => {
        const i = process.argv.indexOf(name)
        return i > 0 ? process.argv[i + 1] : undefined
    }
    const upstream = arg('--upstream')
    const to = Number(arg('--to'))
    if (!upstream || !Number.isInteger(to) || to < 0) {
        console.error('usage: tools/bench/record.ts --upstream <ws|http url> --to N [--out file.json]')
        process.exit(2)
    }
    const out = path.resolve(
        arg('--out') ?? path.join(ROOT, 'data/bench/recordings', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
    )
    const recorder = await startRecorder(upstream)
    const db = await createDatabase('bench_record')
    try {
        const p = spawnTs('tools/bench/processor.ts', [], { ...dbEnv(db), RPC_ENDPOINT: recorder.url, BENCH_TO: String(to) })
        const { code } = await p.exited
        if (code !== 0) throw new Error(`processor exited with ${code}:\n${p.output().slice(-3000)}`)
        recorder.save(out)
        console.log(`recorded ${recorder.size()} requests of a sync of blocks 0..${to} to ${path.relative(process.cwd(), out)}`)
    } finally {
        await recorder.close()
        await dropDatabase(db.database)
    }
}

main().catch((e) => {
    console.error(e?.stack ?? e)
    process.exit(1)
})
