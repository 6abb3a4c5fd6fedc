/**
 * npm run bench -- [--chain dense|finney-shape] [--runs N] [--sync N] [--blocks N]
 *     [--latency-ms N] [--max-in-flight N] [--per-key-us N] [--requests N] [--clients N] [--out file.json]
 *
 * One table from one run, on a synthetic chain (tools/bench/synthetic.ts: the dense one, or a
 * mainnet-shaped one) served by the replay server (tools/bench/replay.ts) as an archive node would
 * serve it (--latency-ms per request, default 20; at most --max-in-flight requests at once, default
 * 16; --latency-ms 0 --max-in-flight 0 answers at full speed), a fresh Postgres database per sync:
 *   (a) full pipeline vs the same processor with a no-op handler (blocks/s ratio);
 *   (b) blocks/s and stored events/s (events whose rows the handler wrote), peak RSS, stage breakdown;
 *   (c) GraphQL p50/p99 of six dashboard listings and the three earnings queries at 50 concurrent clients vs the same SQL on pg;
 *   (d) database bytes per block and per weight vector.
 * Figures are medians of --runs runs (default 3). --blocks is the size of the generated chain
 * (default 2000 dense, 400 finney-shape; cached under data/bench), --sync how many of its blocks
 * each run indexes (default 200). At 20 ms per request the handler's reads, made one after another,
 * bound the full pipeline (0.15 blocks/s dense, 0.03 finney-shape on 2026-12-02): `--runs 1 --sync
 * 60` took 10 minutes on a loaded 2-core machine.
 * The table, the options, the machine (nproc, CPU, load average at start and end, node) and every
 * run go to --out (default bench-results/<date>-<chain>-<machine>.json, committed). A request the
 * replay cannot answer (storage the synthetic chain does not model) fails the run naming the item.
 */
import * as fs from 'fs'
import * as http from 'http'
import * as os from 'os'
import * as path from 'path'
import { Client, Pool } from 'pg'
import { isEpoch, loadOrGenerate, loadRuntime, SHAPES, SyntheticOptions } from './synthetic'
import { ARCHIVE_NODE, describeNodeModel, NodeModel, ReplayServer, startReplayServer, syntheticAnswers } from './replay'
import type { StageStats } from './processor'
import { createDatabase, dbEnv, dropDatabase } from '../../test/support/db'
import { freePort, ROOT, spawnTs } from '../../test/support/processes'
import type { DbConfig } from '../../src/config'
import { EARNINGS_SQL } from '../../src/api/earnings'
import { PROCESSOR_NODE_FLAGS } from '../../src/node-flags'

interface Args {
    chain: string
    runs: number
    blocks?: number
    sync: number
    requests: number
    clients: number
    node: NodeModel
    out?: string
    /** directory for V8 CPU profiles of the full-handler processor (node --cpu-prof) */
    cpuProf?: string
}

const USAGE =
    'usage: npm run bench -- [--chain dense|finney-shape] [--runs N] [--blocks N] [--sync N]' +
    ' [--latency-ms N] [--max-in-flight N] [--per-key-us N] [--requests N] [--clients N] [--out file.json] [--cpu-prof dir]'

function parseArgs(argv: string[]): Args {
    const a: Args = { chain: 'dense', runs: 3, sync: 200, requests: 1000, clients: 50, node: { ...ARCHIVE_NODE } }
    for (let i = 0; i < argv.length; i++) {
        const v = () => {
            const x = argv[++i]
            if (x === undefined) throw new Error(`${argv[i - 1]} needs a value`)
            return x
        }
        const int = () => {
            const x = Number(v())
            if (!Number.isInteger(x) || x < 1) throw new Error(`${argv[i - 1]} needs a positive whole number`)
            return x
        }
        const count = () => {
            const x = Number(v())
            if (!Number.isInteger(x) || x < 0) throw new Error(`${argv[i - 1]} needs a whole number >= 0`)
            return x
        }
        switch (argv[i]) {
            case '--chain':
                a.chain = v()
                if (!SHAPES[a.chain]) throw new Error(`--chain: one of ${Object.keys(SHAPES).join(', ')}`)
                break
            case '--latency-ms':
                a.node.latencyMs = count()
                break
            case '--max-in-flight':
                a.node.maxInFlight = count()
                break
            case '--per-key-us':
                a.node.perKeyUs = count()
                break
            case '--runs':
                a.runs = int()
                break
            case '--blocks':
                a.blocks = int()
                break
            case '--sync':
                a.sync = int()
                break
            case '--requests':
                a.requests = int()
                break
            case '--clients':
                a.clients = int()
                break
            case '--out':
                a.out = path.resolve(v())
                break
            case '--cpu-prof':
                a.cpuProf = path.resolve(v())
                break
            default:
                throw new Error(`unknown argument ${argv[i]}\n${USAGE}`)
        }
    }
    return a
}

