/**
 * node -r ts-node/register/transpile-only scripts/bench/serve.ts (--recording <file.json> | --synthetic [--blocks N]) [--port N]
 *
 * Serves a recording (scripts/bench/record.ts) or the synthetic benchmark chain as a JSON-RPC
 * node over HTTP and WebSocket until interrupted; prints `REPLAY_READY <http url>`. Index it with
 * RPC_ENDPOINT=<url> npm run processor (or src/bench/processor.ts with BENCH_TO).
 */
import * as fs from 'fs'
import { DENSE, loadOrGenerate } from '../../src/bench/synthetic'
import { recordedAnswers, startReplayServer, syntheticAnswers } from '../../src/bench/replay'

async function main() {
    const arg = (name: string) => {
        const i = process.argv.indexOf(name)
        return i > 0 ? process.argv[i + 1] : undefined
    }
    const recording = arg('--recording')
    const synthetic = process.argv.includes('--synthetic')
    if (!recording === !synthetic) {
        console.error('usage: scripts/bench/serve.ts (--recording <file.json> | --synthetic [--blocks N]) [--port N]')
        process.exit(2)
    }
    const answers = recording
        ? recordedAnswers(JSON.parse(fs.readFileSync(recording, 'utf8')))
        : syntheticAnswers(await loadOrGenerate({ ...DENSE, blocks: Number(arg('--blocks') ?? DENSE.blocks) }, (m) => console.error(m)))
    const server = await startReplayServer(answers, Number(arg('--port') ?? 0))
    console.log(`REPLAY_READY ${server.url}`)
    const stop = () => server.close().then(() => process.exit(0))
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
}

main().catch((e) => {
    console.error(e?.stack ?? e)
    process.exit(1)
})
