/** What the registrations domain reads for a block, stated ahead of the mapping (see src/indexer/prefetch.ts). */
import type { BatchBlock, ReadPlanner } from '../../indexer/prefetch'
import { decodeRegistrationEvent } from './decode'
import { RegistrationsBatch } from '.'

/**
 * The (netuid, uid, hotkey 0x-hex) of the block's NeuronRegistered events. Other domains re-read state
 * of these (a new uid holder's weights are cleared, its hotkey may come with stake); the indexer
 * hands this list to their planners. Events that do not decode are left to the mapping.
 */
export function neuronsRegistered({ events }: BatchBlock): { netuid: number; uid: number; hotkey: string }[] {
    const out: { netuid: number; uid: number; hotkey: string }[] = []
    for (const event of events) {
        if (!RegistrationsBatch.isRelevant(event)) continue
        try {
            const d = decodeRegistrationEvent(event)
            if (d.kind === 'NeuronRegistered') out.push({ netuid: d.netuid, uid: d.uid, hotkey: d.hotkey })
        } catch {
            // reported by the mapping (unprocessed_event)
        }
    }
    return out
}

/**
 * A registration reads the hotkey's owner and the subnet's burn price at its block. Where
 * `reconcileAll(block)` (a runtime upgrade, the first block of a run) the domain compares every
 * subnet and uid holder with storage: NetworksAdded and all of Keys.
 */
export function planRegistrations(reconcileAll: (block: BatchBlock) => boolean): ReadPlanner {
    return (block, plan, view) => {
        if (view.round !== 0) return
        for (const { netuid, hotkey } of neuronsRegistered(block)) {
            plan.value(block.header, 'SubtensorModule.Owner', hotkey)
            plan.value(block.header, 'SubtensorModule.Burn', netuid)
        }
        if (reconcileAll(block)) {
            plan.prefix(block.header, 'SubtensorModule.NetworksAdded')
            plan.scan(block.header, 'SubtensorModule.Keys')
        }
    }
}
