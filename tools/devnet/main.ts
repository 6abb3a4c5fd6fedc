/**
 * npm run devnet -- [--genesis <spec.json>] [--port N] [--host H] [--db <file.sqlite>]
 *                   [--scenario] [--seed N] [--upgrade <path>]... [--report <file.json>]
 *
 * Starts an offline Subtensor devnet (Chopsticks, manual block building), optionally drives the
 * scenario of tools/devnet/scenario.ts, prints one line
 *   DEVNET_READY {"endpoint":"ws://127.0.0.1:PORT","report":"<path>"|null}
 * on stdout and serves until SIGINT/SIGTERM. Progress goes to stderr.
 * Bad input: one line on stderr, exit code 2.
 *
 * Defaults: genesis ../shared/subtensor/chainspecs/raonet-spec218-2025-02-13.json; with --scenario
 * and neither --genesis nor --upgrade: spec 103 genesis, upgraded to 143 then 218. Port 0 = any
 * free port; seed 1. Without --report the report goes to a temporary file removed at shutdown.
 * Blocks are built only on request: the scenario does it, other clients call dev_newBlock.
 */
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { checkPort, DevnetInputError, readRawChainSpec, startDevnet, type Devnet } from './chain'
import { exitWithParent } from '../../src/util/cli'

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared', 'subtensor', 'chainspecs')
const DEFAULT_GENESIS = path.join(SHARED, 'raonet-spec218-2025-02-13.json')
const SCENARIO_GENESIS = path.join(SHARED, 'testfinney-spec103-2023-03-22.json')
const SCENARIO_UPGRADES = [
    path.join(SHARED, 'finney-spec143-code-substitute-2585476.wasm.hex'),
    path.join(SHARED, 'raonet-spec218-2025-02-13.json'),
]

const USAGE =
    'usage: npm run devnet -- [--genesis <spec.json>] [--port N] [--host H] [--db <file.sqlite>] [--scenario] [--seed N] [--upgrade <path>]... [--report <file.json>]'

interface Args {
    genesis?: string
    port: number
    host: string
    db?: string
    scenario: boolean
    seed: number
    upgrades: string[]
    report?: string
}

function parseArgs(argv: string[]): Args {
    const a: Args = { port: 0, host: '127.0.0.1', scenario: false, seed: 1, upgrades: [] }
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i]
        const eq = arg.indexOf('=')
        const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg
        const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined
        const value = (): string => {
            if (inline !== undefined) return inline
            const v = argv[++i]
            if (v === undefined || v.startsWith('--')) throw new DevnetInputError(`${name} needs a value`)
            return v
        }
        switch (name) {
            case '--genesis':
                a.genesis = value()
                break
            case '--port':
                a.port = checkPort(value())
                break
            case '--host':
                a.host = value()
                break
            case '--db':
                a.db = value()
                break
            case '--scenario':
                a.scenario = true
                break
            case '--seed': {
                const v = value()
                if (!/^-?\d+$/.test(v)) throw new DevnetInputError(`invalid seed ${JSON.stringify(v)}: expected an integer`)
                a.seed = Number(v)
                break
            }
            case '--upgrade':
                a.upgrades.push(value())
                break
            case '--report':
                a.report = value()
                break
            case '-h':
            case '--help':
                process.stderr.write(USAGE + '\n')
                return process.exit(0)
            default:
                throw new DevnetInputError(`unknown argument ${JSON.stringify(arg)}`)
        }
    }
    return a
}

function checkReadable(file: string, what: string): void {
    try {
        fs.accessSync(file, fs.constants.R_OK)
        if (!fs.statSync(file).isFile()) throw new Error('not a file')
    } catch {
        throw new DevnetInputError(`${what} ${file}: file not found or unreadable`)
    }
}

async function main(): Promise<void> {
    exitWithParent()
    // stdout carries only the DEVNET_READY line: polkadot.js logs info lines with console.log,
    // and Chopsticks' pino-pretty logger writes to fd 1 (so keep it quiet unless LOG_LEVEL is set).
    console.log = (...xs: unknown[]) => console.error(...xs)
    console.info = console.log
    if (!process.env.LOG_LEVEL) process.env.LOG_LEVEL = 'fatal'
    const args = parseArgs(process.argv.slice(2))
    let genesis = args.genesis
    if (genesis == null) {
        if (args.scenario && args.upgrades.length === 0) {
            genesis = SCENARIO_GENESIS
            args.upgrades = SCENARIO_UPGRADES
        } else {
            genesis = DEFAULT_GENESIS
        }
    }
    readRawChainSpec(genesis) // validates: one clear line if missing/bad
    for (const u of args.upgrades) checkReadable(u, 'runtime upgrade')
    if (args.upgrades.length && !args.scenario) throw new DevnetInputError('--upgrade is only used with --scenario')

    const log = (s: string) => process.stderr.write(s + '\n')
    const t0 = Date.now()
    const devnet: Devnet = await startDevnet({ genesis, port: args.port, host: args.host, dbPath: args.db })
    log(`devnet: ${path.relative(process.cwd(), genesis)} at ${devnet.endpoint} (${Date.now() - t0} ms)`)

    let closing = false
    let tmpReport: string | undefined // default report file, removed at shutdown (--report files are kept)
    const shutdown = async (sig: string) => {
        if (closing) return
        closing = true
        log(`devnet: ${sig}, closing`)
        try {
            await devnet.close()
        } catch (e: any) {
            log(`devnet: close failed: ${e?.message ?? e}`)
        }
        if (tmpReport) fs.rmSync(tmpReport, { force: true })
        process.exit(0)
    }
    process.on('SIGINT', () => void shutdown('SIGINT'))
    process.on('SIGTERM', () => void shutdown('SIGTERM'))

    let reportPath: string | null = null
    if (args.scenario) {
        const { ApiPromise, WsProvider } = await import('@polkadot/api')
        const { runScenario } = await import('./scenario')
        const api = await ApiPromise.create({ provider: new WsProvider(devnet.endpoint), noInitWarn: true })
        try {
            const t1 = Date.now()
            const report = await runScenario(api, devnet, { seed: args.seed, upgrades: args.upgrades, log }).catch(async (e) => {
                await api.disconnect().catch(() => undefined)
                await devnet.close().catch(() => undefined)
                throw e
            })
            const ms = Date.now() - t1
            reportPath = path.resolve(args.report ?? path.join(os.tmpdir(), `taoindex-devnet-report-${process.pid}.json`))
            if (args.report == null) tmpReport = reportPath
            fs.writeFileSync(reportPath, JSON.stringify(report, null, 1) + '\n')
            log(
                `scenario: ${report.blocks} blocks, ${report.extrinsics.length} extrinsics, specs ${report.specVersions
                    .map((s) => `${s.specVersion}@${s.fromBlock}`)
                    .join(' -> ')}, ${(ms / 1000).toFixed(1)} s`,
            )
        } finally {
            await api.disconnect().catch(() => undefined)
        }
    }
    process.stdout.write(`DEVNET_READY ${JSON.stringify({ endpoint: devnet.endpoint, report: reportPath })}\n`)
}

main().catch((e: any) => {
    if (e instanceof DevnetInputError) {
        process.stderr.write(`devnet: ${e.message}\n`)
        process.exit(2)
    }
    process.stderr.write(`devnet: ${e?.stack ?? e}\n`)
    process.exit(1)
})
