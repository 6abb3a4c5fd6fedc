/**
 * Routes the storage reads of a batch's blocks through a StorageCache. Every storage read of the
 * domains (typegen getters, util/storage.ts) ends in `block._runtime.rpc.call(...)`, SQD's Runtime
 * (@subsquid/substrate-runtime 2.0.1, src/sqd/versions.ts) reading its `rpc` through a getter; an own property on the
 * runtime object shadows that getter for the duration of the mapping and is removed afterwards.
 * test/unit/storage-cache.test.ts fails if a Runtime stops reading storage through `rpc`.
 */
import type { Runtime } from '@subsquid/substrate-runtime'
import type { RpcLike } from '../indexer/storage-cache'

/** The node client the processor gave the blocks' runtimes (the same for all of them). */
export function nodeRpc(runtime: Runtime): RpcLike {
    return runtime.rpc as RpcLike
}

export async function withRuntimeRpc<T>(runtimes: Iterable<Runtime>, rpc: RpcLike, fn: () => Promise<T>): Promise<T> {
    const patched = [...new Set(runtimes)]
    for (const r of patched) Object.defineProperty(r, 'rpc', { value: rpc, configurable: true, writable: false })
    try {
        return await fn()
    } finally {
        for (const r of patched) delete (r as any).rpc
    }
}
