/**
 * The calls the mappings read (weights source and version key; registration method), encoded with
 * every available runtime's real registry and decoded the processor's way: their args are read by
 * field name, which must hold in every runtime that has the call.
 */
import { Runtime } from '@subsquid/substrate-runtime'
import { weightSource } from '../../src/domains/weights/decode'
import { registrationMethod } from '../../src/domains/registrations/decode'
import { availableRuntimes, encodeCall } from '../support/runtimes'

const A = '0x' + '11'.repeat(32)
const B = '0x' + '22'.repeat(32)

let runtimes: Runtime[] = []
beforeAll(async () => {
    runtimes = await availableRuntimes()
}, 120_000)

function withCall(name: string, args: Record<string, unknown>, netuid: number) {
    const out: [number, unknown][] = []
    for (const rt of runtimes.filter((r) => r.hasCall(name)))
        out.push([rt.specVersion, weightSource({ call: encodeCall(rt, name, args) } as any, netuid)])
    return out
}

function specsWith(name: string): number[] {
    return runtimes.filter((r) => r.hasCall(name)).map((r) => r.specVersion)
}

const ALL = [103, 143, 204, 205, 218, 224, 233, 240, 315, 320, 343, 346, 424]
const skipped = () => process.env.CI !== 'true' && runtimes.length < ALL.length

it('set_weights: SET with its version key, in every runtime', () => {
    if (skipped()) return
    expect(specsWith('SubtensorModule.set_weights')).toEqual(ALL)
    for (const [spec, r] of withCall('SubtensorModule.set_weights', { netuid: 3, dests: [0, 1], weights: [65535, 1], versionKey: 7n }, 3)) {
        expect([spec, r]).toEqual([spec, { source: 'SET', versionKey: 7n }])
    }
})

it('reveal_weights (from 204) and the mechanism calls (from 320)', () => {
    if (skipped()) return
    expect(specsWith('SubtensorModule.reveal_weights')).toEqual(ALL.filter((s) => s >= 204))
    for (const [spec, r] of withCall(
        'SubtensorModule.reveal_weights',
        { netuid: 3, uids: [1], values: [2], salt: [3], versionKey: 9n },
        3,
    )) {
        expect([spec, r]).toEqual([spec, { source: 'REVEAL', versionKey: 9n }])
    }
    expect(specsWith('SubtensorModule.set_mechanism_weights')).toEqual(ALL.filter((s) => s >= 320))
    for (const [spec, r] of withCall(
        'SubtensorModule.set_mechanism_weights',
        { netuid: 3, mecid: 1, dests: [1], weights: [2], versionKey: 8n },
        3,
    )) {
        expect([spec, r]).toEqual([spec, { source: 'MECHANISM', versionKey: 8n }])
    }
    for (const [spec, r] of withCall(
        'SubtensorModule.reveal_mechanism_weights',
        { netuid: 3, mecid: 1, uids: [1], values: [2], salt: [3], versionKey: 6n },
        3,
    )) {
        expect([spec, r]).toEqual([spec, { source: 'REVEAL', versionKey: 6n }])
    }
})

it('batch_reveal_weights (from 204): the version key when all items share it, else unknown', () => {
    if (skipped()) return
    expect(specsWith('SubtensorModule.batch_reveal_weights')).toEqual(ALL.filter((s) => s >= 204))
    const batch = (versionKeys: bigint[]) => ({
        netuid: 3,
        uidsList: [[1], [2]],
        valuesList: [[1], [2]],
        saltsList: [[1], [2]],
        versionKeys,
    })
    for (const [spec, r] of withCall('SubtensorModule.batch_reveal_weights', batch([5n, 5n]), 3))
        expect([spec, r]).toEqual([spec, { source: 'REVEAL', versionKey: 5n }])
    for (const [spec, r] of withCall('SubtensorModule.batch_reveal_weights', batch([5n, 6n]), 3))
        expect([spec, r]).toEqual([spec, { source: 'REVEAL', versionKey: null }])
})

it("batch_set_weights (from 224): the version key of the item for the event's subnet", () => {
    if (skipped()) return
    expect(specsWith('SubtensorModule.batch_set_weights')).toEqual(ALL.filter((s) => s >= 224))
    const args = { netuids: [1, 3], weights: [[[0, 1]], [[1, 2]]], versionKeys: [10n, 30n] }
    for (const [spec, r] of withCall('SubtensorModule.batch_set_weights', args, 3))
        expect([spec, r]).toEqual([spec, { source: 'BATCH', versionKey: 30n }])
    for (const [spec, r] of withCall('SubtensorModule.batch_set_weights', args, 1))
        expect([spec, r]).toEqual([spec, { source: 'BATCH', versionKey: 10n }])
})

it('registration calls are named the same in every runtime that has them', () => {
    if (skipped()) return
    const named = (call: string) =>
        runtimes
            .filter((r) => r.hasCall(call))
            .map((r) => [
                r.specVersion,
                registrationMethod(encodeCall(r, call, call.endsWith('root_register') ? { hotkey: A } : { netuid: 1, hotkey: A }).name),
            ])
    expect(named('SubtensorModule.burned_register')).toEqual(ALL.map((s) => [s, 'BURNED']))
    expect(named('SubtensorModule.root_register')).toEqual(ALL.filter((s) => s >= 143).map((s) => [s, 'ROOT']))
    const pow = runtimes.filter((r) => r.hasCall('SubtensorModule.register'))
    expect(
        pow.map((r) => [
            r.specVersion,
            registrationMethod(
                encodeCall(r, 'SubtensorModule.register', { netuid: 1, blockNumber: 5n, nonce: 6n, work: '0x00', hotkey: A, coldkey: B })
                    .name,
            ),
        ]),
    ).toEqual(ALL.map((s) => [s, 'POW']))
})
