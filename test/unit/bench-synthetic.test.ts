/**
 * The benchmark's synthetic chain decodes with the real spec 224 registry, SQD's own event parser
 * and the indexer's decoders, and its storage is consistent: a hotkey pool holds exactly the shares
 * of its positions. Expected values come from the block layout (each signed extrinsic emits four
 * events) and from the extrinsic that emitted each event, both encoded separately from the events.
 * The mainnet-shaped chain keeps subtensor's epoch cadence, its validators' nominators, and storage
 * that agrees with its commits, reveals and stake moves. The replay server charges its latency per
 * request and queues requests over its in-flight cap.
 */
import * as fs from 'fs'
import { decodeEvents } from '@subsquid/substrate-data/lib/parsing/event'
import { DENSE, EVENTS_KEY, FINNEY_SHAPE, generate, isEpoch, loadRuntime, SHARED_METADATA } from '../../tools/bench/synthetic'
import type { SyntheticOptions } from '../../tools/bench/synthetic'
import { VersionedStorage } from '../../tools/bench/storage-map'
import { NotModelled, startReplayServer, syntheticAnswers } from '../../tools/bench/replay'
import { decodeStakeEvent } from '../../src/domains/stakes/decode'
import { decodeWeightEvent } from '../../src/domains/weights/decode'

