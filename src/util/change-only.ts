import { Store } from '@subsquid/typeorm-store'
import { In } from 'typeorm'
import { bulkInsert } from '../db/bulk'
import { batchTransaction } from '../sqd/typeorm-store'

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

    /**
     * Reads the latest stored row of each of `netuids` not yet followed: two statements for all of
     * them (the ids, one index probe per subnet; then the rows), instead of one per subnet.
     */
    async preload(netuids: number[]): Promise<void> {
        const missing = [...new Set(netuids)].filter((n) => !this.latest.has(n))
        if (missing.length === 0) return
        // stand-in stores of unit tests have no transaction: one find per subnet
        if (!(this.store instanceof Store)) {
            for (const netuid of missing) await this.loadOne(netuid)
            return
        }
        const em = batchTransaction(this.store)
        const table = em.connection.getMetadata(this.entity).tableName
        const found: { id: string }[] = await em.query(
            `SELECT t.id FROM unnest($1::int[]) AS n(netuid)
             CROSS JOIN LATERAL (SELECT id FROM "${table}" WHERE netuid = n.netuid ORDER BY block_number DESC LIMIT 1) t`,
            [missing],
        )
        for (const netuid of missing) this.latest.set(netuid, undefined)
        if (found.length === 0) return
        for (const row of await this.store.findBy(this.entity, { id: In(found.map((f) => f.id)) } as any)) this.latest.set(row.netuid, row)
    }

    private async loadOne(netuid: number): Promise<void> {
        const [stored] = await this.store.find(this.entity, {
            where: { netuid } as any,
            order: { blockNumber: 'DESC' } as any,
            take: 1,
        })
        this.latest.set(netuid, stored)
    }

    /** Keeps `row` unless it equals the subnet's previous row. */
    async offer(row: E): Promise<void> {
        if (!this.latest.has(row.netuid)) await this.loadOne(row.netuid)
        const previous = this.latest.get(row.netuid)
        if (previous && this.same(previous, row)) return
        this.added.push(row)
        this.latest.set(row.netuid, row)
    }

    async flush(): Promise<void> {
        await bulkInsert(this.store, this.added)
    }
}
