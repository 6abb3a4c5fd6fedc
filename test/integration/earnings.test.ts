/**
 * What stake earned, checked against the chain: amounts at each bucket's ends come from the chain's
 * own storage (polkadot.js, test/support/chain-oracle.ts), the stake flows from the indexed stake
 * events (themselves checked against the chain's events in stake-events.test.ts), pools and prices
 * from storage too. Buckets are the indexed epochs (checked in emissions.test.ts).
 */
import type { ApiPromise } from '@polkadot/api'
import { Client } from 'pg'
import { describeIntegration } from '../support/it-env'
import { chainPositions, connect } from '../support/chain-oracle'
import { fetchAll, gql } from '../support/graphql'
import { bucketOf } from '../support/time'

type Positions = Record<string, { alpha: string; shares: string | null }>

describeIntegration('earnings: per position per epoch, validator yield and portfolio equal the chain', (env) => {
    let api: ApiPromise
    let events: any[]
    let epochs: { netuid: number; blockNumber: number }[]
    const positionsAt = new Map<number, Promise<Positions>>()
    const chainAt = (h: number) => {
        if (!positionsAt.has(h)) positionsAt.set(h, chainPositions(api, h))
        return positionsAt.get(h)!
    }
    const amount = async (h: number, id: string) => BigInt((await chainAt(h))[id]?.alpha ?? '0')
    const flow = (coldkey: string, hotkey: string, netuid: number, after: number, to: number) => {
        let sum = 0n
        for (const e of events) {
            if (e.coldkey !== coldkey || e.hotkey !== hotkey || e.netuid !== netuid || e.blockNumber <= after || e.blockNumber > to)
                continue
            const value = BigInt(e.alphaAmount ?? e.taoAmount ?? '0')
            if (e.kind === 'ADD') sum += value
            else if (['REMOVE', 'RECYCLE', 'BURN'].includes(e.kind)) sum -= value
        }
        return sum
    }
    let coldkey: string

    beforeAll(async () => {
        api = await connect(env().rpcEndpoint)
        events = await fetchAll(env().apiUrl, 'stakeEvents', 'blockNumber kind coldkey hotkey netuid taoAmount alphaAmount')
        epochs = await fetchAll(env().apiUrl, 'epochs', 'netuid blockNumber')
        // the coldkey with the most stake events (several positions, flows in most epochs)
        const counts = new Map<string, number>()
        for (const e of events) counts.set(e.coldkey, (counts.get(e.coldkey) ?? 0) + 1)
        coldkey = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]
    })
    afterAll(async () => {
        await api?.disconnect()
    })

    it('positionEarnings per epoch: end - start amounts from storage, minus the position own stake events, for every position', async () => {
        const head = env().indexedHeight
        const first = 0
        const r = await gql(
            env().apiUrl,
            `{ positionEarnings(coldkey: "${coldkey}", interval: EPOCH, fromBlock: ${first}) { coldkey hotkey netuid startBlock endBlock startAlpha endAlpha stakeFlow earned earnedTao } }`,
        )
        expect(r.errors).toBeUndefined()
        const got = r.data.positionEarnings

        // expected: every position the coldkey ever held, bucketed by its subnet's epochs (root: all)
        const ids = new Set<string>()
        for (const e of events) if (e.coldkey === coldkey) ids.add(`${e.coldkey}-${e.hotkey}-${e.netuid}`)
        const boundariesOf = (netuid: number) =>
            [...new Set(epochs.filter((e) => netuid === 0 || e.netuid === netuid).map((e) => e.blockNumber))]
                .filter((b) => b > first && b <= head)
                .sort((a, b) => a - b)
        for (const h of new Set(epochs.map((e) => e.blockNumber)))
            for (const id of Object.keys(await chainAt(h))) if (id.startsWith(coldkey + '-')) ids.add(id)
        const expected: any[] = []
        for (const id of ids) {
            const [, hotkey, netuidText] = id.split('-')
            const netuid = Number(netuidText)
            let start = first
            for (const end of boundariesOf(netuid)) {
                const a0 = await amount(start, id)
                const a1 = await amount(end, id)
                const f = flow(coldkey, hotkey, netuid, start, end)
                if (a0 !== 0n || a1 !== 0n || f !== 0n) {
                    expected.push({
                        coldkey,
                        hotkey,
                        netuid,
                        startBlock: start,
                        endBlock: end,
                        startAlpha: String(a0),
                        endAlpha: String(a1),
                        stakeFlow: String(f),
                        earned: String(a1 - a0 - f),
                    })
                }
                start = end
            }
        }
        const key = (x: any) => `${String(x.endBlock).padStart(8, '0')}|${x.hotkey}|${x.netuid}`
        const strip = ({ earnedTao, ...rest }: any) => rest
        expect(got.map(strip).sort((a: any, b: any) => (key(a) < key(b) ? -1 : 1))).toEqual(
            expected.sort((a, b) => (key(a) < key(b) ? -1 : 1)),
        )
        // the check means something: positions earned in some epochs without a stake event, and some buckets had flows
        expect(got.some((x: any) => x.stakeFlow === '0' && BigInt(x.earned) > 0n)).toBe(true)
        expect(got.some((x: any) => x.stakeFlow !== '0')).toBe(true)
        // TAO value: root earnings are TAO; a subnet's at its pool's reserves ratio at the epoch (storage)
        const sample = got.find((x: any) => x.netuid > 0 && BigInt(x.earned) > 0n)
        expect(sample).toBeDefined()
        const at: any = await api.at(await api.rpc.chain.getBlockHash(sample.endBlock))
        const tao = BigInt((await at.query.subtensorModule.subnetTAO(sample.netuid)).toString())
        const alphaIn = BigInt((await at.query.subtensorModule.subnetAlphaIn(sample.netuid)).toString())
        expect(sample.earnedTao).toBe(String((BigInt(sample.earned) * tao) / alphaIn))
        for (const x of got.filter((x: any) => x.netuid === 0)) expect(x.earnedTao).toBe(x.earned)
    })

    it('positionEarnings per UTC hour: buckets end at the last block of each hour (Timestamp.now in storage), amounts from storage', async () => {
        const head = env().indexedHeight
        const lastOfHour = new Map<string, number>()
        for (let h = 0; h <= head; h++) {
            const at: any = await api.at(await api.rpc.chain.getBlockHash(h))
            const now = Number((await at.query.timestamp.now()).toString())
            if (now > 0) lastOfHour.set(bucketOf(new Date(now), 'HOUR'), h) // heights ascend: the last one stays
        }
        const first = Math.min(...epochs.map((e) => e.blockNumber)) - 1
        const ends = [...lastOfHour].filter(([, h]) => h > first).sort((a, b) => a[1] - b[1])
        const r = await gql(
            env().apiUrl,
            `{ positionEarnings(coldkey: "${coldkey}", interval: HOUR, fromBlock: ${first}) { hotkey netuid bucket startBlock endBlock earned } }`,
        )
        expect(r.errors).toBeUndefined()
        const ids = new Set<string>()
        for (const e of events) if (e.coldkey === coldkey) ids.add(`${e.coldkey}-${e.hotkey}-${e.netuid}`)
        for (const [, h] of ends) for (const id of Object.keys(await chainAt(h))) if (id.startsWith(coldkey + '-')) ids.add(id)
        const expected: any[] = []
        for (const id of ids) {
            const [, hotkey, netuidText] = id.split('-')
            const netuid = Number(netuidText)
            let start = first
            for (const [hour, end] of ends) {
                const [a0, a1, f] = [await amount(start, id), await amount(end, id), flow(coldkey, hotkey, netuid, start, end)]
                if (a0 !== 0n || a1 !== 0n || f !== 0n)
                    expected.push({ hotkey, netuid, bucket: hour, startBlock: start, endBlock: end, earned: String(a1 - a0 - f) })
                start = end
            }
        }
        const order = (a: any, b: any) =>
            a.endBlock - b.endBlock || (a.hotkey < b.hotkey ? -1 : a.hotkey > b.hotkey ? 1 : a.netuid - b.netuid)
        expect(r.data.positionEarnings.sort(order)).toEqual(expected.sort(order))
        expect(r.data.positionEarnings.some((x: any) => BigInt(x.earned) > 0n)).toBe(true)
    })

    it('validatorYield per epoch: the growth of the pool alpha per share, from TotalHotkeyAlpha / TotalHotkeyShares in storage', async () => {
        const pools = await fetchAll(env().apiUrl, 'hotkeyPools', 'hotkey netuid totalAlpha')
        const top = pools
            .filter((p: any) => p.netuid > 0)
            .sort((a: any, b: any) => (BigInt(b.totalAlpha) > BigInt(a.totalAlpha) ? 1 : -1))[0]
        expect(top).toBeDefined()
        const r = await gql(
            env().apiUrl,
            `{ validatorYield(hotkey: "${top.hotkey}", netuid: ${top.netuid}, interval: EPOCH) { startBlock endBlock startAlpha endAlpha yield apr } }`,
        )
        expect(r.errors).toBeUndefined()
        const rows = r.data.validatorYield
        expect(rows.length).toBeGreaterThan(1)
        const pool = async (h: number) => {
            const at: any = await api.at(await api.rpc.chain.getBlockHash(h))
            const alpha = BigInt((await at.query.subtensorModule.totalHotkeyAlpha(top.hotkey, top.netuid)).toString())
            const raw: any = await at.query.subtensorModule.totalHotkeyShares(top.hotkey, top.netuid)
            return { alpha, shares: BigInt((raw.bits ?? raw).toString()) }
        }
        const SCALE = 10n ** 18n
        let grew = 0
        for (const row of rows) {
            const p0 = await pool(row.startBlock)
            const p1 = await pool(row.endBlock)
            expect([row.startBlock, row.startAlpha, row.endAlpha]).toEqual([row.startBlock, String(p0.alpha), String(p1.alpha)])
            if (p0.alpha === 0n) continue
            // yield x 10^18 exactly, as a fraction; the API truncates at 18 decimals
            const num = (p1.alpha * p0.shares - p0.alpha * p1.shares) * SCALE
            const den = p0.alpha * p1.shares
            const got =
                BigInt(row.yield.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1')) *
                10n ** BigInt(18 - (row.yield.split('.')[1]?.length ?? 0))
            const diff = got * den - num
            expect([row.endBlock, (diff < 0n ? -diff : diff) <= den]).toEqual([row.endBlock, true]) // within 1e-18
            if (num > 0n) grew++
        }
        expect(grew).toBeGreaterThan(0)
    })

    it('portfolio: positions at a block with their TAO value, and what each earned since an earlier block', async () => {
        const head = env().indexedHeight
        const since = Math.floor(head / 2)
        const r = await gql(
            env().apiUrl,
            `{ portfolio(coldkey: "${coldkey}", atBlock: ${head}, sinceBlock: ${since}) { hotkey netuid alpha taoValue earnedSince } }`,
        )
        expect(r.errors).toBeUndefined()
        const now = await chainAt(head)
        const expected = []
        for (const [id, p] of Object.entries(now)) {
            if (!id.startsWith(coldkey + '-') || p.alpha === '0') continue
            const [, hotkey, netuidText] = id.split('-')
            const netuid = Number(netuidText)
            const earned = BigInt(p.alpha) - (await amount(since, id)) - flow(coldkey, hotkey, netuid, since, head)
            expected.push({ hotkey, netuid, alpha: p.alpha, earnedSince: String(earned) })
        }
        const order = (a: any, b: any) => a.netuid - b.netuid || (a.hotkey < b.hotkey ? -1 : 1)
        expect(r.data.portfolio.map(({ taoValue, ...rest }: any) => rest).sort(order)).toEqual(expected.sort(order))
        const at: any = await api.at(await api.rpc.chain.getBlockHash(head))
        for (const p of r.data.portfolio) {
            if (p.netuid === 0) expect(p.taoValue).toBe(p.alpha)
            else {
                const tao = BigInt((await at.query.subtensorModule.subnetTAO(p.netuid)).toString())
                const alphaIn = BigInt((await at.query.subtensorModule.subnetAlphaIn(p.netuid)).toString())
                expect(p.taoValue).toBe(String((BigInt(p.alpha) * tao) / alphaIn))
            }
        }
    })

    it('refuses bad input with a clear error', async () => {
        const r = await gql(env().apiUrl, `{ positionEarnings(coldkey: "nope", interval: DAY) { earned } }`)
        expect(r.errors?.[0]?.message).toMatch(/coldkey: "nope" is not an ss58 address/)
        const r2 = await gql(env().apiUrl, `{ portfolio(coldkey: "${coldkey}", atBlock: 5, sinceBlock: 10) { alpha } }`)
        expect(r2.errors?.[0]?.message).toMatch(/atBlock. must not be below .sinceBlock/)
    })

    it('counts an alpha fee as stake taken out of the position, and a lease dividend as income', async () => {
        // the devnet's runtimes have neither event: rows of both kinds for an account of no position,
        // inserted in a transaction that is rolled back
        const c = new Client(env().db)
        await c.connect()
        try {
            await c.query('BEGIN')
            const row = (id: string, kind: string, coldkey: string, alpha: number) =>
                c.query(
                    `INSERT INTO stake_event (id, block_number, block_hash, timestamp, event_index, spec_version, kind, coldkey, hotkey, netuid, tao_amount, alpha_amount)
                     VALUES ($1, 5, '0x', now(), 0, 424, $2, $3, 'hot', 3, 1, $4)`,
                    [id, kind, coldkey, alpha],
                )
            await row('x1', 'ADD', 'cold', 1000)
            await row('x2', 'FEE', 'cold', 7)
            await row('x3', 'LEASE', 'cold', 50)
            await row('x4', 'LEASE', 'contributor', 40)
            const flow = async (coldkey: string) =>
                (await c.query(`SELECT position_stake_flow($1, 'hot', 3, 0, 10)::text AS f`, [coldkey])).rows[0].f
            expect([await flow('cold'), await flow('contributor')]).toEqual(['993', '0'])
        } finally {
            await c.query('ROLLBACK')
            await c.end()
        }
    })
})
