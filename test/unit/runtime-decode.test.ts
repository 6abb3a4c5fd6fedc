/**
 * Every runtime whose metadata is available (typegen.sources.json: 103 ... 424): stake,
 * registration, weights and emission events are SCALE-encoded with that runtime's real type
 * registry, decoded back as the processor does (test/support/runtimes.ts) and run through the
 * domain decoders; the domain values must be the ones encoded. The argument lists are chosen by the
 * event's shape in that runtime, and an unlisted shape fails the test: a new runtime with a new
 * shape cannot pass unnoticed.
 */
import { Runtime } from '@subsquid/substrate-runtime'
import { events } from '../../src/types'
import { EventType } from '../../src/types/support'
import { decodeStakeEvent, decodeByFieldNames as stakeByFieldNames } from '../../src/domains/stakes/decode'
import { decodeRegistrationEvent, decodeByFieldNames as registrationByFieldNames } from '../../src/domains/registrations/decode'
import { decodeWeightEvent, decodeByFieldNames as weightByFieldNames } from '../../src/domains/weights/decode'
import { splitNetuidIndex } from '../../src/util/netuid-index'
import { availableRuntimes, encodeEvent, eventFields } from '../support/runtimes'

const A = '0x' + '11'.repeat(32)
const B = '0x' + '22'.repeat(32)
const C = '0x' + '33'.repeat(32)
const H = '0x' + 'ab'.repeat(32)
const H2 = '0x' + 'cd'.repeat(32)

/** mechanism 2 of subnet 5, as storage indexes are keyed from 320 */
const INDEX_M2_N5 = 2 * 4096 + 5

interface Case {
    /** event args for the shape, keyed by field count (tuple) or 'named' */
    /** `byFieldNames: false`: a shape the fallback must refuse */
    shapes: Record<string, { args: unknown; expected: (spec: number) => unknown; byFieldNames?: false }>
    decode: (e: any) => unknown
    /** the domain's field-name fallback, where it has one */
    byFieldNames?: (e: any) => unknown
}

const sm = 'SubtensorModule.'
const stakeAddRemove = (kind: 'ADD' | 'REMOVE'): Case => ({
    decode: decodeStakeEvent,
    byFieldNames: stakeByFieldNames,
    shapes: {
        // before dTAO: (hotkey, amount), stake counted as subnet 0; the coldkey is the signer's, so
        // the fallback, which reads the event alone, must refuse it
        2: { args: [A, 5000n], expected: () => ({ kind, hotkey: A, netuid: 0, tao: 5000n, alpha: 5000n }), byFieldNames: false },
        5: { args: [A, B, 5000n, 4900n, 3], expected: () => ({ kind, coldkey: A, hotkey: B, netuid: 3, tao: 5000n, alpha: 4900n }) },
        6: {
            args: [A, B, 5000n, 4900n, 3, 12n],
            expected: () => ({ kind, coldkey: A, hotkey: B, netuid: 3, tao: 5000n, alpha: 4900n, fee: 12n }),
        },
    },
})

