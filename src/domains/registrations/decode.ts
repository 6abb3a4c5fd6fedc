import { events } from '../../types'
import type { Event } from '../../block'
import { UnknownEventVersionError } from '../../util/errors'
import { readByFieldNames } from '../../util/fields'

const sm = events.subtensorModule

export const REGISTRATION_EVENT_NAMES = [
    sm.neuronRegistered.name,
    sm.networkAdded.name,
    sm.networkRemoved.name,
    sm.hotkeySwapped.name,
] as const
const NAMES: ReadonlySet<string> = new Set(REGISTRATION_EVENT_NAMES)

export function isRegistrationEvent(event: Event): boolean {
    return NAMES.has(event.name)
}

export type DecodedRegistrationEvent =
    | { kind: 'NeuronRegistered'; netuid: number; uid: number; hotkey: string }
    | { kind: 'NetworkAdded'; netuid: number; mechanism: number }
    | { kind: 'NetworkRemoved'; netuid: number }
    | { kind: 'HotkeySwapped'; coldkey: string; oldHotkey: string; newHotkey: string }

/**
 * Shapes: NeuronRegistered (netuid, uid, hotkey), NetworkAdded (netuid, mechanism), NetworkRemoved
 * (netuid) since 103 (netuid typed NetUid from 315, same encoding); HotkeySwapped {coldkey,
 * old_hotkey, new_hotkey} since 143. Other shapes are read by field names.
 */
export function decodeRegistrationEvent(event: Event): DecodedRegistrationEvent {
    return decodeKnownVersion(event) ?? decodeByFieldNames(event)
}

function decodeKnownVersion(event: Event): DecodedRegistrationEvent | undefined {
    switch (event.name) {
        case sm.neuronRegistered.name:
            if (sm.neuronRegistered.v103.is(event)) {
                const [netuid, uid, hotkey] = sm.neuronRegistered.v103.decode(event)
                return { kind: 'NeuronRegistered', netuid, uid, hotkey }
            }
            break
        case sm.networkAdded.name:
            if (sm.networkAdded.v103.is(event)) {
                const [netuid, mechanism] = sm.networkAdded.v103.decode(event)
                return { kind: 'NetworkAdded', netuid, mechanism }
            }
            break
        case sm.networkRemoved.name:
            if (sm.networkRemoved.v103.is(event)) {
                return { kind: 'NetworkRemoved', netuid: sm.networkRemoved.v103.decode(event) }
            }
            break
        case sm.hotkeySwapped.name:
            if (sm.hotkeySwapped.v143.is(event)) {
                // SQD's struct check accepts extra named fields: take only ours
                const { coldkey, oldHotkey, newHotkey } = sm.hotkeySwapped.v143.decode(event)
                return { kind: 'HotkeySwapped', coldkey, oldHotkey, newHotkey }
            }
            break
    }
    return undefined
}

/** Exported for tests, which check it against every known shape. */
export function decodeByFieldNames(event: Event): DecodedRegistrationEvent {
    const netuid = { key: 'netuid', kind: 'netuid', names: ['netuid'] } as const
    switch (event.name) {
        case sm.neuronRegistered.name: {
            const v = readByFieldNames(event, [
                netuid,
                { key: 'uid', kind: 'u16', names: ['uid', 'neuronUid'] },
                { key: 'hotkey', kind: 'account', names: ['hotkey'] },
            ])
            return { kind: 'NeuronRegistered', netuid: v.netuid, uid: v.uid, hotkey: v.hotkey }
        }
        case sm.networkAdded.name: {
            const v = readByFieldNames(event, [netuid, { key: 'mechanism', kind: 'u16', names: ['mechanism', 'mechid', 'mechanismId'] }])
            return { kind: 'NetworkAdded', netuid: v.netuid, mechanism: v.mechanism }
        }
        case sm.networkRemoved.name:
            return { kind: 'NetworkRemoved', netuid: readByFieldNames(event, [netuid]).netuid }
        case sm.hotkeySwapped.name: {
            const v = readByFieldNames(event, [
                { key: 'coldkey', kind: 'account', names: ['coldkey'] },
                { key: 'oldHotkey', kind: 'account', names: ['oldHotkey'] },
                { key: 'newHotkey', kind: 'account', names: ['newHotkey'] },
            ])
            return { kind: 'HotkeySwapped', coldkey: v.coldkey, oldHotkey: v.oldHotkey, newHotkey: v.newHotkey }
        }
    }
    throw new UnknownEventVersionError(event.name, event.block.specVersion)
}

/** Which extrinsic call obtained the uid, by the name SQD gives the innermost call. */
export function registrationMethod(callName: string | undefined): 'BURNED' | 'POW' | 'ROOT' | 'SUDO' | 'OTHER' {
    switch (callName) {
        case 'SubtensorModule.burned_register':
            return 'BURNED'
        case 'SubtensorModule.register':
            return 'POW'
        case 'SubtensorModule.root_register':
            return 'ROOT'
        case 'SubtensorModule.sudo_register':
            return 'SUDO'
        default:
            return 'OTHER'
    }
}
