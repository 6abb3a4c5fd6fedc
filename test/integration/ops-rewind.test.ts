import { Client } from 'pg'
import { describeIntegration } from '../support/it-env'
import { createDatabase, dbEnv, dropDatabase, indexedHeight } from '../support/db'
import { spawnTs } from '../support/processes'
import { dumpTables } from '../support/tables'
import { syncProcessorTo } from '../support/sync'
import { rpc } from '../support/rpc'
import type { DbConfig } from '../../src/config'

async function runToExit(args: string[], db: DbConfig) {
    const p = spawnTs('src/rewind.ts', args, dbEnv(db))
    const { code } = await p.exited
    return { code, lines: p.output().trim().split('\n') }
}

async function one(db: DbConfig, sql: string, params: unknown[] = []) {
    const c = new Client(db)
    await c.connect()
    try {
        return (await c.query(sql, params)).rows[0]
    } finally {
        await c.end()
    }
}

describeIntegration('rewind: npm run rewind -- --to R, then resume, equals an uninterrupted sync', (env) => {
    let db: DbConfig
    afterAll(async () => {
        if (db && !process.env.TAOINDEX_KEEP_DB) await dropDatabase(db.database)
    })

    const syncTo = (head: number) => syncProcessorTo(db, { RPC_ENDPOINT: env().rpcEndpoint }, head, 240_000)

    it('rewinding to before the last runtime upgrade and resuming gives every table of the uninterrupted sync, row by row', async () => {
        db = await createDatabase('taoindex_rewind')
        const head = env().indexedHeight
        // R: two blocks before the scenario's last runtime upgrade (spec 218), so the resumed run
        // executes that upgrade (every storage item re-read) and the epochs, weights and stake after it
        const upgrade = env().report.specVersions[env().report.specVersions.length - 1]
        expect(upgrade.specVersion).toBe(218)
        const R = upgrade.fromBlock - 2
        const above = await one(
            env().db,
            `SELECT (SELECT count(*) FROM epoch WHERE block_number > $1)::int AS epochs,
                    (SELECT count(*) FROM stake_share_change WHERE block_number > $1)::int AS shares,
                    (SELECT count(*) FROM hotkey_pool_change WHERE block_number > $1)::int AS pools,
                    (SELECT count(*) FROM weight_set WHERE block_number > $1)::int AS weights,
                    (SELECT count(*) FROM stake_event WHERE block_number > $1)::int AS stakes`,
            [R],
        )
        // the rewound range holds real history of each kind (else the test proves little)
        for (const [k, n] of Object.entries(above)) expect([k, (n as number) > 0]).toEqual([k, true])

        await syncTo(head)
        const r = await runToExit(['--to', String(R)], db)
        expect(r.code).toBe(0)
        if (process.env.TAOINDEX_KEEP_DB) {
            // the database as the rewind left it, for inspection
            const c = new Client({ ...db, database: 'postgres' })
            await c.connect()
            await c.query(`CREATE DATABASE "${db.database}_rewound" TEMPLATE "${db.database}"`)
            await c.end()
        }
        expect(r.lines).toHaveLength(1)
        const done = `taoindex: rewound database ${db.database} from block ${head} to block ${R}; rows deleted or rewritten: `
        expect(r.lines[0].startsWith(done)).toBe(true)
        // SQD's position is block R of the chain, the newest indexed block is R, no hot blocks are left
        expect(await one(db, `SELECT height, hash FROM squid_processor.status WHERE id = 0`)).toEqual({
            height: R,
            hash: await rpc(env().rpcEndpoint, 'chain_getBlockHash', [R]),
        })
        const top = await one(db, `SELECT max(height) AS h, (SELECT count(*)::int FROM squid_processor.hot_block) AS hot FROM block`)
        expect(top).toEqual({ h: R, hot: 0 })
        // history tables hold exactly the uninterrupted sync's rows up to R
        const full = await dumpTables(env().db)
        const rewound = await dumpTables(db)
        const history: Record<string, string> = { stake_event: 'block_number', weight_set: 'block_number', epoch: 'block_number' }
        Object.assign(history, { stake_share_change: 'block_number', hotkey_pool_change: 'block_number', block: 'height' })
        for (const [table, col] of Object.entries(history)) {
            expect([table, rewound[table]]).toEqual([table, full[table].filter((row: any) => row[col] <= R)])
        }

        await syncTo(head)
        expect(await dumpTables(db)).toEqual(full)
    }, 600_000)

    it('refuses bad input with one line and exit 2, changing nothing', async () => {
        expect(db).toBeDefined()
        const head = await indexedHeight(db)
        expect(await runToExit([], db)).toEqual({
            code: 2,
            lines: ['taoindex: --to <height> is required: the last block to keep (usage: npm run rewind -- --to <height>)'],
        })
        const notHeight = (raw: string) => ({
            code: 2,
            lines: [`taoindex: --to must be a block height (a whole number >= 0), got "${raw}"`],
        })
        expect(await runToExit(['--to', '-3'], db)).toEqual(notHeight('-3'))
        expect(await runToExit(['--to', 'ten'], db)).toEqual(notHeight('ten'))
        expect(await runToExit(['--to', String(head + 1)], db)).toEqual({
            code: 2,
            lines: [`taoindex: --to ${head + 1} is above the indexed height ${head} ` + `of database ${db.database}`],
        })
        expect(await indexedHeight(db)).toBe(head)
    }, 60_000)
})
