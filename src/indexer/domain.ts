/**
 * The one shape every domain has (stakes, registrations, weights, emissions, pools). A domain is
 * created per batch over the batch's store, with what it needs of other domains passed in by the
 * indexer (src/handler.ts), and never imports another domain. For each batch the indexer
 *  1. collects every domain's `planner` and reads what they ask for (src/indexer/prefetch.ts),
 *     then lets each domain `prepare` (load the database rows its plan names, once per batch);
 *  2. per block, in chain order: gives each event to the first domain, in a fixed routing order,
 *     that `handles` it (`onEvent`, in event order), each call it `handlesCall` (`onCall`), then
 *     ends the block domain by domain in a fixed order (`endBlock`), handing one domain's output to
 *     the next;
 *  3. `flush`es every domain's rows, in the batch's transaction.
 * Storage reads go through the block's runtime as usual; the prefetch cache answers them.
 */
import type { Block, Event } from '../block'
import type { BatchBlock, ReadPlanner } from './prefetch'

export type Call = BatchBlock['calls'][number]

export interface Domain<Input = void, Output = void> {
    /** as recorded in domain_failure and logs */
    readonly name: string
    /** the storage its blocks will read, stated ahead of the mapping */
    readonly planner: ReadPlanner
    /**
     * After the prefetch, before the first block: loads the indexed rows its planned reads will be
     * compared with, in a few queries for the whole batch instead of one per block.
     */
    prepare?(): Promise<void>
    handles(event: Event): boolean
    /** one event of the current block that it handles, in block order */
    onEvent(event: Event): Promise<void>
    handlesCall?(call: Call): boolean
    onCall?(call: Call): void
    /** after the block's events: reads the block's end state and builds its rows */
    endBlock(block: Block, input: Input): Promise<Output>
    /**
     * Storage the block's runtime declares in a shape this release does not know, which the
     * domain therefore leaves null in the block's rows (recorded as a domain failure).
     */
    unknownShapes?(block: Block): string[]
    /**
     * The domain could not read the block's storage (its endBlock threw UnknownStorageShapeError):
     * it drops what the block asked for, and the indexer records the failure.
     */
    skipBlock?(): void
    /** writes the batch's rows (one statement per table) */
    flush(): Promise<void>
}

/** The domain, in `order`, that maps `event` (undefined: none does). */
export function routeEvent(order: readonly Domain<any, any>[], event: Event): Domain<any, any> | undefined {
    for (const domain of order) if (domain.handles(event)) return domain
    return undefined
}
