import { StakeEvent, StakeEventKind } from '../../model'
import type { Event } from '../../block'
import { toSs58 } from '../../util/ss58'
import { decodeStakeEvent, DecodedStakeEvent, Lease, STAKE_EVENT_NAMES } from './decode'
import { dispatchAccount } from '../../util/origin'
import { eventId } from '../../util/ids'

/**
 * Links the REMOVE + ADD pair the chain emits for each MOVE / TRANSFER / SWAP to that event: within
 * the same extrinsic, the nearest ungrouped REMOVE and ADD before it (the chain emits the pair
 * first), or after it where none precedes. `rows` are one block's rows in event order.
 */
export function linkPairs(rows: StakeEvent[]): void {
    const annotations = new Set<string>([StakeEventKind.MOVE, StakeEventKind.TRANSFER, StakeEventKind.SWAP])
    rows.forEach((row, i) => {
        if (!annotations.has(row.kind) || row.extrinsicIndex == null) return
        for (const half of [StakeEventKind.REMOVE, StakeEventKind.ADD]) {
            const fits = (r: StakeEvent) => r.kind === half && r.groupId == null && r.extrinsicIndex === row.extrinsicIndex
            let best = -1
            for (let j = i - 1; j >= 0 && best < 0; j--) if (fits(rows[j])) best = j
            for (let j = i + 1; j < rows.length && best < 0; j++) if (fits(rows[j])) best = j
            if (best >= 0) rows[best].groupId = row.id
        }
    })
}

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
        kind: decoded.kind as StakeEventKind,
        coldkey: toSs58(coldkey),
        hotkey: toSs58(decoded.hotkey),
        netuid: decoded.netuid,
        taoAmount: decoded.tao,
        alphaAmount: decoded.alpha,
        fee: decoded.fee ?? null,
        destColdkey: decoded.dest ? toSs58(decoded.dest.coldkey) : null,
        destHotkey: decoded.dest ? toSs58(decoded.dest.hotkey) : null,
        destNetuid: decoded.dest?.netuid ?? null,
        groupId: null,
    })
}

const NAMES: ReadonlySet<string> = new Set(STAKE_EVENT_NAMES)

export function isStakeEvent(event: Event): boolean {
    return NAMES.has(event.name)
}

type PositionKey = { coldkey: string; hotkey: string; netuid: number }

/**
 * Stake domain, events: the StakeEvent row and the position keys (0x-hex accounts) it changed.
 * `lease`: for SubnetLeaseDividendsDistributed, the lease it names (see leaseIdOf, readLease).
 */
export function stakeEvent(event: Event, lease?: Lease): { row: StakeEvent; keys: PositionKey[] } {
    const decoded = decodeStakeEvent(event, lease)
    const dispatcher = dispatchAccount(event)
    const row = toStakeEvent(event, decoded, dispatcher)
    const coldkey = decoded.coldkey ?? dispatcher!
    const keys = [{ coldkey, hotkey: decoded.hotkey, netuid: decoded.netuid }]
    if (decoded.dest) keys.push(decoded.dest)
    return { row, keys }
}
