/**
 * The benchmark's synthetic chain decodes with the real spec 224 registry, SQD's own event parser
 * and the indexer's decoders, and its storage is consistent: a hotkey pool holds exactly the shares
 * of its positions. Expected values come from the block layout (each signed extrinsic emits four
 * events) and from the extrinsic that emitted each event, both encoded separately from the events.
 */
import * as fs from 'fs'
import { decodeEvents } from '@subsquid/substrate-data/lib/parsing/event'
import { DENSE, EVENTS_KEY, generate, loadRuntime, SHARED_METADATA, SyntheticOptions } from '../../src/bench/synthetic'
import { VersionedStorage } from '../../src/bench/storage-map'
import { syntheticAnswers } from '../../src/bench/replay'
import { decodeStakeEvent } from '../../src/domains/stakes/decode'
import { decodeWeightEvent } from '../../src/domains/weights/decode'

const haveMetadata = fs.existsSync(SHARED_METADATA)
if (!haveMetadata && process.env.CI === 'true') throw new Error(`missing ${SHARED_METADATA}`)
const describeWith = haveMetadata ? describe : describe.skip

describe('VersionedStorage', () => {
    const s = new VersionedStorage()
    s.set(0, '0xaa01', '0x01')
    s.set(5, '0xaa01', '0x02')
    s.set(9, '0xaa01', null)
    s.set(3, '0xaa02', '0x03')
    s.set(0, '0xbb01', '0x04')

    it('answers the value as of a height', () => {
        expect([0, 4, 5, 8, 9].map((h) => s.get('0xaa01', h))).toEqual(['0x01', '0x01', '0x02', '0x02', null])
        expect(s.get('0xaa02', 2)).toBeNull()
        expect(s.get('0xcc', 100)).toBeNull()
    })

    it('pages the present keys of a prefix in key order, after a start key', () => {
        expect(s.keysPaged('0xaa', 10, null, 2)).toEqual(['0xaa01'])
        expect(s.keysPaged('0xaa', 10, null, 4)).toEqual(['0xaa01', '0xaa02'])
        expect(s.keysPaged('0xaa', 10, null, 9)).toEqual(['0xaa02'])
        expect(s.keysPaged('0xaa', 1, null, 4)).toEqual(['0xaa01'])
        expect(s.keysPaged('0xaa', 10, '0xaa01', 4)).toEqual(['0xaa02'])
        expect(s.keysPaged('0x', 10, null, 4)).toEqual(['0xaa01', '0xaa02', '0xbb01'])
    })

    it('refuses writes that go back in height', () => {
        expect(() => s.set(1, '0xaa01', '0x05')).toThrow(/forward/)
    })
})

