import { events } from '../../types'
import type { Event } from '../../processor'
import { UnknownEventVersionError } from '../../util/errors'

export const STAKE_EVENT_NAMES = [events.subtensorModule.stakeAdded.name, events.subtensorModule.stakeRemoved.name] as const

/** A stake movement as the runtime reported it, in one shape for every runtime version. */
export interface DecodedStakeEvent {
    kind: 'ADD' | 'REMOVE'
    /** 0x-hex; undefined where the runtime does not put the coldkey in the event (before dTAO) */
    coldkey?: string
    hotkey: string
    netuid: number
    tao: bigint
    alpha: bigint
    fee?: bigint
}

/**
 * Shapes, by the first runtime that has them:
 *   v103 (hotkey, amount): before dTAO, all stake is TAO on what the dTAO migration made netuid 0;
 *   v204 (coldkey, hotkey, tao, alpha, netuid);
 *   v315 (coldkey, hotkey, tao, alpha, netuid, fee).
 */
export function decodeStakeEvent(event: Event): DecodedStakeEvent {
    const kind = event.name === events.subtensorModule.stakeAdded.name ? 'ADD' : 'REMOVE'
    const t = kind === 'ADD' ? events.subtensorModule.stakeAdded : events.subtensorModule.stakeRemoved
    if (t.v103.is(event)) {
        const [hotkey, amount] = t.v103.decode(event)
        return { kind, hotkey, netuid: 0, tao: amount, alpha: amount }
    }
    if (t.v204.is(event)) {
        const [coldkey, hotkey, tao, alpha, netuid] = t.v204.decode(event)
        return { kind, coldkey, hotkey, netuid, tao, alpha }
    }
    if (t.v315.is(event)) {
        const [coldkey, hotkey, tao, alpha, netuid, fee] = t.v315.decode(event)
        return { kind, coldkey, hotkey, netuid, tao, alpha, fee }
    }
    throw new UnknownEventVersionError(event.name, event.block.specVersion)
}