const CASES: Record<string, Case> = {
    StakeAdded: stakeAddRemove('ADD'),
    StakeRemoved: stakeAddRemove('REMOVE'),
    StakeMoved: {
        decode: decodeStakeEvent,
        byFieldNames: stakeByFieldNames,
        shapes: {
            5: {
                args: [A, B, 1, C, 4],
                expected: () => ({
                    kind: 'MOVE',
                    coldkey: A,
                    hotkey: B,
                    netuid: 1,
                    tao: null,
                    alpha: null,
                    dest: { coldkey: A, hotkey: C, netuid: 4 },
                }),
            },
            6: {
                args: [A, B, 1, C, 4, 77n],
                expected: () => ({
                    kind: 'MOVE',
                    coldkey: A,
                    hotkey: B,
                    netuid: 1,
                    tao: 77n,
                    alpha: null,
                    dest: { coldkey: A, hotkey: C, netuid: 4 },
                }),
            },
        },
    },
    StakeTransferred: {
        decode: decodeStakeEvent,
        byFieldNames: stakeByFieldNames,
        shapes: {
            6: {
                args: [A, B, C, 3, 5, 1000n],
                expected: () => ({
                    kind: 'TRANSFER',
                    coldkey: A,
                    hotkey: C,
                    netuid: 3,
                    tao: 1000n,
                    alpha: null,
                    dest: { coldkey: B, hotkey: C, netuid: 5 },
                }),
            },
        },
    },
    StakeSwapped: {
        decode: decodeStakeEvent,
        byFieldNames: stakeByFieldNames,
        shapes: {
            5: {
                args: [A, C, 2, 7, 42n],
                expected: () => ({
                    kind: 'SWAP',
                    coldkey: A,
                    hotkey: C,
                    netuid: 2,
                    tao: 42n,
                    alpha: null,
                    dest: { coldkey: A, hotkey: C, netuid: 7 },
                }),
            },
        },
    },
    AlphaRecycled: {
        decode: decodeStakeEvent,
        byFieldNames: stakeByFieldNames,
        shapes: {
            4: { args: [A, B, 300n, 6], expected: () => ({ kind: 'RECYCLE', coldkey: A, hotkey: B, netuid: 6, tao: null, alpha: 300n }) },
        },
    },
    AlphaBurned: {
        decode: decodeStakeEvent,
        byFieldNames: stakeByFieldNames,
        shapes: {
            4: { args: [A, B, 301n, 8], expected: () => ({ kind: 'BURN', coldkey: A, hotkey: B, netuid: 8, tao: null, alpha: 301n }) },
        },
    },
    NeuronRegistered: {
        decode: decodeRegistrationEvent,
        byFieldNames: registrationByFieldNames,
        shapes: { 3: { args: [3, 17, A], expected: () => ({ kind: 'NeuronRegistered', netuid: 3, uid: 17, hotkey: A }) } },
    },
    NetworkAdded: {
        decode: decodeRegistrationEvent,
        byFieldNames: registrationByFieldNames,
        shapes: { 2: { args: [3, 1], expected: () => ({ kind: 'NetworkAdded', netuid: 3, mechanism: 1 }) } },
    },
    NetworkRemoved: {
        decode: decodeRegistrationEvent,
        byFieldNames: registrationByFieldNames,
        shapes: { 1: { args: [3], expected: () => ({ kind: 'NetworkRemoved', netuid: 3 }) } },
    },
    HotkeySwapped: {
        decode: decodeRegistrationEvent,
        byFieldNames: registrationByFieldNames,
        shapes: {
            named: {
                args: { coldkey: A, oldHotkey: B, newHotkey: C },
                expected: () => ({ kind: 'HotkeySwapped', coldkey: A, oldHotkey: B, newHotkey: C }),
            },
        },
    },
    WeightsSet: {
        decode: decodeWeightEvent,
        byFieldNames: weightByFieldNames,
        shapes: {
            // from 320 the first field is mechanism * 4096 + netuid; before, the netuid
            2: { args: [INDEX_M2_N5, 9], expected: () => ({ kind: 'WeightsSet', netuidIndex: INDEX_M2_N5, uid: 9 }) },
        },
    },
    WeightsCommitted: {
        decode: decodeWeightEvent,
        byFieldNames: weightByFieldNames,
        shapes: {
            3: { args: [A, INDEX_M2_N5, H], expected: () => ({ kind: 'WeightsCommitted', who: A, netuidIndex: INDEX_M2_N5, hash: H }) },
        },
    },
    WeightsRevealed: {
        decode: decodeWeightEvent,
        byFieldNames: weightByFieldNames,
        shapes: {
            3: { args: [A, INDEX_M2_N5, H], expected: () => ({ kind: 'WeightsRevealed', who: A, netuidIndex: INDEX_M2_N5, hash: H }) },
        },
    },
    WeightsBatchRevealed: {
        decode: decodeWeightEvent,
        // a vector field: the field-name fallback does not read vectors
        shapes: {
            3: {
                args: [A, INDEX_M2_N5, [H, H2]],
                expected: () => ({ kind: 'WeightsBatchRevealed', who: A, netuidIndex: INDEX_M2_N5, hashes: [H, H2] }),
            },
        },
    },
    // drand-timelocked commits: the chain reveals them itself, so the reveal names who and where, no hash
    CRV3WeightsCommitted: {
        decode: decodeWeightEvent,
        byFieldNames: weightByFieldNames,
        shapes: {
            3: { args: [A, INDEX_M2_N5, H], expected: () => ({ kind: 'CRV3WeightsCommitted', who: A, netuidIndex: INDEX_M2_N5, hash: H }) },
        },
    },
    CRV3WeightsRevealed: {
        decode: decodeWeightEvent,
        byFieldNames: weightByFieldNames,
        // (netuid, who): a NetUid, not a storage index, in every runtime that has it
        shapes: { 2: { args: [5, B], expected: () => ({ kind: 'CRV3WeightsRevealed', who: B, netuidIndex: 5 }) } },
    },
    TimelockedWeightsCommitted: {
        decode: decodeWeightEvent,
        byFieldNames: weightByFieldNames,
        shapes: {
            4: {
                args: [A, INDEX_M2_N5, H2, 18_446_744_073_709_551_615n],
                expected: () => ({
                    kind: 'TimelockedWeightsCommitted',
                    who: A,
                    netuidIndex: INDEX_M2_N5,
                    hash: H2,
                    revealRound: 18_446_744_073_709_551_615n,
                }),
            },
        },
    },
    TimelockedWeightsRevealed: {
        decode: decodeWeightEvent,
        byFieldNames: weightByFieldNames,
        shapes: {
            2: { args: [INDEX_M2_N5, C], expected: () => ({ kind: 'TimelockedWeightsRevealed', who: C, netuidIndex: INDEX_M2_N5 }) },
        },
    },
}