const toJson = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)))
const post = (url: string, body: unknown) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json())

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
    const o: SyntheticOptions = {
        ...DENSE,
        blocks: 4,
        subnets: 3,
        neurons: 8,
        validators: 4,
        stakeOps: 10,
        weightSets: 5,
        registrations: 1,
        tempo: 6,
    }
    const chain = generate(o)
    const { runtime } = loadRuntime()
    const answer = syntheticAnswers(chain)
    const block = chain.blocks[2]
    const events = decodeEvents(runtime, block.events)
    // the processor hands args to the handler in JSON form (integers as strings)
    const json = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)))
    const event = (e: (typeof events)[number]) =>
        ({ name: e.name, args: json(e.args), index: e.index, block: { _runtime: runtime, specVersion: 224, height: block.height } }) as any
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
            const stored = runtime.decodeStorageValue(
                'SubtensorModule.Weights',
                chain.storage.get(runtime.encodeStorageKey('SubtensorModule.Weights', d.netuidIndex, d.uid), block.height),
            )
            // a later set in the same block may have replaced the vector; the last one is stored
            const last = sets.filter((s) => (s.args as any)[0] === d.netuidIndex && (s.args as any)[1] === d.uid).pop()!
            const lastArgs = callOf(last).args as any
            expect(stored).toEqual(lastArgs.dests.map((dest: number, i: number) => [dest, lastArgs.weights[i]]))
        }
    })

    it('answers a key of an item it does not model with an error naming the item, and an absent key of a modelled item with null', () => {
        const at = chain.blocks[2].hash
        const kappa = runtime.encodeStorageKey('SubtensorModule.Kappa', 1)
        expect(() => answer('state_getStorageAt', [kappa, at])).toThrow(NotModelled)
        expect(() => answer('state_getStorageAt', [kappa, at])).toThrow(/SubtensorModule\.Kappa/)
        const registeredAt = runtime.encodeStorageKey('SubtensorModule.NetworkRegisteredAt', 1)
        expect(() => answer('state_queryStorageAt', [[registeredAt], at])).toThrow(/NetworkRegisteredAt/)
        const delegates = runtime.encodeStorageKey('SubtensorModule.Delegates')
        expect(() => answer('state_getKeysPaged', [delegates, 10, null, at])).toThrow(/SubtensorModule\.Delegates/)
        const nobody = '0x' + '11'.repeat(32)
        expect(answer('state_getStorageAt', [runtime.encodeStorageKey('SubtensorModule.Alpha', nobody, nobody, 1), at])).toBeNull()
    })

    it("a hotkey pool's TotalHotkeyShares is the sum of its Alpha shares, at every height", () => {
        const hotkeyOf = (netuid: number, uid: number, h: number) =>
            runtime.decodeStorageValue(
                'SubtensorModule.Keys',
                chain.storage.get(runtime.encodeStorageKey('SubtensorModule.Keys', netuid, uid), h),
            ) as string
        for (const h of [0, 2, 4]) {
            for (const [netuid, uid] of [
                [1, 0],
                [2, 5],
                [3, 7],
            ]) {
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

describe('replay server as an archive node', () => {
    const answer = (method: string) => (method === 'system_chain' ? 'x' : null)

    it('charges the latency once per request, a batch included, and queues requests over the in-flight cap', async () => {
        const server = await startReplayServer(answer, 0, { latencyMs: 60, maxInFlight: 2, perKeyUs: 0 })
        try {
            let t = performance.now()
            const one = (id: number) => ({ jsonrpc: '2.0', id, method: 'system_chain', params: [] })
            const batch = await post(
                server.url,
                Array.from({ length: 20 }, (_, id) => one(id)),
            )
            const batchMs = performance.now() - t
            expect(batch).toHaveLength(20)
            expect(batchMs).toBeGreaterThanOrEqual(55)
            expect(batchMs).toBeLessThan(20 * 55)
            t = performance.now()
            await Promise.all(Array.from({ length: 4 }, (_, id) => post(server.url, one(id))))
            // two rounds of two: the second pair waited for the first
            expect(performance.now() - t).toBeGreaterThanOrEqual(2 * 55)
            expect(server.served()).toEqual({ requests: 5, maxQueued: 2 })
        } finally {
            await server.close()
        }
    })

    it('adds the per-key cost of a storage read', async () => {
        const server = await startReplayServer(() => null, 0, { latencyMs: 0, maxInFlight: 0, perKeyUs: 1000 })
        try {
            const t = performance.now()
            const keys = Array.from({ length: 100 }, (_, i) => '0x' + i)
            await post(server.url, { jsonrpc: '2.0', id: 1, method: 'state_queryStorageAt', params: [keys, null] })
            expect(performance.now() - t).toBeGreaterThanOrEqual(95)
        } finally {
            await server.close()
        }
    })
})

describeWith('mainnet-shaped synthetic chain', () => {
    it('the full shape has finney dimensions: about 0.36 epochs and 380 events per block, 80 weight extrinsics', () => {
        const o = FINNEY_SHAPE
        expect([o.subnets, o.neurons, o.tempo, o.epochRule]).toEqual([128, 256, 360, 'subtensor'])
        // a short sync from block 0 meets epochs: subnet 128's at block 10, subnet 1's at 137
        expect(isEpoch(o, 10, 128) && isEpoch(o, 137, 1)).toBe(true)
        expect(o.subnets / (o.tempo + 1)).toBeCloseTo(0.355, 2)
        expect(o.weightSets + 2 * o.commits).toBe(80)
        // signed paying extrinsics 4 events, set/commit 2, reveal 3 (WeightsSet, WeightsRevealed, ExtrinsicSuccess)
        const events = 1 + 4 * (o.stakeOps + o.stakeMoves + o.registrations) + 2 * (o.weightSets + o.commits) + 3 * o.commits
        expect(events).toBeGreaterThan(360)
        expect(events).toBeLessThan(400)
        expect(o.nominators).toBeGreaterThanOrEqual(1000)
    })

    const o: SyntheticOptions = {
        ...FINNEY_SHAPE,
        blocks: 24,
        subnets: 4,
        neurons: 12,
        validators: 3,
        tempo: 10,
        weightSets: 5,
        commits: 3,
        revealDelay: 2,
        stakeOps: 6,
        stakeMoves: 2,
        registrations: 1,
        coldkeys: 2000,
        epochPhase: 3,
    }
    const chain = generate(o)
    const { runtime } = loadRuntime()
    const value = (name: string, h: number, ...key: unknown[]) =>
        runtime.decodeStorageValue(name as any, chain.storage.get(runtime.encodeStorageKey(name as any, ...key), h)) as any
    const eventsOf = (h: number) => decodeEvents(runtime, chain.blocks[h].events)
    const callOf = (h: number, e: { extrinsicIndex?: number }) =>
        runtime.toCallRecord(runtime.decodeExtrinsic(chain.blocks[h].extrinsics[e.extrinsicIndex!]).call)
    const asEvent = (e: { name: string; args: unknown }, h: number) =>
        ({ name: e.name, args: toJson(e.args), block: { _runtime: runtime, specVersion: 224, height: h } }) as any
    const alphaShares = (hotkey: string, netuid: number, h: number) => {
        let sum = 0n
        const coldkeys = new Set<string>()
        for (const key of chain.storage.keysPaged(runtime.encodeStorageKey('SubtensorModule.Alpha', hotkey), 100_000, null, h)) {
            if (Buffer.from(key.slice(-4), 'hex').readUInt16LE(0) !== netuid) continue
            sum += BigInt((runtime.decodeStorageValue('SubtensorModule.Alpha', chain.storage.get(key, h)) as any).bits)
            coldkeys.add(key.slice(-4 - 64, -4))
        }
        return { sum, coldkeys }
    }

    it("runs each subnet's epoch when (height + netuid + 1) % (tempo + 1) == 0, as subtensor does", () => {
        for (let netuid = 1; netuid <= o.subnets; netuid++) {
            const epochs: number[] = []
            for (let h = 1; h <= o.blocks; h++) {
                if (BigInt(value('SubtensorModule.LastMechansimStepBlock', h, netuid)) === BigInt(h)) epochs.push(h)
            }
            const heights = Array.from({ length: o.blocks }, (_, i) => i + 1)
            const expected = heights.filter((h) => (h + o.epochPhase! + netuid + 1) % (o.tempo + 1) === 0)
            expect(epochs).toEqual(expected)
            expect(expected.every((h) => isEpoch(o, h, netuid))).toBe(true)
        }
    })

    it('its validators are the same hotkeys on every subnet, each with at least `nominators` distinct coldkeys staked', () => {
        for (let uid = 0; uid < o.validators; uid++) {
            const hotkey = value('SubtensorModule.Keys', 0, 1, uid)
            for (let netuid = 2; netuid <= o.subnets; netuid++) expect(value('SubtensorModule.Keys', 0, netuid, uid)).toBe(hotkey)
            const all = new Set<string>()
            for (let netuid = 1; netuid <= o.subnets; netuid++) for (const c of alphaShares(hotkey, netuid, 0).coldkeys) all.add(c)
            expect(all.size).toBeGreaterThanOrEqual(o.nominators)
        }
    })

    it('has the events of its operations in every block: fee-less weight extrinsics, commits revealed later', () => {
        let reveals = 0
        for (let h = 1; h <= o.blocks; h++) {
            const names = eventsOf(h).map((e) => e.name)
            const n = (name: string) => names.filter((x) => x === name).length
            const revealed = n('SubtensorModule.WeightsRevealed')
            reveals += revealed
            if (h <= o.revealDelay) expect(revealed).toBe(0)
            expect(n('SubtensorModule.WeightsCommitted')).toBe(o.commits)
            expect(n('SubtensorModule.WeightsSet')).toBe(o.weightSets + revealed)
            expect(n('SubtensorModule.StakeMoved')).toBe(o.stakeMoves)
            expect(n('Balances.Withdraw')).toBe(o.stakeOps + o.stakeMoves + o.registrations)
            expect(names.length).toBe(1 + 4 * (o.stakeOps + o.stakeMoves + o.registrations) + 2 * (o.weightSets + o.commits) + 3 * revealed)
        }
        expect(reveals).toBe(o.commits * (o.blocks - o.revealDelay))
    })

    it('a reveal names an earlier commit of the same hotkey and subnet, and Weights holds the revealed vector', () => {
        const commits = new Map<string, number>()
        let checked = 0
        for (let h = 1; h <= o.blocks; h++) {
            const events = eventsOf(h)
            const commitReveal = ['SubtensorModule.WeightsCommitted', 'SubtensorModule.WeightsRevealed']
            for (const e of events.filter((x) => commitReveal.includes(x.name))) {
                const d = decodeWeightEvent(asEvent(e, h))
                if (d.kind === 'WeightsCommitted') commits.set(`${d.who}|${d.netuidIndex}|${d.hash}`, h)
                if (d.kind !== 'WeightsRevealed') continue
                const committed = commits.get(`${d.who}|${d.netuidIndex}|${d.hash}`)
                expect(committed).toBeLessThanOrEqual(h - o.revealDelay)
                const args = callOf(h, e).args as any
                const set = events.find((x) => x.extrinsicIndex === e.extrinsicIndex && x.name === 'SubtensorModule.WeightsSet')!
                const uid = (set.args as any)[1]
                expect(value('SubtensorModule.Keys', h, d.netuidIndex, uid)).toBe(d.who)
                // a later set_weights of the same uid in the block would replace the vector
                const sameUid = (x: (typeof events)[number]) => (x.args as any)[0] === d.netuidIndex && (x.args as any)[1] === uid
                const later = events.filter((x) => x.index > e.index && x.name === 'SubtensorModule.WeightsSet' && sameUid(x))
                if (later.length) continue
                const revealed = args.uids.map((u: number, i: number) => [u, args.values[i]])
                expect(value('SubtensorModule.Weights', h, d.netuidIndex, uid)).toEqual(revealed)
                checked++
            }
        }
        expect(checked).toBeGreaterThan(0)
    })

    it("a stake move decodes as MOVE, and both hotkeys' TotalHotkeyShares stay the sum of their Alpha shares", () => {
        for (const h of [1, 12, 24]) {
            for (const e of eventsOf(h).filter((x) => x.name === 'SubtensorModule.StakeMoved')) {
                const d = decodeStakeEvent(asEvent(e, h))
                expect(d.kind).toBe('MOVE')
                const args = callOf(h, e).args as any
                expect([d.hotkey, d.dest!.hotkey, d.netuid]).toEqual([args.originHotkey, args.destinationHotkey, args.originNetuid])
                for (const hotkey of [d.hotkey, d.dest!.hotkey]) {
                    const total = BigInt(value('SubtensorModule.TotalHotkeyShares', h, hotkey, d.netuid).bits)
                    expect(total).toBe(alphaShares(hotkey, d.netuid, h).sum)
                }
            }
        }
    })
})
