/**
 * The prefetch stage and its cache, on a real runtime (spec 224's registry) and the typegen getters
 * the domains use, against a node simulated by a key -> value map (a pure stand-in: the cache only
 * forwards JSON-RPC calls). Values are SCALE-encoded by hand here, independently of the cache.
 */
import { Runtime } from '@subsquid/substrate-runtime'
import { storage } from '../../src/types'
import { prefetch, ReadPlanner } from '../../src/indexer/prefetch'
import { StorageCache } from '../../src/indexer/storage-cache'
import { withRuntimeRpc } from '../../src/sqd/runtime-rpc'
import { availableRuntimes } from '../support/runtimes'
import { fakeNode } from '../support/fake-node'
import { collectPages } from '../../src/util/storage'

const HASH = '0x' + '11'.repeat(32)
const HOTKEY = '0x' + 'aa'.repeat(32)
const COLDKEYS = [1, 2, 3, 4, 5].map((i) => '0x' + String(i).padStart(2, '0').repeat(32))

/** u64 little-endian, as SCALE encodes it */
const u64 = (n: bigint) => '0x' + Buffer.from(new BigUint64Array([n]).buffer).toString('hex')
/** U64F64 bits (u128 little-endian) */
const u128 = (n: bigint) => '0x' + Buffer.from(new BigUint64Array([n & ((1n << 64n) - 1n), n >> 64n]).buffer).toString('hex')

let base: Runtime | undefined

beforeAll(async () => {
    base = (await availableRuntimes()).find((r) => r.specVersion === 224)
})

/** `extraPositions`: more Alpha entries of another hotkey (a map larger than one page) */
function setup(extraPositions = 0) {
    if (!base) throw new Error('spec 224 runtime missing (../shared)')
    const rt0 = base
    const encode = (name: string, ...key: unknown[]) => rt0.encodeStorageKey(name as any, ...key)
    const state = new Map<string, string>()
    COLDKEYS.forEach((c, i) => state.set(encode('SubtensorModule.Alpha', HOTKEY, c, 3), u128(BigInt(i + 1) << 64n)))
    for (let i = 0; i < extraPositions; i++) {
        state.set(encode('SubtensorModule.Alpha', '0x' + 'cc'.repeat(32), '0x' + i.toString(16).padStart(64, '0'), 1), u128(1n << 64n))
    }
    state.set(encode('SubtensorModule.TotalHotkeyAlpha', HOTKEY, 3), u64(1_500_000_000n))
    state.set(encode('SubtensorModule.Burn', 3), u64(7_000_000n))
    const node = fakeNode(state)
    const rt = new Runtime(
        { specName: 'node-subtensor', specVersion: 224, implName: 'node-subtensor', implVersion: 1 },
        base.metadata,
        undefined,
        node as any,
    )
    const block = { hash: HASH, height: 10, specVersion: 224, _runtime: rt } as any
    return { rt, node, block, encode }
}

const sm = storage.subtensorModule

test('planned reads are served from the cache: one round trip per round, none while mapping', async () => {
    const { rt, node, block } = setup()
    const cache = new StorageCache(node)
    // round 0 reads Burn; round 1 depends on it (as an epoch read depends on its marker)
    const planner: ReadPlanner = ({ header }, plan, view) => {
        if (view.round === 0) plan.value(header, 'SubtensorModule.Burn', 3)
        else if (view.peek(header, 'SubtensorModule.Burn', 3) === 7_000_000n) {
            plan.prefix(header, 'SubtensorModule.Alpha', HOTKEY)
            plan.value(header, 'SubtensorModule.TotalHotkeyAlpha', HOTKEY, 3)
        }
    }
    const stats = await prefetch([{ header: block, events: [], calls: [], extrinsics: [] } as any], [planner], cache, node)
    expect(stats.rounds).toBe(2)
    // round 0: one value read; round 1: one key page, then one value read for the 5 keys + the pool
    expect(node.calls).toEqual(['state_queryStorageAt', 'state_getKeysPaged', 'state_queryStorageAt'])
    node.calls.length = 0

    await withRuntimeRpc([rt], cache, async () => {
        // typegen's paged getter with pages smaller than the prefix: served in order, page by page
        const pairs = await collectPages(sm.alpha.v224.getPairsPaged(2, block, HOTKEY))
        // (in the node's key order, which follows the coldkeys' hashes: compare as sorted lists)
        expect(pairs.map(([[, coldkey]]) => coldkey).sort()).toEqual([...COLDKEYS].sort())
        expect(pairs.map(([, v]) => (v as any).bits).sort()).toEqual([1n, 2n, 3n, 4n, 5n].map((n) => n << 64n))
        expect(await sm.totalHotkeyAlpha.v204.get(block, HOTKEY, 3)).toBe(1_500_000_000n)
    })
    expect(node.calls).toEqual([])
    expect(cache.misses).toMatchObject({ requests: 0, keys: 0 })
    // the runtime reads its own client again afterwards
    expect(rt.rpc).toBe(node)
})

