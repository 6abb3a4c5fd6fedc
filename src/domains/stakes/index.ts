import { StakeEvent } from '../../model'
import type { Event } from '../../processor'
import { dispatchAccount } from '../../util/origin'
import { decodeStakeEvent, STAKE_EVENT_NAMES } from './decode'
import { toStakeEvent } from './map'

export { PositionsBatch } from './positions'

const NAMES: ReadonlySet<string> = new Set(STAKE_EVENT_NAMES)

export function isStakeEvent(event: Event): boolean {
    return NAMES.has(event.name)
}

/** Stake domain, events: the StakeEvent row and the position key (0x-hex accounts) it changed. */
export function stakeEvent(event: Event): { row: StakeEvent; key: { coldkey: string; hotkey: string; netuid: number } } {
    const decoded = decodeStakeEvent(event)
    const row = toStakeEvent(event, decoded, dispatchAccount(event))
    const coldkey = decoded.coldkey ?? dispatchAccount(event)!
    return { row, key: { coldkey, hotkey: decoded.hotkey, netuid: decoded.netuid } }
}
