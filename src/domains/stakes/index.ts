import { StakeEvent } from '../../model'
import type { Event } from '../../block'
import { dispatchAccount } from '../../util/origin'
import { decodeStakeEvent, Lease, STAKE_EVENT_NAMES } from './decode'
import { toStakeEvent } from './map'

export { PositionsBatch } from './positions'
export { linkPairs } from './map'
export { leaseIdOf } from './decode'
export { readLease } from './chain'

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
