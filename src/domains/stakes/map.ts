import { StakeEvent, StakeEventKind } from '../../model'
import type { Event } from '../../processor'
import { toSs58 } from '../../util/ss58'
import { DecodedStakeEvent } from './decode'
import { eventId } from '../../util/ids'

/**
 * Decoded event + its block context -> a StakeEvent row. `dispatcher` is the account the extrinsic
 * acted for, used as the coldkey where the runtime's event does not carry one.
 */
export function toStakeEvent(event: Event, decoded: DecodedStakeEvent, dispatcher: string | undefined): StakeEvent {
    const coldkey = decoded.coldkey ?? dispatcher
    if (coldkey == null) {
        throw new Error(`${event.name} at block ${event.block.height} (event ${event.index}) has no coldkey and no signed origin`)
    }
    const block = event.block
    return new StakeEvent({
        id: eventId(block.height, event.index),
        blockNumber: block.height,
        blockHash: block.hash,
        timestamp: new Date(block.timestamp ?? 0),
        extrinsicHash: event.extrinsic?.hash ?? null,
        extrinsicIndex: event.extrinsicIndex ?? null,
        eventIndex: event.index,
        specVersion: block.specVersion,
        kind: decoded.kind === 'ADD' ? StakeEventKind.ADD : StakeEventKind.REMOVE,
        coldkey: toSs58(coldkey),
        hotkey: toSs58(decoded.hotkey),
        netuid: decoded.netuid,
        taoAmount: decoded.tao,
        alphaAmount: decoded.alpha,
        fee: decoded.fee ?? null,
    })
}
