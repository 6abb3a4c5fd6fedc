/** What the registrations domain reads for a block, stated ahead of the mapping (see src/indexer/prefetch.ts). */
import type { BatchBlock, ReadPlanner } from '../../indexer/prefetch'
import { decodeRegistrationEvent, isRegistrationEvent } from './decode'
import { readKeys, readNetuids } from './chain'

/**
 * The (netuid, uid, hotkey 0x-hex) of the block's NeuronRegistered events. Other domains re-read state
 * of these (a new uid holder's weights are cleared, its hotkey may come with stake); the indexer
 * hands this list to their planners. Events that do not decode are left to the mapping.
 */
export function neuronsRegistered({ events }: BatchBlock): { netuid: number; uid: number; hotkey: string }[] {
    const out: { netuid: number; uid: number; hotkey: string }[] = []
    for (const event of events) {
        if (!isRegistrationEvent(event)) continue
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
 * subnet and uid holder with storage: NetworksAdded and all of Keys (round 0), then the owner and
 * lock of every subnet and the owner of every uid holder (round 1), which the comparison reads for
 * the subnets and neurons it opens (all of them on a fresh database). `registersOn(netuid)` hears
 * of every subnet a registration of the batch is on.
 */
export function planRegistrations(reconcileAll: (block: BatchBlock) => boolean, registersOn?: (netuid: number) => void): ReadPlanner {
    return async (block, plan, view) => {
        if (view.round === 0) {
            for (const { netuid, hotkey } of neuronsRegistered(block)) {
                registersOn?.(netuid)
                plan.value(block.header, 'SubtensorModule.Owner', hotkey)
                plan.value(block.header, 'SubtensorModule.Burn', netuid)
            }
        }
        if (!reconcileAll(block)) return
        if (view.round === 0) {
            plan.prefix(block.header, 'SubtensorModule.NetworksAdded')
            plan.scan(block.header, 'SubtensorModule.Keys')
        } else if (view.round === 1) {
            // answered from round 0's reads
            for (const netuid of await readNetuids(block.header)) {
                plan.value(block.header, 'SubtensorModule.SubnetOwner', netuid)
                plan.value(block.header, 'SubtensorModule.SubnetLocked', netuid)
                for (const hotkey of (await readKeys(block.header, netuid)).values())
                    plan.value(block.header, 'SubtensorModule.Owner', hotkey)
            }
        }
    }
}
