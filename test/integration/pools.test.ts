import type { ApiPromise } from '@polkadot/api'
import { describeIntegration } from '../support/it-env'
import { connect } from '../support/chain-oracle'
import { fetchAll, gql } from '../support/graphql'
import { bucketOf } from '../support/time'

interface ChainPool {
    height: number
    time: Date
    netuid: number
    tao: bigint
    alphaIn: bigint
    alphaOut: bigint
}

/** TAO per alpha truncated to 18 decimals, as a decimal string: the test's own arithmetic. */
function price(tao: bigint, alpha: bigint): string | null {
    if (alpha === 0n) return null
    const q = (tao * 10n ** 18n) / alpha
    const s = q.toString().padStart(19, '0')
    return `${s.slice(0, -18)}.${s.slice(-18)}`
}

function cmp(a: string, b: string): number {
    const [ai, af] = a.split('.')
    const [bi, bf] = b.split('.')
    return BigInt(ai + af) < BigInt(bi + bf) ? -1 : BigInt(ai + af) > BigInt(bi + bf) ? 1 : 0
}

describeIntegration('pools: reserves per block equal storage; price candles equal the per-block values', (env) => {
    let api: ApiPromise
    /** every (block, subnet) of the dTAO era, from the chain's own storage */
    const chain: ChainPool[] = []
    /** TAO staked / unstaked per (netuid, height), from the chain's StakeAdded/StakeRemoved events */
    const flows = new Map<string, { staked: bigint; unstaked: bigint }>()
    let indexed: any[]

    beforeAll(async () => {
        api = await connect(env().rpcEndpoint)
        for (let h = 1; h <= env().indexedHeight; h++) {
            const at: any = await api.at(await api.rpc.chain.getBlockHash(h))
            const q = at.query.subtensorModule
            if (!q.subnetTAO) continue
            const time = new Date(Number((await at.query.timestamp.now()).toString()))
            const added = await q.networksAdded.entries()
            const netuids = added.filter(([, v]: any) => v.isTrue).map(([k]: any) => k.args[0].toNumber())
            const read = async (item: string) =>
                new Map<number, bigint>((await q[item].entries()).map(([k, v]: any) => [k.args[0].toNumber(), BigInt(v.toString())]))
            const [tao, alphaIn, alphaOut] = await Promise.all([read('subnetTAO'), read('subnetAlphaIn'), read('subnetAlphaOut')])
            for (const netuid of netuids) {
                chain.push({
                    height: h,
                    time,
                    netuid,
                    tao: tao.get(netuid) ?? 0n,
                    alphaIn: alphaIn.get(netuid) ?? 0n,
                    alphaOut: alphaOut.get(netuid) ?? 0n,
                })
            }
            for (const { event } of (await at.query.system.events()) as any) {
                if (event.section !== 'subtensorModule' || !['StakeAdded', 'StakeRemoved'].includes(event.method)) continue
                // dTAO shape: (coldkey, hotkey, tao, alpha, netuid, ...)
                const taoAmount = BigInt(event.data[2].toString())
                const key = `${event.data[4].toString()}-${h}`
                const f = flows.get(key) ?? { staked: 0n, unstaked: 0n }
                if (event.method === 'StakeAdded') f.staked += taoAmount
                else f.unstaked += taoAmount
                flows.set(key, f)
            }
        }
        indexed = await fetchAll(env().apiUrl, 'subnetPools', 'id blockNumber timestamp netuid taoReserve alphaReserve alphaOutstanding')
    })
    afterAll(async () => {
        await api?.disconnect()
    })

    /** The indexed pool at a block: the latest row at or before it. */
    function indexedAt(netuid: number, height: number): any {
        let best: any
        for (const r of indexed) if (r.netuid === netuid && r.blockNumber <= height && (!best || r.blockNumber > best.blockNumber)) best = r
        return best
    }

    it('the scenario exercises pools: a dTAO era with stake in and out of at least two subnets', () => {
        expect(chain.length).toBeGreaterThan(0)
        const subnetsWithFlows = new Set([...flows.keys()].map((k) => k.split('-')[0]).filter((n) => n !== '0'))
        expect(subnetsWithFlows.size).toBeGreaterThanOrEqual(2)
    })

    it('at every dTAO block, every subnet pool equals SubnetTAO / SubnetAlphaIn / SubnetAlphaOut', () => {
        const mismatches: string[] = []
        for (const c of chain) {
            const r = indexedAt(c.netuid, c.height)
            const got = r ? [r.taoReserve, r.alphaReserve, r.alphaOutstanding].join('/') : 'none'
            const want = [c.tao, c.alphaIn, c.alphaOut].join('/')
            if (got !== want) mismatches.push(`block ${c.height} netuid ${c.netuid}: indexed ${got}, chain ${want}`)
        }
        expect(mismatches).toEqual([])
    })

    it('rows are written only where a value changed: quiet blocks add none', () => {
        const byNetuid = new Map<number, any[]>()
        for (const r of [...indexed].sort((a, b) => a.blockNumber - b.blockNumber))
            byNetuid.set(r.netuid, [...(byNetuid.get(r.netuid) ?? []), r])
        for (const rows of byNetuid.values()) {
            for (let i = 1; i < rows.length; i++) {
                const same = ['taoReserve', 'alphaReserve', 'alphaOutstanding'].every((f) => rows[i][f] === rows[i - 1][f])
                expect(same).toBe(false)
            }
        }
        // blocks where the chain's pool equals the previous block's: none of them has a row
        const quiet = chain.filter((c) => {
            const prev = chain.find((p) => p.netuid === c.netuid && p.height === c.height - 1)
            return prev && prev.tao === c.tao && prev.alphaIn === c.alphaIn && prev.alphaOut === c.alphaOut
        })
        expect(quiet.length).toBeGreaterThan(0)
        for (const c of quiet) expect(indexed.find((r) => r.netuid === c.netuid && r.blockNumber === c.height)).toBeUndefined()
    })

    it.each(['HOUR', 'DAY'] as const)('%s candles equal OHLC and flows computed from the chain block by block', async (interval) => {
        const netuids = [...new Set(chain.map((c) => c.netuid))]
        for (const netuid of netuids) {
            const blocks = chain.filter((c) => c.netuid === netuid).sort((a, b) => a.height - b.height)
            const expected = new Map<string, any>()
            for (const b of blocks) {
                const key = bucketOf(b.time, interval)
                const p = price(b.tao, b.alphaIn)
                const f = flows.get(`${netuid}-${b.height}`) ?? { staked: 0n, unstaked: 0n }
                const e = expected.get(key)
                if (!e) {
                    expected.set(key, {
                        bucket: key,
                        firstBlock: b.height,
                        lastBlock: b.height,
                        open: p,
                        high: p,
                        low: p,
                        close: p,
                        taoReserve: b.tao,
                        alphaReserve: b.alphaIn,
                        alphaOutstanding: b.alphaOut,
                        taoStaked: f.staked,
                        taoUnstaked: f.unstaked,
                    })
                    continue
                }
                e.lastBlock = b.height
                e.close = p
                if (p != null && (e.high == null || cmp(p, e.high) > 0)) e.high = p
                if (p != null && (e.low == null || cmp(p, e.low) < 0)) e.low = p
                Object.assign(e, { taoReserve: b.tao, alphaReserve: b.alphaIn, alphaOutstanding: b.alphaOut })
                e.taoStaked += f.staked
                e.taoUnstaked += f.unstaked
            }
            const r = await gql(
                env().apiUrl,
                `query($n: Int!) { subnetPriceCandles(netuid: $n, interval: ${interval}) {
                    bucket firstBlock lastBlock open high low close taoReserve alphaReserve alphaOutstanding taoStaked taoUnstaked } }`,
                { n: netuid },
            )
            expect(r.errors).toBeUndefined()
            const want = [...expected.values()].map((e) => ({
                ...e,
                ...Object.fromEntries(
                    ['taoReserve', 'alphaReserve', 'alphaOutstanding', 'taoStaked', 'taoUnstaked'].map((f) => [f, String(e[f])]),
                ),
            }))
            expect(r.data.subnetPriceCandles).toEqual(want)
        }
    })

    it('rejects a reversed range with a clear error', async () => {
        const r = await gql(
            env().apiUrl,
            `{ subnetPriceCandles(netuid: 1, interval: HOUR, from: "2030-01-02T00:00:00Z", to: "2030-01-01T00:00:00Z") { bucket } }`,
        )
        expect(r.errors?.[0]?.message).toMatch(/`to` must be after `from`/)
    })
})