const log = (m: string) => process.stderr.write(`bench: ${m}\n`)
const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b)
    const m = s.length >> 1
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/**
 * Rows that stored events became, blocks 1..to: a stake event, registration, weight set (from an
 * event, not a storage re-read), weight commit, reveal (marks its commit) or subnet parameter change
 * each stands for one event. Events the indexer decodes and drops (fees, ExtrinsicSuccess, ...) and
 * rows read from storage (epochs, emissions, pools, positions) are not counted.
 */
const STORED_EVENTS: Record<string, string> = {
    stake_event: `SELECT count(*) AS n FROM stake_event WHERE block_number <= $1`,
    registration: `SELECT count(*) AS n FROM registration WHERE block_number <= $1`,
    weight_set: `SELECT count(*) AS n FROM weight_set WHERE event_index IS NOT NULL AND block_number <= $1`,
    weight_commit: `SELECT count(*) AS n FROM weight_commit WHERE block_number <= $1`,
    'weight_commit (reveals)': `SELECT count(*) AS n FROM weight_commit WHERE revealed_at_block <= $1`,
    subnet_param_change: `SELECT count(*) AS n FROM subnet_param_change WHERE block_number <= $1`,
}

async function storedEvents(db: DbConfig, to: number): Promise<{ total: number; byTable: Record<string, number> }> {
    const c = new Client(db)
    await c.connect()
    try {
        const byTable: Record<string, number> = {}
        for (const [name, sql] of Object.entries(STORED_EVENTS)) byTable[name] = Number((await c.query(sql, [to])).rows[0].n)
        return { total: Object.values(byTable).reduce((a, b) => a + b, 0), byTable }
    } finally {
        await c.end()
    }
}

interface SyncResult {
    stats: StageStats
    stored?: Awaited<ReturnType<typeof storedEvents>>
    db?: DbConfig
}

