import { events } from '../../types'
import type { Event } from '../../block'
import { UnknownEventVersionError } from '../../util/errors'
import { readByFieldNames } from '../../util/fields'
import { splitNetuidIndex } from '../../util/netuid-index'

const sm = events.subtensorModule

/**
 * The two emission events the chain emits (from spec 315); everything else about emissions is in
 * storage (see index.ts). Not stored yet: the domain's tables come from storage reads, which carry
 * the same values; these decoders let a table of them be added without version work.
 */
export const EMISSION_EVENT_NAMES = [sm.incentiveAlphaEmittedToMiners.name, sm.autoStakeAdded.name] as const

export type DecodedEmissionEvent =
    /** alpha paid per uid at the end of an epoch of one mechanism of a subnet */
    | { kind: 'IncentiveAlphaEmittedToMiners'; netuid: number; mechanism: number; emissions: bigint[] }
    /** a miner's incentive staked to the hotkey the owner chose (AutoStakeDestination) */
    | { kind: 'AutoStakeAdded'; netuid: number; destination: string; hotkey: string; owner: string; incentive: bigint }

/**
 * Shapes: IncentiveAlphaEmittedToMiners {netuid, emissions} since 315, netuid a storage index
 * (mechanism * 4096 + netuid) from 320 with the same encoding; AutoStakeAdded {netuid, destination,
 * hotkey, owner, incentive} since 315. AutoStakeAdded of another shape is read by field names.
 */
export function decodeEmissionEvent(event: Event): DecodedEmissionEvent {
    switch (event.name) {
        case sm.incentiveAlphaEmittedToMiners.name:
            if (sm.incentiveAlphaEmittedToMiners.v315.is(event)) {
                const { netuid, emissions } = sm.incentiveAlphaEmittedToMiners.v315.decode(event)
                return { kind: 'IncentiveAlphaEmittedToMiners', ...splitNetuidIndex(netuid), emissions }
            }
            break
        case sm.autoStakeAdded.name: {
            // SQD's struct check accepts extra named fields: take only ours
            if (sm.autoStakeAdded.v315.is(event)) {
                const { netuid, destination, hotkey, owner, incentive } = sm.autoStakeAdded.v315.decode(event)
                return { kind: 'AutoStakeAdded', netuid, destination, hotkey, owner, incentive }
            }
            const v = readByFieldNames(event, [
                { key: 'netuid', kind: 'netuid', names: ['netuid'] },
                { key: 'destination', kind: 'account', names: ['destination'] },
                { key: 'hotkey', kind: 'account', names: ['hotkey'] },
                { key: 'owner', kind: 'account', names: ['owner', 'coldkey'] },
                { key: 'incentive', kind: 'alpha', names: ['incentive', 'alpha', 'amount'] },
            ])
            return { kind: 'AutoStakeAdded', netuid: v.netuid, destination: v.destination, hotkey: v.hotkey, owner: v.owner, incentive: v.incentive }
        }
    }
    throw new UnknownEventVersionError(event.name, event.block.specVersion)
}
