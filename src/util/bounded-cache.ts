/**
 * A memo of a pure function holding between `capacity` and 2 x `capacity` entries, in two
 * generations: new entries go to the young one; when it is full it becomes the old one and the
 * previous old one is dropped whole. A hit in the old generation moves the entry back to the young
 * one, so what is used keeps living. Accounts and storage keys recur block after block (the same
 * hotkeys, subnets and pools): a hot set of a few hundred thousand entries saves nearly every
 * repeated hash while memory stays bounded over a sync of millions of blocks. (Evicting one entry
 * at a time through a Map's iterator is not O(1) in V8: deleted slots are walked over.)
 */
export class BoundedCache<V, K = string> {
    private young = new Map<K, V>()
    private old = new Map<K, V>()

    constructor(private capacity: number) {
        if (!(capacity >= 1)) throw new Error('BoundedCache: capacity must be at least 1')
    }

    get size(): number {
        return this.young.size + this.old.size
    }

    /** The value stored for `key`, or `compute()` stored now (nothing is stored when it throws). */
    get(key: K, compute: () => V): V {
        const hit = this.young.get(key)
        if (hit !== undefined) return hit
        const aged = this.old.get(key)
        const value = aged !== undefined ? aged : compute()
        if (this.young.size >= this.capacity) {
            this.old = this.young
            this.young = new Map()
        }
        this.young.set(key, value)
        return value
    }
}