async function sync(replay: ReplayServer, to: number, handler: 'full' | 'noop', keep: boolean, cpuProf?: string): Promise<SyncResult> {
    const db = await createDatabase(`bench_${handler}`)
    const statsFile = path.join(os.tmpdir(), `taoindex-bench-${process.pid}-${Date.now()}.json`)
    const missesBefore = replay.misses.length
    const env = { ...dbEnv(db), RPC_ENDPOINT: replay.url, BENCH_TO: String(to), BENCH_HANDLER: handler, BENCH_STATS: statsFile }
    const p = spawnTs('tools/bench/processor.ts', [], env, [
        ...PROCESSOR_NODE_FLAGS,
        ...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`] : []),
    ])
    // a request the replay cannot answer (storage the synthetic chain does not model) ends the run at
    // once: the processor might otherwise retry it, or carry on with a value that is not there
    const watch = setInterval(() => {
        if (replay.misses.length > missesBefore) p.stop('SIGKILL')
    }, 200)
    const { code } = await p.exited
    clearInterval(watch)
    try {
        const misses = replay.misses.slice(missesBefore)
        if (misses.length) {
            throw new Error(`the replay could not answer ${misses.length} request(s) of the ${handler} sync; first: ${misses[0]}`)
        }
        if (code !== 0 || !fs.existsSync(statsFile)) {
            throw new Error(`bench processor (${handler}) failed with code ${code}:\n${p.output().slice(-3000)}`)
        }
        const stats: StageStats = JSON.parse(fs.readFileSync(statsFile, 'utf8'))
        fs.rmSync(statsFile, { force: true })
        const stored = handler === 'full' ? await storedEvents(db, to) : undefined
        if (!keep) await dropDatabase(db.database)
        return { stats, stored, db: keep ? db : undefined }
    } catch (e) {
        fs.rmSync(statsFile, { force: true })
        await dropDatabase(db.database)
        throw e
    }
}

interface DashboardQuery {
    name: string
    graphql: string
    sql: string
    params: unknown[]
    /** GraphQL variables, where they are not the SQL parameters in order */
    variables?: Record<string, unknown>
}

/** The dashboard queries (six listings and the three earnings queries), with parameters picked from the indexed data. */
async function dashboardQueries(db: DbConfig): Promise<DashboardQuery[]> {
    const c = new Client(db)
    await c.connect()
    try {
        const one = async (sql: string) => (await c.query(sql)).rows[0]
        const { coldkey } = await one(
            `SELECT coldkey FROM stake_position_snapshot GROUP BY coldkey ORDER BY count(*) DESC, coldkey LIMIT 1`,
        )
        const { hotkey } = await one(
            `SELECT hotkey FROM weight_set WHERE hotkey IS NOT NULL GROUP BY hotkey ORDER BY count(*) DESC, hotkey LIMIT 1`,
        )
        const { netuid } = await one(`SELECT netuid FROM registration GROUP BY netuid ORDER BY count(*) DESC, netuid LIMIT 1`)
        const epoch = await one(`SELECT netuid, block_number AS block FROM neuron_epoch ORDER BY block_number DESC, netuid LIMIT 1`)
        if (!epoch) throw new Error('no subnet ran an epoch in the synced blocks (the API part needs one): sync more blocks')
        const pool = await one(
            `SELECT hotkey, netuid FROM hotkey_pool WHERE netuid > 0 AND total_shares IS NOT NULL ORDER BY total_alpha DESC, hotkey, netuid LIMIT 1`,
        )
        if (!pool) throw new Error('no hotkey pool with shares in the synced blocks (the earnings queries need one): sync a dTAO-era chain')
        // The SQL is what src/api/listing.ts sends for the GraphQL query (every column of the entity,
        // the filter, the order with the id tiebreak, the limit), so the ratio is the cost of the
        // GraphQL layer.
        return [
            {
                name: "coldkey's stake across subnets over time",
                graphql: `query($c: String!) { stakePositionSnapshots(where: {coldkey_eq: $c}, orderBy: [blockNumber_ASC], limit: 1000) { blockNumber netuid hotkey alpha } }`,
                sql: `SELECT * FROM stake_position_snapshot WHERE coldkey = $1 ORDER BY block_number ASC, id ASC LIMIT 1000`,
                params: [coldkey],
            },
            {
                name: 'top validators by stake on a subnet',
                graphql: `query($n: Int!) { stakePositions(where: {netuid_eq: $n}, orderBy: [alpha_DESC], limit: 50) { hotkey coldkey alpha } }`,
                sql: `SELECT * FROM stake_position WHERE netuid = $1 ORDER BY alpha DESC, id ASC LIMIT 50`,
                params: [netuid],
            },
            {
                name: "subnet's emission over time",
                graphql: `query($n: Int!) { subnetEmissions(where: {netuid_eq: $n}, orderBy: [blockNumber_ASC], limit: 1000) { blockNumber taoInEmission alphaOutEmission pendingEmission } }`,
                sql: `SELECT * FROM subnet_emission WHERE netuid = $1 ORDER BY block_number ASC, id ASC LIMIT 1000`,
                params: [netuid],
            },
            {
                name: "validator's weights over time",
                graphql: `query($h: String!) { weightSets(where: {hotkey_eq: $h}, orderBy: [blockNumber_ASC], limit: 1000) { blockNumber netuid uid uids weights } }`,
                sql: `SELECT * FROM weight_set WHERE hotkey = $1 ORDER BY block_number ASC, id ASC LIMIT 1000`,
                params: [hotkey],
            },
            {
                name: 'registration cost over time',
                graphql: `query($n: Int!) { registrations(where: {netuid_eq: $n}, orderBy: [blockNumber_ASC], limit: 1000) { blockNumber burn hotkey } }`,
                sql: `SELECT * FROM registration WHERE netuid = $1 ORDER BY block_number ASC, id ASC LIMIT 1000`,
                params: [netuid],
            },
            {
                name: 'miner incentive ranking',
                graphql: `query($n: Int!, $b: Int!) { neuronEpochs(where: {netuid_eq: $n, blockNumber_eq: $b}, orderBy: [incentive_DESC], limit: 100) { uid hotkey incentive emission } }`,
                sql: `SELECT * FROM neuron_epoch WHERE netuid = $1 AND block_number = $2 ORDER BY incentive DESC, id ASC LIMIT 100`,
                params: [epoch.netuid, epoch.block],
            },
            // the earnings queries run SQL functions: the SQL is the resolver's own (EARNINGS_SQL)
            {
                name: "coldkey's earnings per epoch",
                graphql: `query($c: String!) { positionEarnings(coldkey: $c, interval: EPOCH) { hotkey netuid endBlock earned earnedTao } }`,
                sql: EARNINGS_SQL.positionEarnings,
                params: ['epoch', coldkey, null, null, null, null],
                variables: { c: coldkey },
            },
            {
                name: "validator's yield per epoch",
                graphql: `query($h: String!, $n: Int!) { validatorYield(hotkey: $h, netuid: $n, interval: EPOCH) { endBlock yield apr } }`,
                sql: EARNINGS_SQL.validatorYield,
                params: ['epoch', pool.hotkey, pool.netuid, null, null],
                variables: { h: pool.hotkey, n: pool.netuid },
            },
            {
                name: "coldkey's portfolio with earnings",
                graphql: `query($c: String!, $s: Int!) { portfolio(coldkey: $c, sinceBlock: $s) { hotkey netuid alpha taoValue earnedSince } }`,
                sql: EARNINGS_SQL.portfolio,
                params: [coldkey, null, epoch.block],
                variables: { c: coldkey, s: epoch.block },
            },
        ]
    } finally {
        await c.end()
    }
}

function graphqlVariables(q: DashboardQuery): Record<string, unknown> {
    if (q.variables) return q.variables
    const names = [...q.graphql.matchAll(/\$(\w+):/g)].map((m) => m[1])
    return Object.fromEntries(names.map((n, i) => [n, q.params[i]]))
}

/** `requests` requests from `clients` concurrent loops; latencies in ms, sorted */
async function load(clients: number, requests: number, send: () => Promise<void>): Promise<number[]> {
    const lat: number[] = []
    let left = requests
    await Promise.all(
        Array.from({ length: clients }, async () => {
            while (left-- > 0) {
                const t = performance.now()
                await send()
                lat.push(performance.now() - t)
            }
        }),
    )
    return lat.sort((a, b) => a - b)
}

/**
 * One POST, retried once where a kept-alive socket turned out closed by the server (its idle
 * timeout passed while the SQL side was measured): Node reports that as ECONNRESET on a reused
 * socket, which is not the query failing.
 */
async function postJson(agent: http.Agent, port: number, body: string): Promise<string> {
    try {
        return await postOnce(agent, port, body)
    } catch (e: any) {
        if (!e?.reusedSocket || (e.code !== 'ECONNRESET' && e.message !== 'socket hang up')) throw e
        return postOnce(agent, port, body)
    }
}

function postOnce(agent: http.Agent, port: number, body: string): Promise<string> {
    return new Promise((resolve, reject) => {
        const req = http.request(
            {
                host: '127.0.0.1',
                port,
                path: '/graphql',
                method: 'POST',
                agent,
                headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
            },
            (res) => {
                const chunks: Buffer[] = []
                res.on('data', (c) => chunks.push(c))
                res.on('end', () =>
                    res.statusCode === 200
                        ? resolve(Buffer.concat(chunks).toString())
                        : reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString().slice(0, 300)}`)),
                )
            },
        )
        req.on('error', (e: any) => reject(Object.assign(e, { reusedSocket: req.reusedSocket })))
        req.end(body)
    })
}

