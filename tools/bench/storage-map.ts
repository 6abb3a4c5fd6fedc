/**
 * Chain storage as it is at every height of a synthetic chain: each key keeps the list of heights
 * at which its value changed. Answers what a node answers for a block: a value, or the keys with a
 * prefix (paged, in key order). A null value means "absent" (deleted or never set).
 */
import { lowerBound } from '../../src/util/sorted'
export class VersionedStorage {
    private heights = new Map<string, number[]>()
    private values = new Map<string, (string | null)[]>()
    private sorted: string[] | undefined

    set(height: number, key: string, value: string | null): void {
        let hs = this.heights.get(key)
        let vs = this.values.get(key)
        if (!hs || !vs) {
            hs = []
            vs = []
            this.heights.set(key, hs)
            this.values.set(key, vs)
            this.sorted = undefined
        }
        const last = hs.length - 1
        if (last >= 0 && hs[last] === height) vs[last] = value
        else {
            if (last >= 0 && hs[last] > height)
                throw new Error(`storage writes must go forward in height (${key} at ${height} after ${hs[last]})`)
            hs.push(height)
            vs.push(value)
        }
    }

    get(key: string, height: number): string | null {
        const hs = this.heights.get(key)
        if (!hs) return null
        // last change at or before `height`
        let lo = 0
        let hi = hs.length - 1
        let found = -1
        while (lo <= hi) {
            const mid = (lo + hi) >> 1
            if (hs[mid] <= height) {
                found = mid
                lo = mid + 1
            } else hi = mid - 1
        }
        return found < 0 ? null : this.values.get(key)![found]
    }

    /** state_getKeysPaged: up to `count` present keys starting with `prefix`, strictly after `startKey` */
    keysPaged(prefix: string, count: number, startKey: string | null | undefined, height: number): string[] {
        const keys = this.sortedKeys()
        const from = startKey && startKey > prefix ? startKey : prefix
        let i = lowerBound(keys, from)
        const out: string[] = []
        for (; i < keys.length && out.length < count; i++) {
            const k = keys[i]
            if (!k.startsWith(prefix)) break
            if (k === startKey) continue
            if (this.get(k, height) != null) out.push(k)
        }
        return out
    }

    keyCount(): number {
        return this.heights.size
    }

    /** [key, heights, values] of every key, for saving */
    *entries(): Generator<[string, number[], (string | null)[]]> {
        for (const [k, hs] of this.heights) yield [k, hs, this.values.get(k)!]
    }

    static fromEntries(entries: Iterable<[string, number[], (string | null)[]]>): VersionedStorage {
        const s = new VersionedStorage()
        for (const [k, hs, vs] of entries) {
            s.heights.set(k, hs)
            s.values.set(k, vs)
        }
        return s
    }

    private sortedKeys(): string[] {
        if (!this.sorted) this.sorted = [...this.heights.keys()].sort()
        return this.sorted
    }
}
