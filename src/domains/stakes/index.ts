import { StakeEvent } from '../../model'
import type { Event } from '../../processor'
import { dispatchAccount } from '../../util/origin'
import { decodeStakeEvent, STAKE_EVENT_NAMES } from './decode'
import { toStakeEvent } from './map'

const NAMES: ReadonlySet<string> = new Set(STAKE_EVENT_NAMES)

export function isStakeEvent(event: Event): boolean {
    return NAMES.has(event.name)
}

/** Stake domain: one StakeEvent row per stake event of a block. */
export function stakeEventRows(event: Event): StakeEvent {
    return toStakeEvent(event, decodeStakeEvent(event), dispatchAccount(event))
}
