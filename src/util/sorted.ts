/** Index of the first element >= x in an array sorted ascending (its length when there is none). */
export function lowerBound(sorted: string[], x: string): number {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (sorted[mid] < x) lo = mid + 1
        else hi = mid
    }
    return lo
}