/** The first runtime each event exists in, from the notes (shared/notes/subtensor-data-model.md) and these runtimes' metadata. */
const FIRST_SEEN: Record<string, number> = {
    StakeAdded: 103,
    StakeRemoved: 103,
    NeuronRegistered: 103,
    NetworkAdded: 103,
    NetworkRemoved: 103,
    WeightsSet: 103,
    HotkeySwapped: 143,
    StakeMoved: 204,
    WeightsCommitted: 204,
    WeightsRevealed: 204,
    WeightsBatchRevealed: 204,
    StakeTransferred: 224,
    StakeSwapped: 224,
    CRV3WeightsCommitted: 224,
    CRV3WeightsRevealed: 315,
    TimelockedWeightsCommitted: 315,
    TimelockedWeightsRevealed: 315,
    AlphaRecycled: 315,
    AlphaBurned: 315,
}

let runtimes: Runtime[] = []
beforeAll(async () => {
    runtimes = await availableRuntimes()
}, 120_000)

function shapeKey(rt: Runtime, name: string): string {
    const fields = eventFields(rt, name)!
    return fields.length > 0 && fields[0].name != null ? 'named' : String(fields.length)
}

it('all thirteen runtimes of typegen.sources.json load with their registries', () => {
    if (process.env.CI !== 'true' && runtimes.length === 0) return
    expect(runtimes.map((r) => r.specVersion)).toEqual([103, 143, 204, 205, 218, 224, 233, 240, 315, 320, 343, 346, 424])
})

describe.each(Object.keys(CASES))('%s', (event) => {
    it('exists from the runtime it first appeared in', () => {
        for (const rt of runtimes)
            expect([rt.specVersion, rt.hasEvent(sm + event)]).toEqual([rt.specVersion, rt.specVersion >= FIRST_SEEN[event]])
    })

    it('is matched by a typegen version in every runtime that has it (no fallback needed)', () => {
        // typegen's export for the event (its camelCase is not always event[0].toLowerCase(): CRV3... -> crv3...)
        const exported = Object.values(events.subtensorModule).find((e: any) => e.name === sm + event)
        const versions = Object.values(exported ?? {}).filter((v) => v instanceof EventType) as EventType<any>[]
        for (const rt of runtimes.filter((r) => r.hasEvent(sm + event))) {
            expect([rt.specVersion, versions.some((v) => v.matches({ _runtime: rt } as any))]).toEqual([rt.specVersion, true])
        }
    })

    it('decodes to the encoded domain values in every runtime that has it', () => {
        const c = CASES[event]
        for (const rt of runtimes.filter((r) => r.hasEvent(sm + event))) {
            const shape = c.shapes[shapeKey(rt, sm + event)]
            if (!shape)
                throw new Error(`spec ${rt.specVersion}: ${event} has a shape this test does not know (${shapeKey(rt, sm + event)} fields)`)
            const decoded = c.decode(encodeEvent(rt, sm + event, shape.args))
            expect([rt.specVersion, decoded]).toEqual([rt.specVersion, shape.expected(rt.specVersion)])
        }
    })

    it('decodes to the same values by field / type names alone (the fallback, tried on every real shape)', () => {
        const c = CASES[event]
        if (!c.byFieldNames) return
        for (const rt of runtimes.filter((r) => r.hasEvent(sm + event))) {
            const shape = c.shapes[shapeKey(rt, sm + event)]
            const e = encodeEvent(rt, sm + event, shape.args)
            if (shape.byFieldNames === false) {
                expect(() => c.byFieldNames!(e)).toThrow('not decodable by field names')
            } else {
                expect([rt.specVersion, c.byFieldNames(e)]).toEqual([rt.specVersion, shape.expected(rt.specVersion)])
            }
        }
    })
})

it('the storage index splits into mechanism and netuid (from 320)', () => {
    expect(splitNetuidIndex(INDEX_M2_N5)).toEqual({ netuid: 5, mechanism: 2 })
    expect(splitNetuidIndex(5)).toEqual({ netuid: 5, mechanism: 0 })
    expect(splitNetuidIndex(4095)).toEqual({ netuid: 4095, mechanism: 0 })
    expect(splitNetuidIndex(4096)).toEqual({ netuid: 0, mechanism: 1 })
})
