/**
 * Domains whose storage a runtime keeps in a shape the indexer does not know. Such a block is not
 * an error for the processor: the failing domain skips it, the others index it, and the block is
 * recorded here (table domain_failure, metric taoindex_domain_failures_total, indexerStatus
 * failedDomains) so that a release that reads the shape can rewind to the first one and re-index.
 */
import type { Store } from '@subsquid/typeorm-store'
import { DomainFailure } from '../model'
import type { Block } from '../block'
import { domainFailures } from '../util/metrics'
import { bulkUpsert } from '../db/bulk'

export class DomainFailures {
    private rows = new Map<string, DomainFailure | null>()
    private dirty = new Map<string, DomainFailure>()

    constructor(private store: Store) {}

    /** `domain` could not read its storage at `block`, for `reason`. */
    async record(domain: string, block: Block, reason: string): Promise<void> {
        const id = `${domain}-${block.specVersion}`
        if (!this.rows.has(id)) this.rows.set(id, (await this.store.get(DomainFailure, id)) ?? null)
        const row =
            this.rows.get(id) ??
            new DomainFailure({ id, domain, specVersion: block.specVersion, firstBlock: block.height, lastBlock: block.height, reason })
        row.firstBlock = Math.min(row.firstBlock, block.height)
        row.lastBlock = Math.max(row.lastBlock, block.height)
        row.reason = reason
        this.rows.set(id, row)
        this.dirty.set(id, row)
        domainFailures.inc({ domain, spec_version: String(block.specVersion) })
    }

    /** rows recorded in this batch (for the batch's log line) */
    get recorded(): DomainFailure[] {
        return [...this.dirty.values()]
    }

    async flush(): Promise<void> {
        await bulkUpsert(this.store, [...this.dirty.values()])
    }
}