interface ApiFigures {
    name: string
    /** why the query could not be measured (the run goes on with the other queries) */
    error?: string
    rows: number
    gqlP50: number
    gqlP99: number
    sqlP50: number
    sqlP99: number
}

async function apiBench(db: DbConfig, a: Args): Promise<ApiFigures[][]> {
    const queries = await dashboardQueries(db)
    const port = await freePort()
    const api = spawnTs('src/api/main.ts', [], { ...dbEnv(db), GQL_PORT: String(port) })
    const pool = new Pool({ ...db, max: a.clients })
    const agent = new http.Agent({ keepAlive: true, maxSockets: a.clients })
    try {
        await api.waitFor(/listening on/, 60_000)
        const measure = async (q: DashboardQuery): Promise<ApiFigures> => {
            const body = JSON.stringify({ query: q.graphql, variables: graphqlVariables(q) })
            const check = JSON.parse(await postJson(agent, port, body))
            if (check.errors) throw new Error(`${q.name}: ${JSON.stringify(check.errors).slice(0, 500)}`)
            const rows = (Object.values(check.data)[0] as unknown[]).length
            const sqlRows = (await pool.query(q.sql, q.params)).rowCount
            if (sqlRows !== rows) throw new Error(`${q.name}: GraphQL returned ${rows} rows, SQL ${sqlRows}`)
            // warm both paths the same way before measuring
            await load(a.clients, a.clients * 2, () => postJson(agent, port, body).then(() => undefined))
            await load(a.clients, a.clients * 2, () => pool.query(q.sql, q.params).then(() => undefined))
            const gql = await load(a.clients, a.requests, () => postJson(agent, port, body).then(() => undefined))
            const sql = await load(a.clients, a.requests, () => pool.query(q.sql, q.params).then(() => undefined))
            return { name: q.name, rows, gqlP50: pct(gql, 50), gqlP99: pct(gql, 99), sqlP50: pct(sql, 50), sqlP99: pct(sql, 99) }
        }
        const rounds: ApiFigures[][] = []
        for (let r = 0; r < a.runs; r++) {
            const round: ApiFigures[] = []
            for (const q of queries) {
                const t = performance.now()
                try {
                    round.push(await measure(q))
                } catch (e: any) {
                    const error = `${String(e?.message ?? e).slice(0, 200)} (after ${((performance.now() - t) / 1000).toFixed(1)} s)`
                    log(`API: ${q.name}: ${error}`)
                    round.push({ name: q.name, error, rows: 0, gqlP50: NaN, gqlP99: NaN, sqlP50: NaN, sqlP99: NaN })
                }
            }
            rounds.push(round)
        }
        return rounds
    } finally {
        agent.destroy()
        await pool.end()
        await api.stop()
    }
}

