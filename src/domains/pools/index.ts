/**
 * Pools domain: each dTAO subnet's TAO/alpha pool (SubnetTAO, SubnetAlphaIn, SubnetAlphaOut) and
 * what the runtime prices alpha from (SubnetMechanism; the V3 swap's SwapV3Initialized and
 * AlphaSqrtPrice; the balancer's SwapBalancer), read for every subnet at every block (the prefetch
 * stage reads them with the other per-block items in the same batched calls) and stored as a row
 * when any of them differs from the subnet's previous row, nothing for quiet subnets. The price
 * itself is derived in SQL (subnet_pool_price), in the runtime's own arithmetic for its era.
 */
import { Store } from '@subsquid/typeorm-store'
import { SubnetPool } from '../../model'
import { storage } from '../../types'
import type { Block } from '../../block'
import type { ReadPlanner } from '../../indexer/prefetch'
import type { Domain } from '../../indexer/domain'
import { queryStorageBatch } from '../../util/storage'
import { blockTime, heightKey } from '../../util/ids'
import { ChangeOnlyRows, sameValue } from '../../util/change-only'
import { unknownShapes } from '../../util/unknown-shapes'

const sm = storage.subtensorModule
const swap = storage.swap

/** The reserves, in the order `record` expects their values. */
const RESERVES = ['SubtensorModule.SubnetTAO', 'SubtensorModule.SubnetAlphaIn', 'SubtensorModule.SubnetAlphaOut']

type PriceColumn = 'mechanism' | 'swapV3Initialized' | 'alphaSqrtPrice' | 'balancerQuoteWeight'

/**
 * Price state per runtime era: the item, whether the block's runtime has it in a shape this release
 * knows, and its decoded value as the column stores it. A runtime without the item leaves the
 * column null (that era prices without it).
 */
const PRICE_ITEMS: { column: PriceColumn; name: string; known: (b: Block) => boolean; value: (v: any) => unknown }[] = [
    { column: 'mechanism', name: 'SubtensorModule.SubnetMechanism', known: (b) => sm.subnetMechanism.v204.is(b), value: (v) => Number(v) },
    {
        column: 'swapV3Initialized',
        name: 'Swap.SwapV3Initialized',
        known: (b) => swap.swapV3Initialized.v315.is(b),
        value: (v) => Boolean(v),
    },
    { column: 'alphaSqrtPrice', name: 'Swap.AlphaSqrtPrice', known: (b) => swap.alphaSqrtPrice.v315.is(b), value: (v) => BigInt(v.bits) },
    { column: 'balancerQuoteWeight', name: 'Swap.SwapBalancer', known: (b) => swap.swapBalancer.v424.is(b), value: (v) => BigInt(v.quote) },
]

/** Runtimes before dTAO have no pools. */
function hasPools(block: Block): boolean {
    return sm.subnetTao.v204.is(block) && sm.subnetAlphaIn.v204.is(block) && sm.subnetAlphaOut.v204.is(block)
}

function priceItems(block: Block) {
    return PRICE_ITEMS.filter((i) => i.known(block))
}

const unknownPriceShapes = unknownShapes(PRICE_ITEMS)

/**
 * Price items the block's runtime declares in a shape no known runtime has: their columns stay null
 * (the price falls back to the reserves ratio) and the handler records a domain failure.
 */
export function unknownPoolShapes(block: Block): string[] {
    return hasPools(block) ? unknownPriceShapes(block) : []
}

/** The reserves and price items of each subnet; none before dTAO. */
function poolReads(block: Block, netuids: number[]) {
    if (!hasPools(block)) return []
    const names = [...RESERVES, ...priceItems(block).map((i) => i.name)]
    return netuids.flatMap((netuid) => names.map((name) => ({ name, key: [netuid] })))
}

/** Every block: the pool of each subnet that exists at the start of the batch (`netuids`). */
function planPools(netuids: number[]): ReadPlanner {
    return async ({ header: block }, plan, view) => {
        if (view.round === 0) for (const r of poolReads(block, netuids)) plan.value(block, r.name, ...r.key)
    }
}

const COLUMNS = ['taoReserve', 'alphaReserve', 'alphaOutstanding', ...PRICE_ITEMS.map((i) => i.column)] as const

/** `netuids`: the subnets that exist at the start of the batch (the planner reads their pools ahead). */
export class PoolsBatch implements Domain<number[]> {
    readonly name = 'pools'
    readonly planner: ReadPlanner
    readonly unknownShapes = unknownPoolShapes
    private rows: ChangeOnlyRows<SubnetPool>

    constructor(store: Store, netuids: number[]) {
        this.rows = new ChangeOnlyRows(store, SubnetPool, (a, b) => COLUMNS.every((c) => sameValue(a[c], b[c])))
        this.planner = planPools(netuids)
    }

    /** no pool events: storage only */
    handles(): boolean {
        return false
    }

    async onEvent(): Promise<void> {}

    /** Reads the pools of `netuids` (the subnets that exist at the end of the block) and stores those that changed. */
    async endBlock(block: Block, netuids: number[]): Promise<void> {
        const requests = poolReads(block, netuids)
        if (requests.length === 0) return
        const values = await queryStorageBatch(block, requests)
        await this.rows.preload(netuids)
        const items = priceItems(block)
        const perSubnet = RESERVES.length + items.length
        for (let i = 0; i < netuids.length; i++)
            await this.record(block, netuids[i], items, values.slice(i * perSubnet, (i + 1) * perSubnet))
    }

    /** `values` are the reserves, then the `items` of `netuid` at the end of `block`, defaults applied. */
    private async record(block: Block, netuid: number, items: typeof PRICE_ITEMS, values: unknown[]): Promise<void> {
        const [tao, alphaIn, alphaOut] = values.slice(0, RESERVES.length).map((v) => BigInt(v as bigint))
        const price: Partial<Pick<SubnetPool, PriceColumn>> = {}
        items.forEach((item, i) => ((price as Record<string, unknown>)[item.column] = item.value(values[RESERVES.length + i])))
        const row = new SubnetPool({
            id: `${heightKey(block.height)}-${netuid}`,
            blockNumber: block.height,
            timestamp: blockTime(block),
            netuid,
            taoReserve: tao,
            alphaReserve: alphaIn,
            alphaOutstanding: alphaOut,
            mechanism: null,
            swapV3Initialized: null,
            alphaSqrtPrice: null,
            balancerQuoteWeight: null,
            ...price,
        })
        await this.rows.offer(row)
    }

    async flush(): Promise<void> {
        await this.rows.flush()
    }
}
