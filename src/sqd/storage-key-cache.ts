/**
 * Memoizes storage key encoding. Every read of an item hashes its key parts (blake2b-128 per part)
 * and a batch asks for the same keys block after block: the pools of every subnet, the items of
 * every epoch, the pools of every hotkey an epoch pays. Written for @subsquid/substrate-runtime 2.0.1
 * (src/sqd/versions.ts): every storage path of its Runtime (encodeStorageKey, getStorage,
 * queryStorage, the paged reads typegen uses) calls the module function encodeKey of
 * lib/runtime/storage through the module object, which is replaced once here.
 */
import * as storageModule from '@subsquid/substrate-runtime/lib/runtime/storage'
import { BoundedCache } from '../util/bounded-cache'

/** Keys held across items and runtimes; the per-batch hot set of a finney-shape chain is ~70k. */
const KEYS_CACHED = 300_000

type EncodeKey = typeof storageModule.encodeKey

let installed = false

export function cacheStorageKeys(): void {
    if (installed) return
    const mod = storageModule as unknown as { encodeKey: EncodeKey }
    const original = mod.encodeKey
    if (typeof original !== 'function')
        throw new Error('@subsquid/substrate-runtime has no storage encodeKey() any more (see src/sqd/storage-key-cache.ts)')
    const cache = new BoundedCache<string>(KEYS_CACHED)
    // an item's metadata object stands for (runtime, item): the same name may hash differently in
    // another runtime, so the item's identity is part of the cache key
    const itemIds = new WeakMap<object, number>()
    let nextItemId = 0
    mod.encodeKey = (codec, prefix, name, item, key) => {
        let text = ''
        for (const part of key) {
            if (typeof part === 'string') text += `,s${part}`
            // number and bigint apart: a codec may accept one and refuse the other (u16 takes no bigint)
            else if (typeof part === 'number') text += `,n${part}`
            else if (typeof part === 'bigint') text += `,b${part}`
            else return original(codec, prefix, name, item, key) // structured key parts: not memoized
        }
        let id = itemIds.get(item)
        if (id === undefined) itemIds.set(item, (id = nextItemId++))
        return cache.get(`${id}${text}`, () => original(codec, prefix, name, item, key))
    }
    installed = true
}
