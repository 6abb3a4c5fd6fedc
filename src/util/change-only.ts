import type { Store } from '@subsquid/typeorm-store'
import { bulkInsert } from '../db/bulk'

type SubnetRow = { id: string; netuid: number; blockNumber: number }

/**
 * Equality of two column values where absent is absent: a row loaded by typeorm-store holds
 * `undefined` for a NULL column, a row built by the handler `null`. Comparing them strictly made the
 * first row of every batch differ from its unchanged successor (a no-change row at each batch start,
 * so history depended on where batches began).
 */
export function sameValue(a: unknown, b: unknown): boolean {
    return (a ?? null) === (b ?? null)
}

/**
 * Per-subnet tables that keep a row only when a value changed: the subnet's latest row, read from
 * the database once per batch and then followed in memory, and a batch of new rows.
 */
export class ChangeOnlyRows<E extends SubnetRow> {
    private latest = new Map<number, E | undefined>()
    readonly added: E[] = []

    constructor(
        private store: Store,
        private entity: new (...args: any[]) => E,
        private same: (a: E, b: E) => boolean,
    ) {}

    /** Keeps `row` unless it equals the subnet's previous row. */
    async offer(row: E): Promise<void> {
        if (!this.latest.has(row.netuid)) {
            const [stored] = await this.store.find(this.entity, {
                where: { netuid: row.netuid } as any,
                order: { blockNumber: 'DESC' } as any,
                take: 1,
            })
            this.latest.set(row.netuid, stored)
        }
        const previous = this.latest.get(row.netuid)
        if (previous && this.same(previous, row)) return
        this.added.push(row)
        this.latest.set(row.netuid, row)
    }

    async flush(): Promise<void> {
        await bulkInsert(this.store, this.added)
    }
}
