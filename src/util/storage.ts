import type { Block } from '../block'

export interface StorageRequest {
    /** qualified name, e.g. SubtensorModule.Emission */
    name: string
    /** the item's key parts */
    key: unknown[]
}

/**
 * Reads many storage values of a block with ONE state_queryStorageAt, across items: the per-block
 * reads of the emissions domain would otherwise cost one round trip per item. Values are decoded
 * with the block's own runtime; absent values come back as the item's default.
 */
export async function queryStorageBatch(block: Block, requests: StorageRequest[]): Promise<any[]> {
    if (requests.length === 0) return []
    const runtime = block._runtime
    const keys = requests.map((r) => runtime.encodeStorageKey(r.name as any, ...r.key))
    const result: { changes: [string, string | null][] }[] = await runtime.rpc.call('state_queryStorageAt', [keys, block.hash])
    const changes = new Map(result[0]?.changes ?? [])
    return requests.map((r, i) => runtime.decodeStorageValue(r.name as any, changes.get(keys[i]) ?? null))
}

/** Page size of key-paged storage reads (state_getKeysPaged): nodes and Chopsticks do not all serve
 * the unpaged state_getKeys that typegen's getPairs uses. */
export const STORAGE_PAGE = 1000

/** All pages of a paged storage read, in one array. */
export async function collectPages<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
    const all: T[] = []
    for await (const page of pages) all.push(...page)
    return all
}