test('a read the plan did not foresee goes to the node once, for the missing keys only, and is counted', async () => {
    const { rt, node, block } = setup()
    const cache = new StorageCache(node)
    await prefetch(
        [{ header: block, events: [], calls: [], extrinsics: [] } as any],
        [({ header }, plan) => plan.value(header, 'SubtensorModule.Burn', 3)],
        cache,
        node,
    )
    node.calls.length = 0
    await withRuntimeRpc([rt], cache, async () => {
        const many = await sm.totalHotkeyAlpha.v204.getMany(block, [
            [HOTKEY, 3],
            [HOTKEY, 4],
        ])
        expect(many).toEqual([1_500_000_000n, undefined])
        // both now cached, absent one included
        expect(
            await sm.totalHotkeyAlpha.v204.getMany(block, [
                [HOTKEY, 4],
                [HOTKEY, 3],
            ]),
        ).toEqual([undefined, 1_500_000_000n])
    })
    expect(node.calls).toEqual(['state_queryStorageAt'])
    expect(cache.misses).toMatchObject({ requests: 1, keys: 2 })
})

test('a planner that throws (an event shape it cannot decode) stops nothing: the other planners are read', async () => {
    const { node, block } = setup()
    const cache = new StorageCache(node)
    const stats = await prefetch(
        [{ header: block, events: [], calls: [], extrinsics: [] } as any],
        [
            () => {
                throw new Error('unknown shape')
            },
            ({ header }, plan) => plan.value(header, 'SubtensorModule.Burn', 3),
        ],
        cache,
        node,
    )
    expect(stats).toEqual({ rounds: 1, requests: 1, keys: 1 })
})

test('a whole-map scan: one page when the map fits, else 256 slices side by side; it answers narrower prefixes', async () => {
    const { rt, node, block } = setup()
    const scanAlpha: ReadPlanner = ({ header }, plan) => plan.scan(header, 'SubtensorModule.Alpha')
    const batch = [{ header: block, events: [], calls: [], extrinsics: [] } as any]
    // 5 keys: one page, then one value read
    const cache = new StorageCache(node)
    expect(await prefetch(batch, [scanAlpha], cache, node)).toEqual({ rounds: 1, requests: 2, keys: 5 })
    expect(node.calls).toEqual(['state_getKeysPaged', 'state_queryStorageAt'])
    // a map larger than a page: a first page, then 256 slices (the slice of the second hotkey holds
    // exactly 1,000 keys, a full page, so it asks for one more, empty), then 1,005 values in two calls
    const { node: bigNode, block: bigBlock } = setup(1000)
    const big = await prefetch([{ ...batch[0], header: bigBlock }], [scanAlpha], new StorageCache(bigNode), bigNode)
    expect(big).toEqual({ rounds: 1, requests: 1 + 256 + 1 + 2, keys: 1005 })
    node.calls.length = 0
    await withRuntimeRpc([rt], cache, async () => {
        const pairs = await collectPages(sm.alpha.v224.getPairsPaged(2, block, HOTKEY))
        expect(pairs.map(([[, coldkey]]) => coldkey).sort()).toEqual([...COLDKEYS].sort())
        // a hotkey with no positions: an empty answer from the scan, not a read
        expect(await collectPages(sm.alpha.v224.getPairsPaged(2, block, '0x' + 'bb'.repeat(32)))).toEqual([])
    })
    expect(node.calls).toEqual([])
})
