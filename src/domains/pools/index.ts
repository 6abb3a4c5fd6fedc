/**
 * Pools domain: each dTAO subnet's TAO/alpha pool (SubnetTAO, SubnetAlphaIn, SubnetAlphaOut), read
 * for every subnet at every block (the prefetch stage reads them with the other per-block items in
 * the same batched calls) and stored as a row when a subnet's pool differs from its previous row,
 * nothing for quiet subnets.
 */
import { Store } from '@subsquid/typeorm-store'
import { SubnetPool } from '../../model'
import { storage } from '../../types'
import type { Block } from '../../block'
import type { ReadPlanner } from '../../indexer/prefetch'
import { queryStorageBatch } from '../../util/storage'
import { blockTime, heightKey } from '../../util/ids'
import { ChangeOnlyRows, sameValue } from '../../util/change-only'

const sm = storage.subtensorModule

/** Storage items of a pool, in the order `record` expects their values. */
const POOL_ITEMS = ['SubtensorModule.SubnetTAO', 'SubtensorModule.SubnetAlphaIn', 'SubtensorModule.SubnetAlphaOut']

/** Runtimes before dTAO have no pools. */
function hasPools(block: Block): boolean {
    return sm.subnetTao.v204.is(block) && sm.subnetAlphaIn.v204.is(block) && sm.subnetAlphaOut.v204.is(block)
}

/** The pool items of each subnet; none before dTAO. */
function poolReads(block: Block, netuids: number[]) {
    return hasPools(block) ? netuids.flatMap((netuid) => POOL_ITEMS.map((name) => ({ name, key: [netuid] }))) : []
}

/** Every block: the pool of each subnet that exists at the start of the batch (`netuids`). */
export function planPools(netuids: number[]): ReadPlanner {
    return async ({ header: block }, plan, view) => {
        if (view.round === 0) for (const r of poolReads(block, netuids)) plan.value(block, r.name, ...r.key)
    }
}

export class PoolsBatch {
    private rows: ChangeOnlyRows<SubnetPool>

    constructor(store: Store) {
        this.rows = new ChangeOnlyRows(
            store,
            SubnetPool,
            (a, b) =>
                sameValue(a.taoReserve, b.taoReserve) &&
                sameValue(a.alphaReserve, b.alphaReserve) &&
                sameValue(a.alphaOutstanding, b.alphaOutstanding),
        )
    }

    /** Reads the pools of `netuids` (the subnets that exist at the end of the block) and stores those that changed. */
    async onBlock(block: Block, netuids: number[]): Promise<void> {
        const requests = poolReads(block, netuids)
        if (requests.length === 0) return
        const values = await queryStorageBatch(block, requests)
        for (let i = 0; i < netuids.length; i++)
            await this.record(block, netuids[i], values.slice(i * POOL_ITEMS.length, (i + 1) * POOL_ITEMS.length))
    }

    /** `values` are the POOL_ITEMS of `netuid` at the end of `block`, defaults applied. */
    private async record(block: Block, netuid: number, values: unknown[]): Promise<void> {
        const [tao, alphaIn, alphaOut] = values.map((v) => BigInt(v as bigint))
        const row = new SubnetPool({
            id: `${heightKey(block.height)}-${netuid}`,
            blockNumber: block.height,
            timestamp: blockTime(block),
            netuid,
            taoReserve: tao,
            alphaReserve: alphaIn,
            alphaOutstanding: alphaOut,
        })
        await this.rows.offer(row)
    }

    async flush(): Promise<void> {
        await this.rows.flush()
    }
}