describeWith('synthetic chain (spec 224 registry)', () => {
    const o: SyntheticOptions = { ...DENSE, blocks: 4, subnets: 3, neurons: 8, validators: 4, stakeOps: 10, weightSets: 5, registrations: 1, tempo: 6 }
    const chain = generate(o)
    const { runtime } = loadRuntime()
    const answer = syntheticAnswers(chain)
    const block = chain.blocks[2]
    const events = decodeEvents(runtime, block.events)
    // the processor hands args to the handler in JSON form (integers as strings)
    const json = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)))
    const event = (e: (typeof events)[number]) => ({ name: e.name, args: json(e.args), index: e.index, block: { _runtime: runtime, specVersion: 224, height: block.height } }) as any
    const callOf = (e: (typeof events)[number]) => runtime.toCallRecord(runtime.decodeExtrinsic(block.extrinsics[e.extrinsicIndex!]).call)

    it('chains its blocks by parent hash and serves them like a node', () => {
        expect(chain.blocks.length).toBe(o.blocks + 1)
        for (let h = 1; h <= o.blocks; h++) expect(chain.blocks[h].header.parentHash).toBe(chain.blocks[h - 1].hash)
        expect(answer('chain_getBlockHash', ['0x2'])).toBe(block.hash)
        expect(answer('chain_getFinalizedHead', [])).toBe(chain.blocks[o.blocks].hash)
        expect(answer('state_getStorageAt', [EVENTS_KEY, block.hash])).toBe(block.events)
    })

    it('has a timestamp inherent and one signed extrinsic per operation, each with four events', () => {
        const signed = o.stakeOps + o.weightSets + o.registrations
        expect(block.extrinsics.length).toBe(1 + signed)
        expect(events.length).toBe(1 + 4 * signed)
        expect(block.eventCount).toBe(events.length)
        const now = runtime.toCallRecord(runtime.decodeExtrinsic(block.extrinsics[0]).call)
        expect(now.name).toBe('Timestamp.set')
        expect(BigInt((now.args as any).now)).toBe(1_735_689_600_000n + 2n * 12_000n)
        const perExtrinsic = new Map<number, string[]>()
        for (const e of events.slice(1)) perExtrinsic.set(e.extrinsicIndex!, [...(perExtrinsic.get(e.extrinsicIndex!) ?? []), e.name])
        expect(perExtrinsic.size).toBe(signed)
        for (const names of perExtrinsic.values()) {
            expect(names[0]).toBe('Balances.Withdraw')
            expect(names.slice(2)).toEqual(['TransactionPayment.TransactionFeePaid', 'System.ExtrinsicSuccess'])
        }
    })

    it("stake events decode with the indexer's decoder and match the extrinsic that emitted them", () => {
        const stake = events.filter((e) => e.name === 'SubtensorModule.StakeAdded' || e.name === 'SubtensorModule.StakeRemoved')
        expect(stake.length).toBe(o.stakeOps)
        for (const e of stake) {
            const d = decodeStakeEvent(event(e))
            const ex = runtime.decodeExtrinsic(block.extrinsics[e.extrinsicIndex!])
            const c = runtime.toCallRecord(ex.call)
            const args = c.args as any
            expect(d.coldkey).toBe((ex.signature!.address as any).value)
            expect(d.hotkey).toBe(args.hotkey)
            expect(d.netuid).toBe(args.netuid)
            if (d.kind === 'ADD') {
                expect(c.name).toBe('SubtensorModule.add_stake')
                expect(d.tao).toBe(BigInt(args.amountStaked))
            } else {
                expect(c.name).toBe('SubtensorModule.remove_stake')
                expect(d.alpha).toBe(BigInt(args.amountUnstaked))
            }
        }
    })

    it('WeightsSet matches its set_weights call, and Weights storage holds that vector at the block', () => {
        const sets = events.filter((e) => e.name === 'SubtensorModule.WeightsSet')
        expect(sets.length).toBe(o.weightSets)
        for (const e of sets) {
            const d = decodeWeightEvent(event(e))
            if (d.kind !== 'WeightsSet') throw new Error(d.kind)
            const args = callOf(e).args as any
            expect(d.netuidIndex).toBe(args.netuid)
            expect(d.uid).toBeLessThan(o.validators)
            const stored = runtime.decodeStorageValue('SubtensorModule.Weights', chain.storage.get(runtime.encodeStorageKey('SubtensorModule.Weights', d.netuidIndex, d.uid), block.height))
            // a later set in the same block may have replaced the vector; the last one is stored
            const last = sets.filter((s) => (s.args as any)[0] === d.netuidIndex && (s.args as any)[1] === d.uid).pop()!
            const lastArgs = callOf(last).args as any
            expect(stored).toEqual(lastArgs.dests.map((dest: number, i: number) => [dest, lastArgs.weights[i]]))
        }
    })

    it("a hotkey pool's TotalHotkeyShares is the sum of its Alpha shares, at every height", () => {
        const hotkeyOf = (netuid: number, uid: number, h: number) =>
            runtime.decodeStorageValue('SubtensorModule.Keys', chain.storage.get(runtime.encodeStorageKey('SubtensorModule.Keys', netuid, uid), h)) as string
        for (const h of [0, 2, 4]) {
            for (const [netuid, uid] of [[1, 0], [2, 5], [3, 7]]) {
                const hotkey = hotkeyOf(netuid, uid, h)
                const prefix = runtime.encodeStorageKey('SubtensorModule.Alpha', hotkey)
                let sum = 0n
                for (const key of chain.storage.keysPaged(prefix, 10_000, null, h)) {
                    // the key ends with the netuid (Identity hasher, u16 little endian)
                    if (Buffer.from(key.slice(-4), 'hex').readUInt16LE(0) !== netuid) continue
                    sum += BigInt((runtime.decodeStorageValue('SubtensorModule.Alpha', chain.storage.get(key, h)) as any).bits)
                }
                const total = runtime.decodeStorageValue(
                    'SubtensorModule.TotalHotkeyShares',
                    chain.storage.get(runtime.encodeStorageKey('SubtensorModule.TotalHotkeyShares', hotkey, netuid), h),
                ) as any
                expect(sum).toBeGreaterThan(0n)
                expect(BigInt(total.bits)).toBe(sum)
            }
        }
    })
})
