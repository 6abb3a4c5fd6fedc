/**
 * node -r ts-node/register/transpile-only tools/bench/serve.ts
 *     (--recording <file.json> | --synthetic [--chain dense|finney-shape] [--blocks N]) [--port N]
 *     [--latency-ms N] [--max-in-flight N] [--per-key-us N]
 *
 * Serves a recording (tools/bench/record.ts) or a synthetic benchmark chain as a JSON-RPC node
 * over HTTP and WebSocket until interrupted; prints `REPLAY_READY <http url>`. Like `npm run bench`
 * it answers as an archive node would (20 ms per request, 16 requests in flight) unless told
 * otherwise; `--latency-ms 0 --max-in-flight 0` answers at full speed. Index it with
 * RPC_ENDPOINT=<url> npm run processor (or tools/bench/processor.ts with BENCH_TO).
 */
import * as fs from 'fs'
import { loadOrGenerate, SHAPES } from './synthetic'
import { ARCHIVE_NODE, describeNodeModel, recordedAnswers, startReplayServer, syntheticAnswers } from './replay'

const USAGE =
    'usage: tools/bench/serve.ts (--recording <file.json> | --synthetic [--chain dense|finney-shape] [--blocks N]) [--port N]' +
    ' [--latency-ms N] [--max-in-flight N] [--per-key-us N]'

async function main() {
    const arg = (name: string) => {
        const i = process.argv.indexOf(name)
        return i > 0 ? process.argv[i + 1] : undefined
    }
    const num = (name: string, fallback: number) => {
        const v = arg(name)
        if (v === undefined) return fallback
        const n = Number(v)
        if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number >= 0\n${USAGE}`)
        return n
    }
    const recording = arg('--recording')
    const synthetic = process.argv.includes('--synthetic')
    const shape = SHAPES[arg('--chain') ?? 'dense']
    if (!recording === !synthetic || !shape) {
        console.error(USAGE)
        process.exit(2)
    }
    const model = {
        latencyMs: num('--latency-ms', ARCHIVE_NODE.latencyMs),
        maxInFlight: num('--max-in-flight', ARCHIVE_NODE.maxInFlight),
        perKeyUs: num('--per-key-us', ARCHIVE_NODE.perKeyUs),
    }
    const answers = recording
        ? recordedAnswers(JSON.parse(fs.readFileSync(recording, 'utf8')))
        : syntheticAnswers(await loadOrGenerate({ ...shape, blocks: num('--blocks', shape.blocks) }, (m) => console.error(m)))
    const server = await startReplayServer(answers, num('--port', 0), model)
    console.error(`replay: ${describeNodeModel(model)}`)
    console.log(`REPLAY_READY ${server.url}`)
    const stop = () => server.close().then(() => process.exit(0))
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
}

main().catch((e) => {
    console.error(e?.stack ?? e)
    process.exit(1)
})
