/**
 * Memoizes storage key encoding. Every read of an item hashes its key parts (blake2b-128 per part)
 * and a batch asks for the same keys block after block and round after round of the prefetch
 * stage: the pools of every subnet, the items of every epoch, the pools of every hotkey an epoch
 * pays. Written for @subsquid/substrate-runtime 2.0.1 (src/sqd/versions.ts): every storage path of
 * its Runtime (encodeStorageKey, getStorage, queryStorage, the paged reads typegen uses) calls the
 * module function encodeKey of lib/runtime/storage through the module object, which is replaced
 * once here.
 *
 * Two memos: whole keys, and hashed key parts. A key seen for the first time is still mostly made of
 * parts seen before (an epoch asks for (hotkey, netuid) pairs it never asked for, of hotkeys it
 * hashed for other subnets and items), so hashing grows with the accounts, not with their pairings.
 */
import { Runtime } from '@subsquid/substrate-runtime'
import * as storageModule from '@subsquid/substrate-runtime/lib/runtime/storage'
import { BoundedCache } from '../util/bounded-cache'

/** Keys held per generation; the per-batch hot set of a finney-shape chain is ~100k. */
const KEYS_PER_GENERATION = 300_000
/** Hashed key parts held per generation, runtime, hasher and key type: accounts and subnets in use (finney: ~100k accounts). */
const PARTS_PER_GENERATION = 200_000

type EncodeKey = typeof storageModule.encodeKey
type Part = string | number | bigint
/** a key part's node: the encoded key that ends here (if any), and the next parts of longer keys */
interface Node {
    key?: string
    next?: Map<Part, Node>
}

/** runtime codec -> pallet prefix -> item name -> the item's key trie */
type Generation = WeakMap<object, Map<string, Map<string, Node>>>

function itemRoot(gen: Generation, codec: object, prefix: string, name: string, create: boolean): Node | undefined {
    let pallets = gen.get(codec)
    if (!pallets) {
        if (!create) return undefined
        gen.set(codec, (pallets = new Map()))
    }
    let items = pallets.get(prefix)
    if (!items) {
        if (!create) return undefined
        pallets.set(prefix, (items = new Map()))
    }
    let root = items.get(name)
    if (!root && create) items.set(name, (root = {}))
    return root
}

/**
 * Encoded keys by runtime (its codec object: the same name may hash differently in another
 * runtime), pallet and item, then key part by key part: a lookup hashes the parts themselves (V8
 * keeps a string's hash on the string, and account ids arrive as the same string objects batch
 * after batch), never a concatenation of them. (Not by the item object encodeKey receives: the
 * Runtime builds a new one for every call.) Two generations bound the memory: when the young one
 * holds KEYS_PER_GENERATION keys it becomes the old one and the previous old one is dropped.
 */
class KeyMemo {
    private young: Generation = new WeakMap()
    private old: Generation = new WeakMap()
    private youngKeys = 0
    hits = 0
    misses = 0

    get(codec: object, prefix: string, name: string, key: Part[], compute: () => string): string {
        const young = find(itemRoot(this.young, codec, prefix, name, false), key)
        if (young !== undefined) {
            this.hits++
            return young
        }
        // a key still used comes back from the old generation into the young one
        let value = find(itemRoot(this.old, codec, prefix, name, false), key)
        if (value === undefined) {
            this.misses++
            value = compute()
        } else this.hits++
        if (this.youngKeys >= KEYS_PER_GENERATION) {
            this.old = this.young
            this.young = new WeakMap()
            this.youngKeys = 0
        }
        let node = itemRoot(this.young, codec, prefix, name, true)!
        for (const part of key) {
            const next: Map<Part, Node> = (node.next ??= new Map())
            let child = next.get(part)
            if (!child) next.set(part, (child = {}))
            node = child
        }
        node.key = value
        this.youngKeys++
        return value
    }
}

function find(node: Node | undefined, key: Part[]): string | undefined {
    for (const part of key) {
        if (!node) return undefined
        node = node.next?.get(part)
    }
    return node?.key
}

let installed: KeyMemo | undefined

/** Installs the memo (once); returns its counts of whole keys served from it and encoded anew. */
export function cacheStorageKeys(): { readonly hits: number; readonly misses: number } {
    if (installed) return installed
    const mod = storageModule as unknown as { encodeKey: EncodeKey }
    const original = mod.encodeKey
    if (typeof original !== 'function')
        throw new Error('@subsquid/substrate-runtime has no storage encodeKey() any more (see src/sqd/storage-key-cache.ts)')
    const memo = new KeyMemo()
    /** runtime codec -> hasher -> key type -> part -> its hash (nested, so a lookup builds no string) */
    const parts = new WeakMap<object, Map<string, Map<number, BoundedCache<string, Part>>>>()
    const partMemo = (codec: object, hasher: string, type: number) => {
        let byHasher = parts.get(codec)
        if (!byHasher) parts.set(codec, (byHasher = new Map()))
        let byType = byHasher.get(hasher)
        if (!byType) byHasher.set(hasher, (byType = new Map()))
        let memo = byType.get(type)
        if (!memo) byType.set(type, (memo = new BoundedCache(PARTS_PER_GENERATION)))
        return memo
    }
    const { getNameHash, getKeyHash } = storageModule
    // the same steps as substrate-runtime's encodeKey, each part's hash memoized per runtime codec
    // (a type index means another type in another runtime)
    const encodeFromParts: EncodeKey = (codec, prefix, name, item, key) => {
        if (key.length > item.hashers.length) return original(codec, prefix, name, item, key)
        let encoding = getNameHash(prefix) + getNameHash(name).slice(2)
        for (let i = 0; i < key.length; i++) {
            const part = key[i] as Part
            const hasher = item.hashers[i]
            const type = item.keys[i]
            // Map keys keep 1 and 1n apart, as the codec does
            encoding += partMemo(codec, hasher, type).get(part, () => getKeyHash(hasher, codec.encodeToBinary(type, part)).slice(2))
        }
        return encoding
    }
    // Map keys keep 1 and 1n apart, as a codec does (u16 takes no bigint).
    mod.encodeKey = (codec, prefix, name, item, key) => {
        for (const part of key) {
            const t = typeof part
            // structured key parts: not memoized
            if (t !== 'string' && t !== 'number' && t !== 'bigint') return original(codec, prefix, name, item, key)
        }
        return memo.get(codec, prefix, name, key as Part[], () => encodeFromParts(codec, prefix, name, item, key))
    }
    memoizeStorageItems()
    installed = memo
    return memo
}

/**
 * Runtime._getStorageItem copies the item's description into a new object on every call ({...def,
 * prefix}) for every storage key encoded and value decoded (7% of the processor's CPU in the
 * finney-shape steady state). The description never changes, so each (runtime, pallet, item) gets
 * one copy; callers only read it.
 */
function memoizeStorageItems() {
    const proto = Runtime.prototype as unknown as { _getStorageItem?: (qn: [string, string]) => object }
    const original = proto._getStorageItem
    if (typeof original !== 'function')
        throw new Error('@subsquid/substrate-runtime has no Runtime._getStorageItem() any more (see src/sqd/storage-key-cache.ts)')
    const items = new WeakMap<object, Map<string, Map<string, object>>>()
    proto._getStorageItem = function (this: object, qn: [string, string]) {
        let pallets = items.get(this)
        if (!pallets) items.set(this, (pallets = new Map()))
        let names = pallets.get(qn[0])
        if (!names) pallets.set(qn[0], (names = new Map()))
        let item = names.get(qn[1])
        if (!item) names.set(qn[1], (item = original.call(this, qn)))
        return item
    }
}
