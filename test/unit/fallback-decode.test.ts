/**
 * An event shape no typegen version knows (a runtime newer than the indexer) is read by the field
 * names / type names of that runtime's own metadata and validated (src/util/fields.ts). The future
 * runtime is the real spec 346 registry with event variants changed the way runtime upgrades have
 * changed them before: fields appended, reordered, renamed, named. Where the values cannot be
 * found or fail validation the decoders throw UnknownEventVersionError with the reason.
 */
import { Runtime } from '@subsquid/substrate-runtime'
import { decodeStakeEvent } from '../../src/domains/stakes/decode'
import { decodeRegistrationEvent } from '../../src/domains/registrations/decode'
import { decodeWeightEvent } from '../../src/domains/weights/decode'
import { UnknownEventVersionError } from '../../src/util/errors'
import { availableRuntimes, encodeEvent, EventField, futureRuntime, needRuntime } from '../support/runtimes'

const A = '0x' + '11'.repeat(32)
const B = '0x' + '22'.repeat(32)
const H = '0x' + 'ab'.repeat(32)
const sm = 'SubtensorModule.'

let future: Runtime | undefined

beforeAll(async () => {
    const base = (await availableRuntimes()).find((r) => r.specVersion === 346)
    if (!base) return
    future = futureRuntime(base, 9001, (v) => {
        const added = v.get('StakeAdded')!
        const [cold, hot, tao, alpha, netuid, fee] = added
        const u64: EventField = { ...fee, typeName: 'u64' }
        const named = (f: EventField, name: string): EventField => ({ ...f, name })
        // netuid moved first, amounts renamed to *Balance (as spec 391 did), one more u64 at the end
        v.set('StakeAdded', [netuid, cold, hot, { ...tao, typeName: 'TaoBalance' }, { ...alpha, typeName: 'AlphaBalance' }, fee, u64])
        // the hotkey dropped: nothing to take it from
        v.set('StakeRemoved', [cold, u64, tao, alpha, netuid, fee])
        // named fields, one added
        const [rn, ruid, rhot] = v.get('NeuronRegistered')!
        v.set('NeuronRegistered', [named(rn, 'netuid'), named(ruid, 'uid'), named(rhot, 'hotkey'), named(cold, 'coldkey')])
        const [wi, wuid] = v.get('WeightsSet')!
        v.set('WeightsSet', [wi, wuid, u64])
        const [cwho, cidx, chash] = v.get('WeightsCommitted')!
        v.set('WeightsCommitted', [cwho, cidx, chash, u64])
        // an integer under an account's type name: validation must refuse it
        v.set('WeightsRevealed', [{ ...u64, typeName: 'T::AccountId' }, cidx, chash])
        const asa = v.get('AutoStakeAdded')!
        v.set('AutoStakeAdded', [...asa, named(fee, 'extra')])
    })
})

function maybe(name: string, fn: () => void) {
    it(name, () => {
        if (!needRuntime(future, 346)) return
        fn()
    })
}

maybe('StakeAdded reordered, renamed and extended: read by type names', () => {
    const e = encodeEvent(future!, sm + 'StakeAdded', [7, A, B, 5000n, 4900n, 12n, 99n])
    expect(decodeStakeEvent(e)).toEqual({ kind: 'ADD', coldkey: A, hotkey: B, netuid: 7, tao: 5000n, alpha: 4900n, fee: 12n })
})

maybe('StakeRemoved without a hotkey: unknown shape, with the reason', () => {
    const e = encodeEvent(future!, sm + 'StakeRemoved', [A, 1n, 5000n, 4900n, 7, 12n])
    expect(() => decodeStakeEvent(e)).toThrow(UnknownEventVersionError)
    expect(() => decodeStakeEvent(e)).toThrow(
        'SubtensorModule.StakeRemoved has an unknown shape in runtime spec 9001 (not decodable by field names: no field for hotkey)',
    )
})

maybe('NeuronRegistered with named fields and a coldkey: read by field names', () => {
    const e = encodeEvent(future!, sm + 'NeuronRegistered', { netuid: 3, uid: 250, hotkey: B, coldkey: A })
    expect(decodeRegistrationEvent(e)).toEqual({ kind: 'NeuronRegistered', netuid: 3, uid: 250, hotkey: B })
})

maybe('WeightsSet and WeightsCommitted with an extra field', () => {
    expect(decodeWeightEvent(encodeEvent(future!, sm + 'WeightsSet', [4096 + 9, 31, 5n]))).toEqual({
        kind: 'WeightsSet',
        netuidIndex: 4105,
        uid: 31,
    })
    expect(decodeWeightEvent(encodeEvent(future!, sm + 'WeightsCommitted', [A, 9, H, 5n]))).toEqual({
        kind: 'WeightsCommitted',
        who: A,
        netuidIndex: 9,
        hash: H,
    })
})

maybe('an integer where the account should be fails validation', () => {
    const e = encodeEvent(future!, sm + 'WeightsRevealed', [123n, 9, H])
    expect(() => decodeWeightEvent(e)).toThrow('(not decodable by field names: who is not 32 bytes of hex)')
})
