/**
 * After a uid replacement the chain may rewrite the subnet's vectors with no event (newer runtimes'
 * clear_neuron removes the replaced uid's own vector and zeroes its weight in every other one), so
 * the weights domain compares the subnet's Weights storage with the vectors it stored earlier
 * (by a digest the database computes: test/integration/weights-indexed.test.ts) and writes a
 * STORAGE row for each vector that changed, appeared or was removed, and none for the rest.
 * The devnet's runtimes never rewrite a stored vector that way, so this runs on the real spec 424
 * registry: Weights values SCALE-encoded into a node's storage, the database's digests served by a
 * stand-in of the batch's transaction.
 */
import { Runtime } from '@subsquid/substrate-runtime'
import { CurrentWeight, WeightSet } from '../../src/model'
import { WeightsBatch } from '../../src/domains/weights'
import { vectorDigest } from '../../src/domains/weights/indexed'
import { availableRuntimes, needRuntime } from '../support/runtimes'
import { fakeNode } from '../support/fake-node'

type Pairs = [number, number][]
const NETUID = 3
const HOTKEY = '0x' + '22'.repeat(32)

let spec424: Runtime | undefined
beforeAll(async () => {
    spec424 = (await availableRuntimes()).find((r) => r.specVersion === 424)
}, 120_000)

/** a block at height 100 whose Weights storage holds `chain` (uid -> pairs) for the subnet */
function blockWith(base: Runtime, chain: Record<number, Pairs>) {
    const state = new Map<string, string>()
    const item = base.description.storage.SubtensorModule.items.Weights
    for (const [uid, pairs] of Object.entries(chain))
        state.set(
            base.encodeStorageKey('SubtensorModule.Weights' as any, NETUID, Number(uid)),
            base.scaleCodec.encodeToHex(item.value, pairs),
        )
    const version = { specName: 'node-subtensor', specVersion: 424, implName: 'node-subtensor', implVersion: 1 }
    const rt = new Runtime(version, base.metadata, undefined, fakeNode(state) as any)
    return { hash: '0x' + '42'.repeat(32), height: 100, specVersion: 424, _runtime: rt } as any
}

/**
 * Enough of typeorm-store's Store: the batch's transaction answers the digest statement with the
 * vectors "in the database" (`stored`, uid -> pairs), and written rows are kept.
 */
function storeWith(stored: Record<number, Pairs>) {
    const written: WeightSet[] = []
    const statements: unknown[][] = []
    return {
        written,
        statements,
        em: () => ({
            async query(sql: string, params: unknown[]) {
                statements.push(params)
                if (!/FROM current_weight WHERE netuid = ANY/.test(sql)) throw new Error(`unexpected statement ${sql}`)
                if (!(params[0] as number[]).includes(NETUID)) return []
                return Object.entries(stored).map(([uid, pairs]) => ({
                    id: `${NETUID}-0-${uid}`,
                    netuid: NETUID,
                    mechanism: 0,
                    uid: Number(uid),
                    digest: vectorDigest(
                        pairs.map(([u]) => u),
                        pairs.map(([, w]) => w),
                    ),
                }))
            },
        }),
        async find() {
            return []
        },
        async insert(rows: unknown[]) {
            for (const r of rows) if (r instanceof WeightSet) written.push(r)
        },
        async upsert(rows: unknown[]) {
            for (const r of rows) if (!(r instanceof CurrentWeight)) throw new Error('unexpected upsert')
        },
    }
}

test('a STORAGE row for each vector the chain changed, added or removed; none for equal or empty ones', async () => {
    const base = needRuntime(spec424, 424)
    if (!base) return
    const store = storeWith({
        0: [[1, 100]], // unchanged
        1: [
            [1, 5],
            [2, 6],
        ], // uid 2 replaced: its weight zeroed
        2: [[0, 7]], // the replaced uid's own vector: removed by the chain
        4: [], // empty in the database, absent in the chain: nothing to say
    })
    const chain: Record<number, Pairs> = {
        0: [[1, 100]],
        1: [
            [1, 5],
            [2, 0],
        ],
        3: [[2, 9]], // not in the database yet
    }
    const weights = new WeightsBatch(store as any, {
        readKeys: async () => new Map([[1, HOTKEY]]),
        uidsReplaced: () => [NETUID],
        rereadAll: () => false,
    })
    const block = blockWith(base, chain)
    await weights.prepare()
    await weights.endBlock(block, { recheck: new Set([NETUID]), removedNetuids: new Set() })
    await weights.flush()
    expect(
        store.written.map((r) => ({ id: r.id, source: r.source, uid: r.uid, hotkey: r.hotkey != null, uids: r.uids, weights: r.weights })),
    ).toEqual([
        { id: '0000000100-storage-3-0-1', source: 'STORAGE', uid: 1, hotkey: true, uids: [1, 2], weights: [5, 0] },
        { id: '0000000100-storage-3-0-3', source: 'STORAGE', uid: 3, hotkey: false, uids: [2], weights: [9] },
        { id: '0000000100-storage-3-0-2', source: 'STORAGE', uid: 2, hotkey: false, uids: [], weights: [] },
    ])
    // the stored vectors were asked for once
    expect(store.statements).toEqual([[[NETUID]]])
})