async function dbFigures(db: DbConfig, blocks: number) {
    const c = new Client(db)
    await c.connect()
    try {
        const size = async (where: string) =>
            Number(
                (
                    await c.query(
                        `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS b FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public' ${where}`,
                    )
                ).rows[0].b,
            )
        const total = await size(`AND c.relname <> 'migrations'`)
        const weightBytes = await size(`AND c.relname = 'weight_set'`)
        const weightRows = Number((await c.query(`SELECT count(*) AS n FROM weight_set`)).rows[0].n)
        const rows = (await c.query(`SELECT relname, n_live_tup FROM pg_stat_user_tables WHERE schemaname = 'public' ORDER BY relname`))
            .rows
        return {
            totalBytes: total,
            bytesPerBlock: total / blocks,
            weightSetBytes: weightBytes,
            weightSets: weightRows,
            bytesPerWeightVector: weightRows ? weightBytes / weightRows : 0,
            rows: Object.fromEntries(rows.map((r) => [r.relname, Number(r.n_live_tup)])),
        }
    } finally {
        await c.end()
    }
}

function stages(s: StageStats) {
    const map = Math.max(0, s.handlerMs - s.handlerRpcMs - s.storeMs)
    const store = s.storeMs + Math.max(0, s.transactionMs - s.handlerMs)
    return { fetchIngest: s.ingestRpcMs, fetchHandler: s.handlerRpcMs, decode: s.decodeMs, map, store }
}

/** storage key prefix (pallet and item hashes, 0x + 64 hex) -> Pallet.Item, from the synthetic chain's runtime */
function storageItemNames(): Map<string, string> {
    const { runtime } = loadRuntime()
    const names = new Map<string, string>()
    for (const [pallet, p] of Object.entries(runtime.description.storage))
        for (const item of Object.keys(p.items)) {
            const name = `${pallet}.${item}`
            names.set(runtime.encodeStorageKey(name as any), name)
        }
    return names
}

