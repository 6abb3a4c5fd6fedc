/** What the weights domain reads for a block, stated ahead of the mapping (see src/indexer/prefetch.ts). */
import type { BatchBlock, ReadPlanner } from '../../indexer/prefetch'
import { decodeWeightEvent, WEIGHT_EVENT_NAMES } from './decode'

const NAMES: ReadonlySet<string> = new Set(WEIGHT_EVENT_NAMES)

/**
 * A WeightsSet reads the vector it stored: Weights(netuid index, uid) at the end of its block; a
 * hash commit or reveal the hotkey's commit queue, WeightCommits(netuid index, hotkey).
 * `uidsReplaced(block)`: subnets whose uid holders change in the block; the chain may clear weights
 * there, so the mapping re-reads the subnet's Weights (its main mechanism, netuid index = netuid).
 * `rereadAll(block)` (a runtime upgrade, the first block of a run): all of Weights.
 */
export function planWeights(uidsReplaced: (block: BatchBlock) => number[], rereadAll: (block: BatchBlock) => boolean): ReadPlanner {
    return (block, plan, view) => {
        if (view.round !== 0) return
        const header = block.header
        if (rereadAll(block)) plan.scan(header, 'SubtensorModule.Weights')
        for (const event of block.events) {
            if (!NAMES.has(event.name)) continue
            const d = decodeWeightEvent(event)
            if (d.kind === 'WeightsSet') plan.value(header, 'SubtensorModule.Weights', d.netuidIndex, d.uid)
            // the commit queue the event changed: compared with the open commits at the end of the block
            else if (d.kind === 'WeightsCommitted' || d.kind === 'WeightsRevealed' || d.kind === 'WeightsBatchRevealed')
                plan.value(header, 'SubtensorModule.WeightCommits', d.netuidIndex, d.who)
        }
        for (const netuid of uidsReplaced(block)) plan.prefix(header, 'SubtensorModule.Weights', netuid)
    }
}
