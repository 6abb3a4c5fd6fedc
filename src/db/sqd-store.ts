/**
 * The one place that reads typeorm-store's private state, written for @subsquid/typeorm-store
 * 1.5.1 (test/unit/sqd-store.test.ts fails when an upgrade changes it): the batch transaction's
 * EntityManager, for multi-row statements (src/db/bulk.ts), and whether the store logs changes
 * for a reorg rollback (unfinalized blocks), in which case writes must go through the store.
 */
import type { EntityManager } from 'typeorm'
import { Store } from '@subsquid/typeorm-store'

export const WRITTEN_FOR_TYPEORM_STORE = '1.5.1'

/**
 * The EntityManager to write through directly, or undefined where writes must go through the
 * store's own methods: unfinalized blocks (changes are logged) and stand-in stores of unit tests.
 */
export function directWriter(store: Store): EntityManager | undefined {
    if (!(store instanceof Store)) return undefined
    const s = store as unknown as { em?: unknown; changes?: unknown }
    if (typeof s.em !== 'function') {
        throw new Error(
            `@subsquid/typeorm-store's Store has no em() any more (src/db/sqd-store.ts was written for ${WRITTEN_FOR_TYPEORM_STORE})`,
        )
    }
    return s.changes == null ? (s.em as () => EntityManager)() : undefined
}
