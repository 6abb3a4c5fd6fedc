import * as fs from 'fs'
import * as path from 'path'
import { Client } from 'pg'
import type { ApiPromise } from '@polkadot/api'
import { describeIntegration } from '../support/it-env'
import { chainPositions, chainUidMap, connect } from '../support/chain-oracle'
import { ROOT } from '../support/processes'

interface DocQuery {
    title: string
    params: string[]
    sql: string
}

/** the numbered queries of docs/sql.md, with their `-- params:` lines */
function docQueries(): DocQuery[] {
    const md = fs.readFileSync(path.join(ROOT, 'docs/sql.md'), 'utf8')
    const out: DocQuery[] = []
    const re = /### (\d+\..*)\n```sql\n-- params: (.*)\n([\s\S]*?)```/g
    for (let m; (m = re.exec(md)); ) out.push({ title: m[1], params: m[2].split(',').map((s) => s.trim()), sql: m[3].trim().replace(/;$/, '') })
    return out
}

const EVENT_TABLES = ['stake_event', 'stake_position_snapshot', 'registration', 'neuron', 'weight_set', 'weight_commit', 'subnet_emission', 'epoch', 'neuron_epoch', 'subnet_param_change']

describeIntegration('docs/sql.md: the analyst queries run, use indexes and agree with the chain', (env) => {
    let c: Client
    let api: ApiPromise
    let params: Record<string, unknown>
    const queries = docQueries()

    beforeAll(async () => {
        c = new Client({ ...env().db, user: 'taoindex_analyst' })
        await c.connect()
        api = await connect(env().rpcEndpoint)
        const eras = env().report.specVersions
        const block = eras[eras.length - 1].fromBlock - 1 // the last block before dTAO
        const coldkey = (await c.query(`SELECT coldkey FROM stake_position_snapshot WHERE block_number <= $1 ORDER BY id LIMIT 1`, [block])).rows[0].coldkey
        const hotkey = (await c.query(`SELECT hotkey FROM weight_set WHERE hotkey IS NOT NULL GROUP BY hotkey ORDER BY count(*) DESC, hotkey LIMIT 1`)).rows[0].hotkey
        params = { coldkey, block, netuid: 1, hotkey }
    })
    afterAll(async () => {
        await c?.end()
        await api?.disconnect()
    })

    const run = (q: DocQuery) => c.query(q.sql, q.params.map((p) => params[p]))

    it('documents at least eight queries', () => {
        expect(queries.length).toBeGreaterThanOrEqual(8)
    })

    it.each(docQueries().map((q) => [q.title, q]))('%s: runs as taoindex_analyst and scans no event table sequentially', async (_t, q) => {
        const rows = (await run(q as DocQuery)).rows
        expect(rows.length).toBeGreaterThan(0)
        await c.query('SET enable_seqscan = off') // with tiny tables the planner would scan anyway: ask whether an index can serve
        const plan = (await c.query(`EXPLAIN ${(q as DocQuery).sql}`, (q as DocQuery).params.map((p) => params[p]))).rows.map((r) => r['QUERY PLAN']).join('\n')
        await c.query('RESET enable_seqscan')
        for (const t of EVENT_TABLES) expect({ table: t, seqScan: plan.includes(`Seq Scan on ${t} `) || plan.endsWith(`Seq Scan on ${t}`) }).toEqual({ table: t, seqScan: false })
    })

    it('query 1 equals the chain: the coldkey stake per subnet at the block', async () => {
        const want = new Map<number, bigint>()
        for (const [id, p] of Object.entries(await chainPositions(api, params.block as number))) {
            const [coldkey, , netuid] = id.split('-')
            if (coldkey === params.coldkey) want.set(Number(netuid), (want.get(Number(netuid)) ?? 0n) + BigInt(p.alpha))
        }
        const rows = (await run(queries[0])).rows
        expect(rows.map((r) => [r.netuid, r.alpha])).toEqual([...want].sort((a, b) => a[0] - b[0]).map(([n, a]) => [n, a.toString()]))
    })

    it('query 7 equals the chain: uid holders of subnet 1 at the block', async () => {
        const want = (await chainUidMap(api, params.block as number))[1]
        const rows = (await run(queries[6])).rows
        expect(Object.fromEntries(rows.map((r) => [r.uid, r.hotkey]))).toEqual(want)
    })
})