/** The stage the wall time goes to: the handler's own stages when the batch transactions fill the wall time, else ingest. */
function dominant(s: StageStats): string {
    const st = stages(s)
    const handlerBound = s.transactionMs > 0.6 * s.wallMs
    const c: [string, number][] = handlerBound
        ? [
              ['fetch (storage reads in the handler)', st.fetchHandler],
              ['map', st.map],
              ['store', st.store],
          ]
        : [
              ['fetch (blocks/events)', st.fetchIngest],
              ['decode', st.decode],
          ]
    c.sort((x, y) => y[1] - x[1])
    return `${c[0][0]}: ${((100 * c[0][1]) / s.wallMs).toFixed(0)}% of wall time`
}

const cpuModel = () =>
    (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? os.cpus()[0]?.model ?? 'unknown'

/** bench-results/<UTC date and time>-<chain>-<cores>c-<cpu>.json: one file per run, kept in git */
function defaultOut(started: Date, chain: string): string {
    const when = started.toISOString().slice(0, 16).replace(/:/g, '') + 'Z'
    const cpu = cpuModel()
        .toLowerCase()
        .replace(/\(r\)|\(tm\)|cpu|@.*$/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
    return path.join(ROOT, 'bench-results', `${when}-${chain}-${os.cpus().length}c-${cpu}.json`)
}

async function main() {
    const a = parseArgs(process.argv.slice(2))
    const shape = SHAPES[a.chain]
    const options: SyntheticOptions = { ...shape, blocks: a.blocks ?? shape.blocks }
    const to = Math.min(a.sync, options.blocks)
    const loadStart = os.loadavg()
    const chain = await loadOrGenerate(options, log)
    const eventsDecoded = chain.blocks.slice(0, to + 1).reduce((n, b) => n + b.eventCount, 0)
    const replay = await startReplayServer(syntheticAnswers(chain), 0, a.node)
    log(`replay: ${describeNodeModel(a.node)}`)
    const started = new Date()
    const full: StageStats[] = []
    const noop: StageStats[] = []
    const stored: number[] = []
    let storedByTable: Record<string, number> = {}
    let keptDb: DbConfig | undefined
    /** RPC requests of one full-pipeline sync, by method (what the handler's reads cost in round trips) */
    let fullRequests: Record<string, number> = {}
    try {
        for (let r = 1; r <= a.runs; r++) {
            log(`run ${r}/${a.runs}: no-op handler, blocks 0..${to}`)
            noop.push((await sync(replay, to, 'noop', false)).stats)
            log(`run ${r}/${a.runs}: full pipeline, blocks 0..${to}`)
            const last = r === a.runs
            const before = new Map(replay.counts)
            const res = await sync(replay, to, 'full', last, a.cpuProf)
            full.push(res.stats)
            stored.push(res.stored!.total)
            storedByTable = res.stored!.byTable
            fullRequests = Object.fromEntries([...replay.counts].map(([m, n]) => [m, n - (before.get(m) ?? 0)]))
            if (last) keptDb = res.db
        }
        const db = await dbFigures(keptDb!, to + 1)
        log(`API: ${a.clients} clients, ${a.requests} requests per query, ${a.runs} rounds`)
        const api = await apiBench(keptDb!, a)
        const loadEnd = os.loadavg()
        const events = { decoded: eventsDecoded, stored, byTable: storedByTable }
        const report = summarize(a, options, to, events, full, noop, db, api, started, [loadStart, loadEnd])
        const out = a.out ?? defaultOut(started, options.name)
        fs.mkdirSync(path.dirname(out), { recursive: true })
        const json = { ...report.json, args: a, fullRequests, replay: replay.served(), runs: { full, noop, api } }
        fs.writeFileSync(out, JSON.stringify(json, null, 2) + '\n')
        process.stdout.write(report.table + `\nJSON: ${path.relative(process.cwd(), out)}\n`)
    } finally {
        await replay.close()
        if (keptDb) await dropDatabase(keptDb.database)
    }
}

interface EventFigures {
    /** every event of the synced blocks, as decoded */
    decoded: number
    /** stored events per full run (see STORED_EVENTS) */
    stored: number[]
    byTable: Record<string, number>
}

function summarize(
    a: Args,
    o: SyntheticOptions,
    to: number,
    events: EventFigures,
    full: StageStats[],
    noop: StageStats[],
    db: Awaited<ReturnType<typeof dbFigures>>,
    api: ApiFigures[][],
    started: Date,
    load: [number[], number[]],
) {
    const blocks = to + 1
    const bps = (s: StageStats) => (blocks * 1000) / s.wallMs
    const fullBps = median(full.map(bps))
    const noopBps = median(noop.map(bps))
    const eps = median(full.map((s, i) => (events.stored[i] * 1000) / s.wallMs))
    const rss = median(full.map((s) => s.maxRssBytes))
    const mid = [...full].sort((x, y) => bps(x) - bps(y))[full.length >> 1]
    const st = stages(mid)
    const apiMed = api[0].map((q, i) => {
        const m = (f: keyof ApiFigures) => median(api.map((r) => r[i][f] as number))
        const error = api.map((r) => r[i].error).find((e) => e)
        return { name: q.name, error, rows: q.rows, gqlP50: m('gqlP50'), gqlP99: m('gqlP99'), sqlP50: m('sqlP50'), sqlP99: m('sqlP99') }
    })
    const cpu = cpuModel()
    const loads = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ')
    const epochsPerBlock = o.epochRule === 'subtensor' ? o.subnets / (o.tempo + 1) : o.subnets / o.tempo
    let epochsSynced = 0
    for (let h = 1; h <= to; h++) for (let n = 1; n <= o.subnets; n++) if (isEpoch(o, h, n)) epochsSynced++
    const f1 = (x: number) => x.toFixed(1)
    const f2 = (x: number) => x.toFixed(2)
    // rates far below one block per second (a mainnet-shaped chain at 20 ms) would print as 0.0
    const rate = (x: number) => (!Number.isFinite(x) ? 'n/a' : x >= 10 ? x.toFixed(1) : x.toPrecision(2))
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s (${((100 * ms) / mid.wallMs).toFixed(0)}%)`
    const lines: string[] = []
    const row = (k: string, v: string, t = '') => lines.push(`| ${k} | ${v} | ${t} |`)
    lines.push(`taoindex benchmark: ${started.toISOString()}, ${os.cpus().length} cores (nproc), ${cpu}, node ${process.version}`)
    lines.push(`load average (1 5 15 min): ${loads(load[0])} at start, ${loads(load[1])} at end`)
    lines.push(`replay node: ${describeNodeModel(a.node)}`)
    lines.push(
        `chain: synthetic ${o.name}, spec 224, ${blocks} blocks synced (0..${to}) of ${o.blocks} generated, ` +
            `${o.subnets} subnets x ${o.neurons} neurons, per block ${o.stakeOps} stake ops, ${o.stakeMoves} stake moves, ` +
            `${o.weightSets} weight sets, ${o.commits} commits (+ reveals), ` +
            `${o.registrations} registrations, ${epochsPerBlock.toFixed(2)} epochs per block (${epochsSynced} in the synced blocks); ` +
            `${events.decoded} events decoded, ${median(events.stored)} stored; medians of ${a.runs} runs`,
    )
    lines.push('')
    lines.push('| measure | value | target |')
    lines.push('|---|---|---|')
    row('(a) no-op handler', `${rate(noopBps)} blocks/s`)
    row('(a) full pipeline', `${rate(fullBps)} blocks/s`)
    row('(a) full / no-op', f2(fullBps / noopBps), `>= 0.5: ${fullBps / noopBps >= 0.5 ? 'met' : 'MISSED'}`)
    // the first batch of a run may import a whole chain state (every position at block 0): the rest is the steady state
    const later = (x: StageStats) => ((x.blocks - x.firstBatchBlocks) * 1000) / (x.wallMs - x.firstBatchEndMs)
    const firstBlocks = median(full.map((x) => x.firstBatchBlocks))
    const laterBps = (list: StageStats[]) => median(list.filter((x) => x.blocks > x.firstBatchBlocks).map(later))
    row(
        `(a) no-op / full pipeline after the first batch (${firstBlocks} blocks)`,
        `${rate(laterBps(noop))} / ${rate(laterBps(full))} blocks/s (first batch of the full pipeline: ` +
            `${f1(median(full.map((x) => x.firstBatchEndMs)) / 1000)} s)`,
    )
    row('(b) blocks/s into Postgres', rate(fullBps))
    const storedTables = 'rows of stake_event, registration, weight_set, weight_commit, subnet_param_change'
    row(`(b) stored events/s (${storedTables})`, rate(eps), `>= 20000: ${eps >= 20000 ? 'met' : 'MISSED'}`)
    row('(b) peak RSS (full pipeline)', `${(rss / 2 ** 20).toFixed(0)} MiB`)
    row('(b) stage: fetch, blocks + events (ingest, concurrent)', s(st.fetchIngest))
    row('(b) stage: decode (ingest, concurrent)', s(st.decode))
    row('(b) pools whose shares did not add up (hotkey re-read whole)', String(mid.unbalancedPools ?? 'n/a'))
    row('(b) stage: fetch, storage reads in the handler', `${s(st.fetchHandler)}, ${mid.handlerRpcCalls} requests`)
    row('(b) stage: map', s(st.map))
    row('(b) stage: store', s(st.store))
    const commitMs = Math.max(0, mid.transactionMs - mid.handlerMs)
    const ops = Object.entries(mid.storeByOp ?? {}).sort((x, y) => y[1].ms - x[1].ms)
    row(
        '(b) store, largest parts',
        [
            `commit ${(commitMs / 1000).toFixed(1)} s`,
            ...ops.slice(0, 6).map(([k, v]) => `${k} ${(v.ms / 1000).toFixed(1)} s (${v.calls})`),
        ].join('; '),
    )
    const reads = Object.entries(mid.onDemandReads ?? {}).sort((x, y) => y[1] - x[1])
    const itemNames = storageItemNames()
    const named = (k: string) => {
        const [method, prefix] = k.split(' ')
        return `${method} ${itemNames.get(prefix) ?? (prefix || '-')}`
    }
    row(
        '(b) reads while mapping (not prefetched), largest',
        reads.length
            ? reads
                  .slice(0, 5)
                  .map(([k, n]) => `${named(k)} (${n})`)
                  .join('; ')
            : 'none',
    )
    row('(b) dominant stage', dominant(mid))
    for (const q of apiMed) {
        const ratio = q.gqlP99 / q.sqlP99
        if (q.error) {
            row(`(c) ${q.name}`, `failed: ${q.error}`, '<= 2: MISSED')
            continue
        }
        row(
            `(c) ${q.name} (${q.rows} rows)`,
            `GraphQL p50 ${f1(q.gqlP50)} / p99 ${f1(q.gqlP99)} ms; SQL p50 ${f1(q.sqlP50)} / p99 ${f1(q.sqlP99)} ms; p99 ratio ${f2(ratio)}`,
            `<= 2: ${ratio <= 2 ? 'met' : 'MISSED'}`,
        )
    }
    row('(d) database bytes per block', `${(db.bytesPerBlock / 1024).toFixed(1)} KiB (${(db.totalBytes / 2 ** 20).toFixed(0)} MiB total)`)
    row('(d) bytes per weight vector', `${db.bytesPerWeightVector.toFixed(0)} (weight_set, ${db.weightSets} rows, incl. indexes)`)
    const table = lines.join('\n') + '\n'
    return {
        table,
        json: {
            date: started.toISOString(),
            table,
            replayNode: { ...a.node, described: describeNodeModel(a.node) },
            machine: { nproc: os.cpus().length, cpu, node: process.version, loadavgStart: load[0], loadavgEnd: load[1] },
            chain: {
                ...o,
                synced: blocks,
                eventsDecoded: events.decoded,
                eventsStored: median(events.stored),
                eventsStoredByTable: events.byTable,
            },
            fullBlocksPerSec: fullBps,
            noopBlocksPerSec: noopBps,
            ratio: fullBps / noopBps,
            eventsPerSec: eps,
            peakRssBytes: rss,
            stagesMs: st,
            dominant: dominant(mid),
            api: apiMed,
            db,
        },
    }
}

main().catch((e) => {
    console.error(`bench: ${e?.stack ?? e}`)
    process.exit(1)
})
