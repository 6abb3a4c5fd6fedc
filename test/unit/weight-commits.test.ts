/**
 * WeightCommit rows from the spec 424 commit and reveal events: each event is SCALE-encoded with the
 * real 424 registry, decoded back as the processor does, and fed to WeightsBatch over an in-memory
 * store. Hash reveals open the commit with their hash; timelocked reveals (no hash) open the
 * hotkey's oldest open timelocked commit, or a CRV3 one that spec 306's migration queued.
 */
import { Runtime } from '@subsquid/substrate-runtime'
import * as ss58 from '@subsquid/ss58'
import { FindOperator } from 'typeorm'
import { CurrentWeight, WeightCommit, WeightCommitKind } from '../../src/model'
import { WeightsBatch } from '../../src/domains/weights'
import { availableRuntimes, encodeEvent, needRuntime } from '../support/runtimes'

const A = '0x' + '11'.repeat(32)
const B = '0x' + '22'.repeat(32)
const H = '0x' + 'ab'.repeat(32)
const H2 = '0x' + 'cd'.repeat(32)
/** mechanism 2 of subnet 5 */
const M2_N5 = 2 * 4096 + 5
const ss = (hex: string) => ss58.codec(42).encode(hex)

/** Enough of @subsquid/typeorm-store's Store for WeightsBatch: rows by id, where clauses with In / IsNull. */
class MemoryStore {
    rows = new Map<string, WeightCommit>()
    async find(entity: unknown, opts: { where?: Record<string, unknown>; order?: Record<string, 'ASC' | 'DESC'> } = {}) {
        if (entity === CurrentWeight) return []
        const ok = (row: any) =>
            Object.entries(opts.where ?? {}).every(([k, want]) => {
                if (want instanceof FindOperator) {
                    if (want.type === 'isNull') return row[k] == null
                    if (want.type === 'in') return (want.value as unknown[]).includes(row[k])
                    throw new Error(`operator ${want.type}`)
                }
                return row[k] === want
            })
        const keys = Object.keys(opts.order ?? {})
        const cmp = (a: any, b: any) => {
            for (const k of keys) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1
            return 0
        }
        // copies, as a database hands out new objects
        return [...this.rows.values()]
            .filter(ok)
            .sort(cmp)
            .map((r) => new WeightCommit({ ...r }))
    }
    async insert() {}
    async upsert(rows: unknown[]) {
        for (const r of rows) if (r instanceof WeightCommit) this.rows.set(r.id, new WeightCommit({ ...r }))
    }
}

let rt: Runtime | undefined
beforeAll(async () => {
    rt = (await availableRuntimes()).find((r) => r.specVersion === 424)
}, 120_000)

async function batch(store: MemoryStore, events: [string, unknown[], number, number][]) {
    const b = new WeightsBatch(store as any, { readKeys: async () => new Map(), uidsReplaced: () => [], rereadAll: () => false })
    for (const [name, args, height, index] of events) await b.onEvent(encodeEvent(rt!, `SubtensorModule.${name}`, args, height, index))
    await b.flush()
}

/** id, hotkey, netuid, mechanism, commit hash, kind, reveal round, revealed at block */
type Row = [string, string, number, number, string, WeightCommitKind, bigint | null, number | null]
function row(...[id, hotkey, netuid, mechanism, commitHash, kind, revealRound, revealedAtBlock]: Row) {
    return { id, hotkey, netuid, mechanism, commitHash, kind, revealRound, revealedAtBlock }
}

it('links CRV3, timelocked and hash commits to their reveals (spec 424 events)', async () => {
    if (!needRuntime(rt, 424)) return
    const store = new MemoryStore()
    // batch 1: three commits of A on subnet 5 mechanism 2 (two timelocked, one by hash, sharing hash H),
    // and a CRV3 commit of B on subnet 5
    await batch(store, [
        ['TimelockedWeightsCommitted', [A, M2_N5, H, 1_000n], 10, 0],
        ['TimelockedWeightsCommitted', [A, M2_N5, H2, 1_001n], 10, 1],
        ['WeightsCommitted', [A, M2_N5, H], 10, 2],
        ['CRV3WeightsCommitted', [B, 5, H], 11, 0],
    ])
    // batch 2: A reveals the hash commit H (not the older timelocked one with the same hash); the
    // chain reveals A's oldest timelocked commit; the timelocked queue (spec 306+) reveals B's CRV3
    // commit; a CRV3 reveal with nothing open does nothing
    await batch(store, [
        ['WeightsRevealed', [A, M2_N5, H], 20, 3],
        ['TimelockedWeightsRevealed', [M2_N5, A], 21, 0],
        ['TimelockedWeightsRevealed', [5, B], 22, 0],
        ['CRV3WeightsRevealed', [5, B], 23, 0],
    ])
    const rows = [...store.rows.values()]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((r) => row(r.id, r.hotkey, r.netuid, r.mechanism, r.commitHash, r.kind, r.revealRound ?? null, r.revealedAtBlock ?? null))
    expect(rows).toEqual([
        row('0000000010-000000', ss(A), 5, 2, H, WeightCommitKind.TIMELOCKED, 1_000n, 21),
        row('0000000010-000001', ss(A), 5, 2, H2, WeightCommitKind.TIMELOCKED, 1_001n, null),
        row('0000000010-000002', ss(A), 5, 2, H, WeightCommitKind.HASH, null, 20),
        row('0000000011-000000', ss(B), 5, 0, H, WeightCommitKind.CRV3, null, 22),
    ])
})

it('a second timelocked reveal in the same batch opens the next commit, not the same one twice', async () => {
    if (!rt) return
    const store = new MemoryStore()
    await batch(store, [
        ['TimelockedWeightsCommitted', [A, M2_N5, H, 7n], 10, 0],
        ['TimelockedWeightsCommitted', [A, M2_N5, H2, 8n], 12, 0],
        ['TimelockedWeightsRevealed', [M2_N5, A], 30, 0],
        ['TimelockedWeightsRevealed', [M2_N5, A], 30, 1],
        ['CRV3WeightsRevealed', [5, A], 31, 0],
    ])
    expect([...store.rows.values()].map((r) => [r.id, r.revealedAtBlock])).toEqual([
        ['0000000010-000000', 30],
        ['0000000012-000000', 30],
    ])
})

it('a hash reveal opens the commit with its hash, not the oldest open one', async () => {
    if (!rt) return
    const store = new MemoryStore()
    await batch(store, [
        ['WeightsCommitted', [A, M2_N5, H], 40, 0],
        ['WeightsCommitted', [A, M2_N5, H2], 41, 0],
        ['WeightsRevealed', [A, M2_N5, H2], 42, 0],
    ])
    expect([...store.rows.values()].map((r) => [r.id, r.kind, r.revealedAtBlock])).toEqual([
        ['0000000040-000000', WeightCommitKind.HASH, null],
        ['0000000041-000000', WeightCommitKind.HASH, 42],
    ])
})
