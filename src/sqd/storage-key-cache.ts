/**
 * Memoizes storage key encoding. Every read of an item hashes its key parts (blake2b-128 per part)
 * and a batch asks for the same keys block after block and round after round of the prefetch
 * stage: the pools of every subnet, the items of every epoch, the pools of every hotkey an epoch
 * pays. Written for @subsquid/substrate-runtime 2.0.1 (src/sqd/versions.ts): every storage path of
 * its Runtime (encodeStorageKey, getStorage, queryStorage, the paged reads typegen uses) calls the
 * module function encodeKey of lib/runtime/storage through the module object, which is replaced
 * once here.
 */
import * as storageModule from '@subsquid/substrate-runtime/lib/runtime/storage'

/** Keys held per generation; the per-batch hot set of a finney-shape chain is ~100k. */
const KEYS_PER_GENERATION = 300_000

type EncodeKey = typeof storageModule.encodeKey
type Part = string | number | bigint
/** a key part's node: the encoded key that ends here (if any), and the next parts of longer keys */
interface Node {
    key?: string
    next?: Map<Part, Node>
}

/**
 * Encoded keys by runtime item, then key part by key part: a lookup hashes the parts themselves (V8
 * keeps a string's hash on the string, and account ids arrive as the same string objects batch
 * after batch), never a concatenation of them. Two generations bound the memory: when the young one
 * holds KEYS_PER_GENERATION keys it becomes the old one and the previous old one is dropped.
 */
class KeyMemo {
    private young = new WeakMap<object, Node>()
    private old = new WeakMap<object, Node>()
    private youngKeys = 0

    get(item: object, key: Part[], compute: () => string): string {
        const young = find(this.young.get(item), key)
        if (young !== undefined) return young
        // a key still used comes back from the old generation into the young one
        const value = find(this.old.get(item), key) ?? compute()
        if (this.youngKeys >= KEYS_PER_GENERATION) {
            this.old = this.young
            this.young = new WeakMap()
            this.youngKeys = 0
        }
        let node = this.young.get(item)
        if (!node) this.young.set(item, (node = {}))
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

let installed = false

export function cacheStorageKeys(): void {
    if (installed) return
    const mod = storageModule as unknown as { encodeKey: EncodeKey }
    const original = mod.encodeKey
    if (typeof original !== 'function')
        throw new Error('@subsquid/substrate-runtime has no storage encodeKey() any more (see src/sqd/storage-key-cache.ts)')
    const memo = new KeyMemo()
    // the item's metadata object stands for (runtime, item): the same name may hash differently in
    // another runtime. Map keys keep 1 and 1n apart, as a codec does (u16 takes no bigint).
    mod.encodeKey = (codec, prefix, name, item, key) => {
        for (const part of key) {
            const t = typeof part
            // structured key parts: not memoized
            if (t !== 'string' && t !== 'number' && t !== 'bigint') return original(codec, prefix, name, item, key)
        }
        return memo.get(item, key as Part[], () => original(codec, prefix, name, item, key))
    }
    installed = true
}
