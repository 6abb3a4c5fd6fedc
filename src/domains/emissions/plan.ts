/** What the emissions domain reads for a block, stated ahead of the mapping (see src/indexer/prefetch.ts). */
import type { Block } from '../../block'
import type { PlanView, ReadPlanner } from '../../indexer/prefetch'
import { epochReads, perBlockReads } from './reads'

/**
 * Round 0: the per-block query of every subnet. Later rounds: the epoch query of the subnets
 * `epochs` finds (from round 0's LastMechansimStepBlock values).
 * `netuids`: the subnets at the start of the batch; `hotkeysOf(netuid, block)`: the hotkeys (0x-hex) that may hold its uids at the block.
 */
export function planEmissions(
    netuids: number[],
    epochs: (block: Block, view: PlanView) => { epoch: number[] },
    hotkeysOf: (netuid: number, block: Block, view: PlanView) => Promise<string[]>,
): ReadPlanner {
    return async ({ header: block }, plan, view) => {
        if (view.round === 0) {
            for (const r of perBlockReads(block, netuids).requests) plan.value(block, r.name, ...r.key)
            return
        }
        for (const netuid of epochs(block, view).epoch) {
            for (const r of epochReads(block, netuid, await hotkeysOf(netuid, block, view))) plan.value(block, r.name, ...r.key)
        }
    }
}
