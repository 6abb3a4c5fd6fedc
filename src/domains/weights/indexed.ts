/**
 * The weights domain's view of the vectors already in the database (current_weight, as of the
 * start of the batch) for the subnets it re-checks: a digest per vector, computed by Postgres, so
 * that a subnet's vectors (up to 256 x 256 pairs on mainnet) never travel to the processor just to
 * be compared with the chain. One statement per batch for the subnets its plan names.
 */
import { createHash } from 'crypto'

/** The digest both sides compute of one vector: uids and weights as decimal lists. */
export function vectorDigest(uids: readonly number[], weights: readonly number[]): string {
    return createHash('md5')
        .update(`${uids.join(',')}|${weights.join(',')}`)
        .digest('hex')
}

/** the digest of an empty vector (a missing row, an absent key) */
export const EMPTY_DIGEST = vectorDigest([], [])

export interface IndexedVector {
    id: string
    netuid: number
    mechanism: number
    uid: number
    digest: string
}

/** A read in the batch's transaction. */
export type Query = (sql: string, params: unknown[]) => Promise<any[]>

export class IndexedWeights {
    /** netuid -> its stored vectors by id, for the subnets loaded in this batch */
    private subnets = new Map<number, Map<string, IndexedVector>>()

    constructor(private query: Query) {}

    /** the stored vectors of these subnets (those not loaded yet read in one statement) */
    async of(netuids: Iterable<number>): Promise<IndexedVector[]> {
        const wanted = [...new Set(netuids)]
        const missing = wanted.filter((n) => !this.subnets.has(n))
        if (missing.length) {
            const rows: IndexedVector[] = await this.query(
                `SELECT id, netuid, mechanism, uid,
                        md5(coalesce(array_to_string(uids, ','), '') || '|' || coalesce(array_to_string(weights, ','), '')) AS digest
                   FROM current_weight WHERE netuid = ANY($1::int[])`,
                [missing],
            )
            for (const n of missing) this.subnets.set(n, new Map())
            for (const r of rows) this.subnets.get(r.netuid)!.set(r.id, r)
        }
        return wanted.flatMap((n) => [...this.subnets.get(n)!.values()])
    }
}
