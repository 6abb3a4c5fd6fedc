/**
 * Storage values and key lists of the blocks of one batch, read ahead of the mapping (see
 * prefetch.ts) and served to the domains as if a node answered them. A read the plan did not
 * foresee goes to the node (counted as a miss): the cache can make mapping faster, never wrong.
 *
 * It answers the JSON-RPC methods SQD's Runtime uses for storage (state_getStorageAt,
 * state_queryStorageAt, state_getKeysPaged), so the domains' typegen getters and batched reads need
 * no second code path.
 */
import { lowerBound } from '../util/sorted'

/** The part of an RPC client the storage reads use (SQD's RpcClient has it). */
export interface RpcLike {
    call(method: string, params?: unknown[]): Promise<any>
}

/** Requests that reached the node although a cache was installed, by method (the metric's source). */
export interface CacheMisses {
    requests: number
    keys: number
    /** requests by method and storage item (pallet + item hash prefix of the first key) */
    byItem: Map<string, number>
}

/** '0x' + twox128(pallet) + twox128(item): the key prefix of a whole storage map */
const ITEM_PREFIX_HEX = 2 + 64

export class StorageCache implements RpcLike {
    /** block hash -> storage key -> raw value (null: no value at that block) */
    private values = new Map<string, Map<string, string | null>>()
    /** block hash -> key prefix -> every key under it, sorted as the node returns them */
    private prefixes = new Map<string, Map<string, string[]>>()
    readonly misses: CacheMisses = { requests: 0, keys: 0, byItem: new Map() }

    constructor(private upstream: RpcLike) {}

    putValue(blockHash: string, key: string, value: string | null) {
        let m = this.values.get(blockHash)
        if (!m) this.values.set(blockHash, (m = new Map()))
        m.set(key, value)
    }

    putPrefix(blockHash: string, prefix: string, keys: string[]) {
        let m = this.prefixes.get(blockHash)
        if (!m) this.prefixes.set(blockHash, (m = new Map()))
        m.set(prefix, [...keys].sort())
    }

    hasValue(blockHash: string, key: string): boolean {
        return this.values.get(blockHash)?.has(key) ?? false
    }

    hasPrefix(blockHash: string, prefix: string): boolean {
        return this.keys(blockHash, prefix) !== undefined
    }

    /** the raw value of a key read ahead (undefined when it was not) */
    value(blockHash: string, key: string): string | null | undefined {
        return this.values.get(blockHash)?.get(key)
    }

    /** every key under a prefix read ahead, or under a whole map read ahead that contains it (undefined when neither was) */
    keys(blockHash: string, prefix: string): string[] | undefined {
        const m = this.prefixes.get(blockHash)
        const exact = m?.get(prefix)
        if (exact || prefix.length <= ITEM_PREFIX_HEX) return exact
        const all = m?.get(prefix.slice(0, ITEM_PREFIX_HEX))
        // sorted: the keys under `prefix` are one run, from the first key >= prefix
        return all?.slice(lowerBound(all, prefix), lowerBound(all, prefix + 'g'))
    }

    async call(method: string, params: unknown[] = []): Promise<any> {
        switch (method) {
            case 'state_getStorage':
            case 'state_getStorageAt': {
                const [key, hash] = params as [string, string | undefined]
                if (hash != null && this.hasValue(hash, key)) return this.value(hash, key)
                break
            }
            case 'state_queryStorageAt': {
                const [keys, hash] = params as [string[], string | undefined]
                if (hash == null) break
                const missing = [...new Set(keys.filter((k) => !this.hasValue(hash, k)))]
                if (missing.length) {
                    const result = await this.upstream.call(method, [missing, hash])
                    this.miss(method, missing[0])
                    this.misses.keys += missing.length
                    for (const [k, v] of result?.[0]?.changes ?? []) this.putValue(hash, k, v)
                    // a node leaves out keys that have no value; remember them as absent
                    for (const k of missing) if (!this.hasValue(hash, k)) this.putValue(hash, k, null)
                }
                return [{ block: hash, changes: keys.map((k) => [k, this.value(hash, k) ?? null]) }]
            }
            case 'state_getKeysPaged':
            case 'state_getKeysPagedAt': {
                const [prefix, count, startKey, hash] = params as [string, number, string | null | undefined, string | undefined]
                const all = hash == null ? undefined : this.keys(hash, prefix)
                if (!all) break
                // keys after startKey, in the node's order (lowercase hex compares like the bytes)
                let from = startKey ? lowerBound(all, startKey) : 0
                if (startKey && all[from] === startKey) from++
                return all.slice(from, from + Number(count))
            }
        }
        this.miss(method, typeof params[0] === 'string' ? params[0] : undefined)
        return this.upstream.call(method, params)
    }

    private miss(method: string, key: string | undefined) {
        this.misses.requests++
        // the first 32 bytes of a storage key name its pallet and item (twox128 of each)
        const item = `${method} ${key?.slice(0, 66) ?? ''}`
        this.misses.byItem.set(item, (this.misses.byItem.get(item) ?? 0) + 1)
    }
}
