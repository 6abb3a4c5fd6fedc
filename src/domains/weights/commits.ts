/**
 * Which open hash commits of one (subnet, mechanism, hotkey) the chain no longer holds, given the
 * hashes in its WeightCommits queue at the end of a block. The chain drops from the front of the
 * queue (the oldest), so of the open commits with a hash, the newest ones are held (as many as the
 * queue has of that hash) and the older rest were dropped.
 */
export function droppedCommits<C extends { id: string; blockNumber: number; commitHash: string }>(open: C[], held: string[]): C[] {
    const count = new Map<string, number>()
    for (const hash of held) count.set(hash, (count.get(hash) ?? 0) + 1)
    // ids are "<height>-<event index>", zero-padded: later ids are later events
    const newestFirst = [...open].sort((a, b) => b.blockNumber - a.blockNumber || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    const dropped: C[] = []
    for (const c of newestFirst) {
        const n = count.get(c.commitHash) ?? 0
        if (n > 0) count.set(c.commitHash, n - 1)
        else dropped.push(c)
    }
    return dropped
}
