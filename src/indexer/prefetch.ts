/**
 * The prefetch stage: before a batch is mapped, every domain states the storage its blocks will
 * need (ReadPlanner), and all of it is read in large state_queryStorageAt / state_getKeysPaged calls
 * issued together (the RPC client keeps several in flight), into a StorageCache the mapping then
 * reads from. Reads that depend on other reads (an epoch is known from LastMechansimStepBlock; a
 * hotkey's positions are found under its key prefix) go in further rounds: planners run again once
 * the previous round's values are in, until a round asks for nothing new.
 */
import type { Block as BlockData } from '@subsquid/substrate-processor'
import type { Block, Fields } from '../block'
import { RpcLike, StorageCache } from './storage-cache'

/** Keys per state_queryStorageAt and per state_getKeysPaged page: large, yet far below node limits. */
export const KEYS_PER_CALL = 1000
/** At most this many rounds of dependent reads per batch (the domains need three). */
const MAX_ROUNDS = 4

export class ReadPlan {
    /** block hash -> keys, for this round */
    readonly values = new Map<string, Set<string>>()
    readonly prefixes = new Map<string, Set<string>>()
    private count = 0

    constructor(private cache: StorageCache) {}

    get size(): number {
        return this.count
    }

    /** one storage value: `name` with all its key parts (absent items of the block's runtime are skipped) */
    value(block: Block, name: string, ...key: unknown[]) {
        const k = encode(block, name, key)
        if (k == null || this.cache.hasValue(block.hash, k)) return
        if (add(this.values, block.hash, k)) this.count++
    }

    /**
     * Every key and value of a whole map: one page if it fits, else listed in 256 slices (by the
     * first byte after the item's prefix) read side by side instead of one page after another: for
     * the full re-reads of a runtime upgrade. Narrower prefixes of the item are then answered from it.
     */
    scan(block: Block, name: string) {
        const k = encode(block, name, [])
        if (k == null || this.cache.hasPrefix(block.hash, k)) return
        if (add(this.scans, block.hash, k)) this.count++
    }

    readonly scans = new Map<string, Set<string>>()

    /** every key and value under a partial key (e.g. Alpha(hotkey): all positions of a hotkey) */
    prefix(block: Block, name: string, ...partialKey: unknown[]) {
        const k = encode(block, name, partialKey)
        if (k == null || this.cache.hasPrefix(block.hash, k)) return
        if (add(this.prefixes, block.hash, k)) this.count++
    }
}

function encode(block: Block, name: string, key: unknown[]): string | undefined {
    const runtime = block._runtime
    if (!runtime.hasStorageItem(name as any)) return undefined
    try {
        return runtime.encodeStorageKey(name as any, ...key)
    } catch {
        // a key that does not fit this runtime's item: the mapping will find out and say so
        return undefined
    }
}

function add(m: Map<string, Set<string>>, hash: string, key: string): boolean {
    let s = m.get(hash)
    if (!s) m.set(hash, (s = new Set()))
    if (s.has(key)) return false
    s.add(key)
    return true
}

/** What a planner may look at: the batch's blocks and the values earlier rounds read. */
export interface PlanView {
    round: number
    /** a value read in an earlier round, decoded with the block's runtime (undefined if not read) */
    peek(block: Block, name: string, ...key: unknown[]): unknown
    /** the keys under a prefix read in an earlier round (undefined if not read) */
    peekKeys(block: Block, name: string, ...partialKey: unknown[]): string[] | undefined
}

export type BatchBlock = BlockData<Fields>

/** A domain's statement of what storage a block needs; called once per block per round. */
export type ReadPlanner = (block: BatchBlock, plan: ReadPlan, view: PlanView) => void | Promise<void>

export interface PrefetchStats {
    rounds: number
    requests: number
    keys: number
}

/** What the cache holds, decoded, for planners (and for the mapping, which may look ahead too). */
export function planView(cache: StorageCache, round: number): PlanView {
    return {
        round,
        peek(block, name, ...key) {
            const k = encode(block, name, key)
            if (k == null || !cache.hasValue(block.hash, k)) return undefined
            return block._runtime.decodeStorageValue(name as any, cache.value(block.hash, k) ?? null)
        },
        peekKeys(block, name, ...partialKey) {
            const k = encode(block, name, partialKey)
            return k == null ? undefined : cache.keys(block.hash, k)
        },
    }
}

/** Reads what the planners ask for, round after round, into `cache`. */
export async function prefetch(blocks: BatchBlock[], planners: ReadPlanner[], cache: StorageCache, node: RpcLike): Promise<PrefetchStats> {
    const stats: PrefetchStats = { rounds: 0, requests: 0, keys: 0 }
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const plan = new ReadPlan(cache)
        const v = planView(cache, round)
        for (const block of blocks) {
            for (const planner of planners) {
                try {
                    await planner(block, plan, v)
                } catch {
                    // a planner that cannot read a block (an unknown event shape) leaves it to the
                    // mapping, which reads on demand and reports the problem where it belongs
                }
            }
        }
        if (plan.size === 0) break
        stats.rounds++
        await read(plan, cache, node, stats)
    }
    return stats
}

const SLICES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

async function read(plan: ReadPlan, cache: StorageCache, node: RpcLike, stats: PrefetchStats) {
    const listKeys = async (hash: string, prefix: string): Promise<string[]> => {
        const keys: string[] = []
        for (let start: string | null = null; ;) {
            const page: string[] = await node.call('state_getKeysPaged', [prefix, KEYS_PER_CALL, start, hash])
            stats.requests++
            keys.push(...page)
            if (page.length < KEYS_PER_CALL) return keys
            start = page[page.length - 1]
        }
    }
    const listed = (hash: string, prefix: string, keys: string[]) => {
        cache.putPrefix(hash, prefix, keys)
        let s = plan.values.get(hash)
        if (!s) plan.values.set(hash, (s = new Set()))
        for (const k of keys) if (!cache.hasValue(hash, k)) s.add(k)
    }
    // key lists first: their keys' values join the same round's value reads
    await Promise.all([
        ...[...plan.prefixes].flatMap(([hash, prefixes]) => [...prefixes].map(async (p) => listed(hash, p, await listKeys(hash, p)))),
        ...[...plan.scans].flatMap(([hash, items]) =>
            [...items].map(async (p) => {
                // a map that fits in one page is listed by that page; a larger one in slices
                const first: string[] = await node.call('state_getKeysPaged', [p, KEYS_PER_CALL, null, hash])
                stats.requests++
                const keys = first.length < KEYS_PER_CALL ? first : (await Promise.all(SLICES.map((b) => listKeys(hash, p + b)))).flat()
                listed(hash, p, keys)
            }),
        ),
    ])
    const calls: Promise<void>[] = []
    for (const [hash, keySet] of plan.values) {
        const keys = [...keySet]
        for (let i = 0; i < keys.length; i += KEYS_PER_CALL) {
            const chunk = keys.slice(i, i + KEYS_PER_CALL)
            calls.push(
                node.call('state_queryStorageAt', [chunk, hash]).then((result: any) => {
                    stats.requests++
                    stats.keys += chunk.length
                    for (const [k, v] of result?.[0]?.changes ?? []) cache.putValue(hash, k, v)
                    for (const k of chunk) if (!cache.hasValue(hash, k)) cache.putValue(hash, k, null)
                }),
            )
        }
    }
    await Promise.all(calls)
}
