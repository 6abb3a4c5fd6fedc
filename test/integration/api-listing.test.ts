/**
 * The generic list mechanism on two entities (StakeEvent, Registration): every filter operator,
 * AND/OR, ordering, limit/offset pages, connection pages with cursors and totals, each compared with
 * a hand-written SQL query over the same database.
 */
import { Client } from 'pg'
import { describeIntegration } from '../support/it-env'
import { gql } from '../support/graphql'

describeIntegration('GraphQL lists: filters, ordering, both pagination styles and totals equal hand-written SQL', (env) => {
    let c: Client
    const sqlIds = async (sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows.map((r) => r.id as string)
    /** ids a list returns; `vars`: name -> [GraphQL type, value] */
    const apiIds = async (list: string, args: string, vars: Record<string, [string, unknown]> = {}) => {
        const defs = Object.entries(vars)
            .map(([k, [t]]) => `$${k}: ${t}`)
            .join(', ')
        const values = Object.fromEntries(Object.entries(vars).map(([k, [, v]]) => [k, v]))
        const r = await gql(env().apiUrl, `query${defs ? `(${defs})` : ''} { ${list}(${args}) { id } }`, values)
        if (r.errors) throw new Error(`${list}(${args}): ${JSON.stringify(r.errors)}`)
        return r.data[list].map((x: any) => x.id as string)
    }
    // facts about the indexed data that the cases below use
    let se: { coldkey: string; hotkeys: string[]; netuids: number[]; midBlock: number; midTime: string; bigTao: string; count: number }
    let reg: { count: number; midBlock: number; netuid: number; burnMid: string }

    beforeAll(async () => {
        c = new Client(env().db)
        await c.connect()
        const q = async (sql: string) => (await c.query(sql)).rows
        const [s] = await q(`SELECT count(*)::int AS n, percentile_disc(0.5) WITHIN GROUP (ORDER BY block_number) AS mid FROM stake_event`)
        const [t] = await q(`SELECT "timestamp" FROM stake_event WHERE block_number = ${s.mid} LIMIT 1`)
        const [tao] = await q(
            `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY tao_amount)::text AS v FROM stake_event WHERE tao_amount IS NOT NULL`,
        )
        const [ck] = await q(`SELECT coldkey FROM stake_event GROUP BY coldkey ORDER BY count(*) DESC, coldkey LIMIT 1`)
        const hotkeys = (await q(`SELECT hotkey FROM stake_event GROUP BY hotkey ORDER BY count(*) DESC, hotkey LIMIT 2`)).map(
            (r) => r.hotkey,
        )
        const netuids = (await q(`SELECT DISTINCT netuid FROM stake_event ORDER BY netuid`)).map((r) => r.netuid)
        se = { coldkey: ck.coldkey, hotkeys, netuids, midBlock: s.mid, midTime: t.timestamp.toISOString(), bigTao: tao.v, count: s.n }
        const [r] = await q(`SELECT count(*)::int AS n, percentile_disc(0.5) WITHIN GROUP (ORDER BY block_number) AS mid FROM registration`)
        const [rn] = await q(`SELECT netuid FROM registration GROUP BY netuid ORDER BY count(*) DESC, netuid LIMIT 1`)
        const [rb] = await q(`SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY burn)::text AS v FROM registration WHERE burn IS NOT NULL`)
        reg = { count: r.n, midBlock: r.mid, netuid: rn.netuid, burnMid: rb.v }
        // the cases need variety: several subnets, hotkeys, burned and non-burned registrations
        expect(se.count).toBeGreaterThan(20)
        expect(se.count).toBeLessThan(1000) // one default page holds every match
        expect(se.netuids.length).toBeGreaterThanOrEqual(3)
        expect(reg.count).toBeGreaterThan(10)
        expect(reg.burnMid).not.toBeNull()
    })
    afterAll(async () => {
        await c?.end()
    })

    const byId = 'ORDER BY id'

    it('stakeEvents: every filter operator on every kind of field', async () => {
        const cases: [string, string, unknown[], Record<string, [string, unknown]>?][] = [
            // Account (ss58 String): eq, not_eq, in, not_in
            ['where: { coldkey_eq: $a }', `coldkey = $1`, [se.coldkey], { a: ['String!', se.coldkey] }],
            ['where: { coldkey_not_eq: $a }', `coldkey <> $1`, [se.coldkey], { a: ['String!', se.coldkey] }],
            ['where: { hotkey_in: $h }', `hotkey = ANY($1)`, [se.hotkeys], { h: ['[String!]', se.hotkeys] }],
            ['where: { hotkey_not_in: $h }', `NOT (hotkey = ANY($1))`, [se.hotkeys], { h: ['[String!]', se.hotkeys] }],
            // Int: all comparisons, in, not_in
            [`where: { blockNumber_eq: ${se.midBlock} }`, `block_number = ${se.midBlock}`, []],
            [`where: { blockNumber_not_eq: ${se.midBlock} }`, `block_number <> ${se.midBlock}`, []],
            [`where: { blockNumber_gt: ${se.midBlock} }`, `block_number > ${se.midBlock}`, []],
            [`where: { blockNumber_gte: ${se.midBlock} }`, `block_number >= ${se.midBlock}`, []],
            [`where: { blockNumber_lt: ${se.midBlock} }`, `block_number < ${se.midBlock}`, []],
            [`where: { blockNumber_lte: ${se.midBlock} }`, `block_number <= ${se.midBlock}`, []],
            [`where: { netuid_in: [${se.netuids.slice(0, 2)}] }`, `netuid IN (${se.netuids.slice(0, 2)})`, []],
            [`where: { netuid_not_in: [${se.netuids.slice(0, 2)}] }`, `netuid NOT IN (${se.netuids.slice(0, 2)})`, []],
            // nullable Int / String: isNull both ways
            ['where: { destNetuid_isNull: false }', `dest_netuid IS NOT NULL`, []],
            ['where: { groupId_isNull: true }', `group_id IS NULL`, []],
            ['where: { extrinsicHash_isNull: false }', `extrinsic_hash IS NOT NULL`, []],
            // BigInt: numeric (not text) comparison
            [`where: { taoAmount_gt: "${se.bigTao}" }`, `tao_amount > ${se.bigTao}`, []],
            [`where: { taoAmount_lte: "${se.bigTao}" }`, `tao_amount <= ${se.bigTao}`, []],
            ['where: { fee_isNull: true }', `fee IS NULL`, []],
            // DateTime
            [`where: { timestamp_gte: "${se.midTime}" }`, `"timestamp" >= '${se.midTime}'`, []],
            [`where: { timestamp_lt: "${se.midTime}" }`, `"timestamp" < '${se.midTime}'`, []],
            // Enum
            ['where: { kind_eq: ADD }', `kind = 'ADD'`, []],
            ['where: { kind_in: [REMOVE, MOVE] }', `kind IN ('REMOVE', 'MOVE')`, []],
            ['where: { kind_not_in: [ADD, REMOVE] }', `kind NOT IN ('ADD', 'REMOVE')`, []],
            // ID
            [`where: { id_gte: "${String(se.midBlock).padStart(10, '0')}" }`, `id >= '${String(se.midBlock).padStart(10, '0')}'`, []],
            // AND / OR, nested
            [
                `where: { OR: [{ AND: [{ kind_eq: ADD }, { netuid_gt: 0 }] }, { kind_eq: REMOVE, blockNumber_lt: ${se.midBlock} }] }`,
                `(kind = 'ADD' AND netuid > 0) OR (kind = 'REMOVE' AND block_number < ${se.midBlock})`,
                [],
            ],
            [
                `where: { AND: [{ blockNumber_gte: ${se.midBlock} }, { OR: [{ netuid_eq: 0 }, { fee_isNull: false }] }] }`,
                `block_number >= ${se.midBlock} AND (netuid = 0 OR fee IS NOT NULL)`,
                [],
            ],
        ]
        let nonEmpty = 0
        for (const [args, sql, params, vars] of cases) {
            const want = await sqlIds(`SELECT id FROM stake_event WHERE ${sql} ${byId}`, params)
            const got = await apiIds('stakeEvents', `${args}, orderBy: [id_ASC]`, vars)
            expect({ args, got }).toEqual({ args, got: want })
            if (want.length > 0 && want.length < se.count) nonEmpty++
        }
        // a case that matches nothing or everything proves little: most must split the rows
        expect(nonEmpty).toBeGreaterThanOrEqual(cases.length - 3)
    })

    it('registrations: the operators on another entity (enum, nullable BigInt, Int, Account)', async () => {
        const cases: [string, string][] = [
            [`where: { netuid_eq: ${reg.netuid} }`, `netuid = ${reg.netuid}`],
            [`where: { method_eq: BURNED }`, `method = 'BURNED'`],
            [`where: { method_not_eq: BURNED }`, `method <> 'BURNED'`],
            [`where: { burn_isNull: true }`, `burn IS NULL`],
            [`where: { burn_gte: "${reg.burnMid}" }`, `burn >= ${reg.burnMid}`],
            [`where: { burn_lt: "${reg.burnMid}" }`, `burn < ${reg.burnMid}`],
            [`where: { replacedHotkey_isNull: false }`, `replaced_hotkey IS NOT NULL`],
            [`where: { uid_lte: 1, blockNumber_gt: ${reg.midBlock} }`, `uid <= 1 AND block_number > ${reg.midBlock}`],
            [
                `where: { OR: [{ netuid_eq: ${reg.netuid} }, { method_in: [SUDO, ROOT] }] }`,
                `netuid = ${reg.netuid} OR method IN ('SUDO', 'ROOT')`,
            ],
        ]
        for (const [args, sql] of cases) {
            const want = await sqlIds(`SELECT id FROM registration WHERE ${sql} ${byId}`)
            expect({ args, got: await apiIds('registrations', `${args}, orderBy: [id_ASC]`) }).toEqual({ args, got: want })
        }
    })

    it('orderBy: ascending and descending, several keys, numeric amounts, ties broken by id', async () => {
        const cases: [string, string, string][] = [
            ['stakeEvents', '[netuid_ASC, blockNumber_DESC]', 'SELECT id FROM stake_event ORDER BY netuid ASC, block_number DESC, id'],
            ['stakeEvents', '[taoAmount_DESC]', 'SELECT id FROM stake_event ORDER BY tao_amount DESC, id'],
            ['stakeEvents', '[kind_ASC, coldkey_DESC]', 'SELECT id FROM stake_event ORDER BY kind ASC, coldkey DESC, id'],
            ['stakeEvents', '[id_DESC]', 'SELECT id FROM stake_event ORDER BY id DESC'],
            ['registrations', '[burn_ASC, uid_DESC]', 'SELECT id FROM registration ORDER BY burn ASC, uid DESC, id'],
            ['registrations', '[timestamp_DESC]', 'SELECT id FROM registration ORDER BY "timestamp" DESC, id'],
        ]
        for (const [list, orderBy, sql] of cases) {
            const want = await sqlIds(sql)
            expect({ orderBy, got: await apiIds(list, `orderBy: ${orderBy}`) }).toEqual({ orderBy, got: want })
        }
    })

    for (const [list, table, filter, sqlFilter] of [
        ['stakeEvents', 'stake_event', '{ kind_in: [ADD, REMOVE] }', `kind IN ('ADD', 'REMOVE')`],
        ['registrations', 'registration', '{ burn_isNull: false }', 'burn IS NOT NULL'],
    ]) {
        it(`${list}: limit/offset pages and connection pages (cursors, pageInfo, totalCount) both walk the same rows`, async () => {
            const want = await sqlIds(`SELECT id FROM ${table} WHERE ${sqlFilter} ORDER BY block_number DESC, id`)
            expect(want.length).toBeGreaterThan(14)
            const page = 7
            const byOffset: string[] = []
            for (let offset = 0; offset < want.length + page; offset += page) {
                byOffset.push(...(await apiIds(list, `where: ${filter}, orderBy: [blockNumber_DESC], limit: ${page}, offset: ${offset}`)))
            }
            expect(byOffset).toEqual(want)

            const byCursor: string[] = []
            let after: string | null = null
            let pages = 0
            for (;;) {
                const r: any = await gql(
                    env().apiUrl,
                    `query($after: String) { ${list}Connection(where: ${filter}, orderBy: [blockNumber_DESC], first: ${page}, after: $after) {
                        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
                    { after },
                )
                expect(r.errors).toBeUndefined()
                const conn = r.data[`${list}Connection`]
                expect(conn.totalCount).toBe(want.length)
                expect(conn.pageInfo.hasPreviousPage).toBe(pages > 0)
                expect(conn.pageInfo.startCursor).toBe(conn.edges[0].cursor)
                expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1].cursor)
                byCursor.push(...conn.edges.map((e: any) => e.node.id))
                pages++
                expect(conn.pageInfo.hasNextPage).toBe(byCursor.length < want.length)
                if (!conn.pageInfo.hasNextPage) break
                after = conn.pageInfo.endCursor
            }
            expect(byCursor).toEqual(want)
            expect(pages).toBe(Math.ceil(want.length / page))
        })
    }

    it('totalCount equals SQL count(*) for filtered and unfiltered connections of both entities', async () => {
        const count = async (sql: string) => (await c.query(sql)).rows[0].n
        const r = await gql(
            env().apiUrl,
            `{ all: stakeEventsConnection(first: 1) { totalCount } adds: stakeEventsConnection(where: { kind_eq: ADD, netuid_gt: 0 }, first: 0) { totalCount edges { cursor } }
               regs: registrationsConnection { totalCount } burned: registrationsConnection(where: { netuid_eq: ${reg.netuid}, burn_isNull: false }) { totalCount } }`,
        )
        expect(r.errors).toBeUndefined()
        expect(r.data.all.totalCount).toBe(await count('SELECT count(*)::int AS n FROM stake_event'))
        expect(r.data.adds.totalCount).toBe(await count(`SELECT count(*)::int AS n FROM stake_event WHERE kind = 'ADD' AND netuid > 0`))
        expect(r.data.adds.edges).toEqual([])
        expect(r.data.regs.totalCount).toBe(await count('SELECT count(*)::int AS n FROM registration'))
        expect(r.data.burned.totalCount).toBe(
            await count(`SELECT count(*)::int AS n FROM registration WHERE netuid = ${reg.netuid} AND burn IS NOT NULL`),
        )
        expect(r.data.adds.totalCount).toBeGreaterThan(0)
    })

    it('<entity>ById returns the row, or null for an unknown id', async () => {
        const [id] = await sqlIds(`SELECT id FROM registration ORDER BY id DESC LIMIT 1`)
        const r = await gql(
            env().apiUrl,
            `query($id: String!) { registrationById(id: $id) { id netuid uid } missing: stakeEventById(id: "nope") { id } }`,
            { id },
        )
        const row = (await c.query(`SELECT id, netuid, uid FROM registration WHERE id = $1`, [id])).rows[0]
        expect(r.data).toEqual({ registrationById: row, missing: null })
    })
})
