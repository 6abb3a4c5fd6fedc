/**
 * Pools domain: each dTAO subnet's TAO/alpha pool (SubnetTAO, SubnetAlphaIn, SubnetAlphaOut).
 * The values sit next to the per-block emission items, so the emissions domain reads them in the
 * same batched storage query and hands them here; this module only decides what to store: a row
 * when a subnet's pool differs from its previous row, nothing for quiet subnets.
 */
import { Store } from '@subsquid/typeorm-store'
import { SubnetPool } from '../../model'
import { storage } from '../../types'
import type { Block } from '../../processor'
import { blockTime, heightKey } from '../../util/ids'
import { ChangeOnlyRows, sameValue } from '../../util/change-only'

const sm = storage.subtensorModule

/** Storage items of a pool, in the order `record` expects their values. */
export const POOL_ITEMS = ['SubtensorModule.SubnetTAO', 'SubtensorModule.SubnetAlphaIn', 'SubtensorModule.SubnetAlphaOut']

/** Runtimes before dTAO have no pools. */
export function hasPools(block: Block): boolean {
    return sm.subnetTao.v204.is(block) && sm.subnetAlphaIn.v204.is(block) && sm.subnetAlphaOut.v204.is(block)
}

export class PoolsBatch {
    private rows: ChangeOnlyRows<SubnetPool>

    constructor(store: Store) {
        this.rows = new ChangeOnlyRows(
            store,
            SubnetPool,
            (a, b) =>
                sameValue(a.taoReserve, b.taoReserve) && sameValue(a.alphaReserve, b.alphaReserve) && sameValue(a.alphaOutstanding, b.alphaOutstanding),
        )
    }

    /** `values` are the POOL_ITEMS of `netuid` at the end of `block`, defaults applied. */
    async record(block: Block, netuid: number, values: unknown[]): Promise<void> {
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
