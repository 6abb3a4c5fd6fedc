import { events } from '../../types'
import type { Event } from '../../processor'
import { UnknownEventVersionError } from '../../util/errors'

const sm = events.subtensorModule

export const REGISTRATION_EVENT_NAMES = [
    sm.neuronRegistered.name,
    sm.networkAdded.name,
    sm.networkRemoved.name,
    sm.hotkeySwapped.name,
] as const

export type DecodedRegistrationEvent =
    | { kind: 'NeuronRegistered'; netuid: number; uid: number; hotkey: string }
    | { kind: 'NetworkAdded'; netuid: number; mechanism: number }
    | { kind: 'NetworkRemoved'; netuid: number }
    | { kind: 'HotkeySwapped'; coldkey: string; oldHotkey: string; newHotkey: string }

export function decodeRegistrationEvent(event: Event): DecodedRegistrationEvent {
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
                return { kind: 'HotkeySwapped', ...sm.hotkeySwapped.v143.decode(event) }
            }
            break
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
