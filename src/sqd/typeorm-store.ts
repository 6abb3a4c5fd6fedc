/**
 * The one place that reads typeorm-store's private state, written for @subsquid/typeorm-store
 * 1.5.1 (src/sqd/versions.ts): the batch transaction's EntityManager, for multi-row statements
 * (src/db/bulk.ts) and the indexer head (src/db/head.ts), and whether the store logs changes for a
 * reorg rollback (unfinalized blocks), in which case row writes must go through the store.
 */
import type { EntityManager } from 'typeorm'
import { Store } from '@subsquid/typeorm-store'
import { WRITTEN_FOR } from './versions'

function entityManagerOf(store: Store): () => EntityManager {
    const em = (store as unknown as { em?: unknown }).em
    if (typeof em !== 'function') {
        throw new Error(
            `@subsquid/typeorm-store's Store has no em() any more (src/sqd/typeorm-store.ts was written for ${WRITTEN_FOR['@subsquid/typeorm-store']})`,
        )
    }
    return em.bind(store) as () => EntityManager
}

/** The batch's transaction, for statements outside the entity tables (which the store never rolls back). */
export function batchTransaction(store: Store): EntityManager {
    return entityManagerOf(store)()
}

/**
 * The EntityManager to write through directly, or undefined where writes must go through the
 * store's own methods: unfinalized blocks (changes are logged) and stand-in stores of unit tests.
 */
export function directWriter(store: Store): EntityManager | undefined {
    if (!(store instanceof Store)) return undefined
    const em = entityManagerOf(store)
    return (store as unknown as { changes?: unknown }).changes == null ? em() : undefined
}
