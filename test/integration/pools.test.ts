import type { ApiPromise } from '@polkadot/api'
import { Client } from 'pg'
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
    mechanism: number
    /** the runtime's price of one alpha in TAO at this block, to 18 decimals (see runtimePrice) */
    price: string
}

const TWO_32 = 2n ** 32n
const TWO_64 = 2n ** 64n

/** fixed-point bits with `frac` fractional bits -> decimal text truncated to 18 places: the test's own arithmetic */
function bitsToDecimal(bits: bigint, frac: bigint): string {
    const s = ((bits * 10n ** 18n) / frac).toString().padStart(19, '0')
    return `${s.slice(0, -18)}.${s.slice(-18)}`
}

/**
 * The alpha price as the runtime computes it (pallet subtensor get_alpha_price before the swap
 * pallet, Swap current_price after), written from the runtime source for this test: root and
 * stable subnets 1; balancer (Swap.SwapBalancer) in U64F64; V3 (Swap.SwapV3Initialized) the U64F64
 * square of AlphaSqrtPrice narrowed to 32 fractional bits; else tao / alpha with 32 fractional bits.
 */
function runtimePrice(
    netuid: number,
    mechanism: number,
    tao: bigint,
    alpha: bigint,
    swap: { v3?: boolean; sqrtBits?: bigint; quote?: bigint },
): string {
    if (netuid === 0 || mechanism !== 1) return '1.000000000000000000'
    if (alpha === 0n) return '0.000000000000000000'
    if (swap.quote !== undefined) {
        const ONE = 10n ** 18n
        const u128 = 2n ** 128n
        let w = swap.quote === 0n ? 0n : ((ONE - swap.quote) * TWO_64) / swap.quote
        let r = (tao * TWO_64) / alpha
        if (w >= u128) w = 0n
        if (r >= u128) r = 0n
        const p = (w * r) / TWO_64
        return bitsToDecimal(p >= u128 ? u128 - 1n : p, TWO_64)
    }
    if (swap.v3) return bitsToDecimal((swap.sqrtBits! * swap.sqrtBits!) / TWO_64 / TWO_32, TWO_32)
    return bitsToDecimal((tao * TWO_32) / alpha, TWO_32)
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
            const sw = at.query.swap
            for (const netuid of netuids) {
                const mechanism = Number((await q.subnetMechanism(netuid)).toString())
                const swapState = {
                    v3: sw?.swapV3Initialized ? ((await sw.swapV3Initialized(netuid)) as any).isTrue : undefined,
                    sqrtBits: sw?.alphaSqrtPrice ? BigInt(((await sw.alphaSqrtPrice(netuid)) as any).bits.toString()) : undefined,
                    quote: sw?.swapBalancer ? BigInt(((await sw.swapBalancer(netuid)) as any).quote.toString()) : undefined,
                }
                const c = { tao: tao.get(netuid) ?? 0n, alphaIn: alphaIn.get(netuid) ?? 0n, alphaOut: alphaOut.get(netuid) ?? 0n }
                chain.push({
                    height: h,
                    time,
                    netuid,
                    ...c,
                    mechanism,
                    price: runtimePrice(netuid, mechanism, c.tao, c.alphaIn, swapState),
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
        indexed = await fetchAll(
            env().apiUrl,
            'subnetPools',
            'id blockNumber timestamp netuid taoReserve alphaReserve alphaOutstanding mechanism swapV3Initialized alphaSqrtPrice balancerQuoteWeight',
        )
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

    it('at every dTAO block, every subnet pool equals SubnetTAO / SubnetAlphaIn / SubnetAlphaOut / SubnetMechanism', () => {
        const mismatches: string[] = []
        for (const c of chain) {
            const r = indexedAt(c.netuid, c.height)
            const got = r ? [r.taoReserve, r.alphaReserve, r.alphaOutstanding, r.mechanism].join('/') : 'none'
            const want = [c.tao, c.alphaIn, c.alphaOut, c.mechanism].join('/')
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
                const columns = [
                    'taoReserve',
                    'alphaReserve',
                    'alphaOutstanding',
                    'mechanism',
                    'swapV3Initialized',
                    'alphaSqrtPrice',
                    'balancerQuoteWeight',
                ]
                const same = columns.every((f) => rows[i][f] === rows[i - 1][f])
                expect(same).toBe(false)
            }
        }
        // blocks where the chain's pool equals the previous block's: none of them has a row
        const quiet = chain.filter((c) => {
            const prev = chain.find((p) => p.netuid === c.netuid && p.height === c.height - 1)
            return (
                prev && prev.tao === c.tao && prev.alphaIn === c.alphaIn && prev.alphaOut === c.alphaOut && prev.mechanism === c.mechanism
            )
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
                const p = b.price
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
                if (cmp(p, e.high) > 0) e.high = p
                if (cmp(p, e.low) < 0) e.low = p
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

/**
 * The devnet's runtimes price from reserves only; the V3 swap (to spec 422) and the balancer (423+)
 * run on finney. Their state as finney stores it, priced by SQL and by the test's own arithmetic.
 */
describeIntegration('pools: subnet_pool_price repeats the runtime arithmetic of every era', (env) => {
    let db: Client
    beforeAll(async () => {
        db = new Client(env().db)
        await db.connect()
    })
    afterAll(async () => {
        await db?.end()
    })

    const price = async (
        netuid: number,
        tao: bigint,
        alpha: bigint,
        mechanism: number | null,
        v3: boolean | null,
        sqrt: bigint | null,
        quote: bigint | null,
    ) =>
        (
            await db.query(`SELECT subnet_pool_price($1, $2, $3, $4, $5, $6, $7)::text AS p`, [
                netuid,
                String(tao),
                String(alpha),
                mechanism,
                v3,
                sqrt == null ? null : String(sqrt),
                quote == null ? null : String(quote),
            ])
        ).rows[0].p

    // finney-like pools: ~1.2M TAO against ~60M alpha, and awkward values whose digits do not divide evenly
    const pools: [bigint, bigint][] = [
        [1_234_567_890_123_456n, 61_728_394_506_172_839n],
        [3_000_000_000n, 4_000_000_000n],
        [7n, 3n],
        [999_999_999_999n, 1n],
    ]

    it('balancer era: ((1 - quote) / quote) x (tao / alpha) in U64F64', async () => {
        for (const [tao, alpha] of pools)
            for (const quote of [500_000_000_000_000_000n, 412_345_678_901_234_567n, 1n, 999_999_999_999_999_999n, 0n]) {
                expect([tao, alpha, quote, await price(3, tao, alpha, 1, null, null, quote)]).toEqual([
                    tao,
                    alpha,
                    quote,
                    runtimePrice(3, 1, tao, alpha, { quote }),
                ])
            }
        // a half/half balancer prices like the reserves: 0.75 exactly
        expect(await price(3, 3_000_000_000n, 4_000_000_000n, 1, null, null, 500_000_000_000_000_000n)).toBe('0.750000000000000000')
    })

    it('V3 era: AlphaSqrtPrice squared, narrowed to 32 fractional bits', async () => {
        // sqrt price 0.5 -> 0.25 exactly
        expect(await price(3, 1n, 1n, 1, true, 2n ** 63n, null)).toBe('0.250000000000000000')
        for (const sqrt of [2n ** 63n + 12345678901n, 3_141_592_653_589_793_238n, 1n, 2n ** 64n * 30n + 7n])
            expect(await price(3, 5n, 7n, 1, true, sqrt, null)).toBe(runtimePrice(3, 1, 5n, 7n, { v3: true, sqrtBits: sqrt }))
        // not initialized yet: the reserves
        expect(await price(3, 7n, 3n, 1, false, 0n, null)).toBe(runtimePrice(3, 1, 7n, 3n, {}))
    })

    it('reserves era, stable subnets, root and empty pools', async () => {
        for (const [tao, alpha] of pools) expect(await price(5, tao, alpha, 1, null, null, null)).toBe(runtimePrice(5, 1, tao, alpha, {}))
        expect(await price(5, 7n, 3n, 1, null, null, null)).toBe('2.333333333255723118') // floor(7 x 2^32 / 3) / 2^32
        expect(await price(0, 7n, 3n, 0, null, null, null)).toBe('1.000000000000000000')
        expect(await price(5, 7n, 3n, 0, null, null, 1n)).toBe('1.000000000000000000')
        expect(await price(5, 7n, 0n, 1, true, 2n ** 63n, null)).toBe('0.000000000000000000')
    })
})
