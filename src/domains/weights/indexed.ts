/**
 * What the weights domain asks of the vectors already in the database (current_weight, as of the
 * start of the batch), answered in SQL so that a subnet's vectors (256 x 256 pairs on mainnet)
 * never travel to the processor just to be compared.
 */
import { createHash } from 'crypto'
import { MECHANISM_STRIDE } from '../../util/netuid-index'

/** The digest both sides compute of one vector: uids and weights as decimal lists. */
export function vectorDigest(uids: readonly number[], weights: readonly number[]): string {
    return createHash('md5')
        .update(`${uids.join(',')}|${weights.join(',')}`)
        .digest('hex')
}

const SQL_DIGEST = `md5(coalesce(array_to_string(c.uids, ','), '') || '|' || coalesce(array_to_string(c.weights, ','), ''))`

export interface IndexedVector {
    id: string
    netuid: number
    mechanism: number
    uid: number
}

/** A statement in the batch's transaction (the database as of the start of the batch). */
export type Query = (sql: string, params: unknown[]) => Promise<any[]>

export class IndexedWeights {
    constructor(private query: Query) {}

    /** the storage indexes (mechanism x stride + netuid) the database holds vectors of, for these subnets */
    async netuidIndexes(netuids: Iterable<number>): Promise<number[]> {
        const list = [...netuids]
        if (list.length === 0) return []
        const rows = await this.query('SELECT DISTINCT netuid, mechanism FROM current_weight WHERE netuid = ANY($1::int[])', [list])
        return rows.map((r: { netuid: number; mechanism: number }) => r.mechanism * MECHANISM_STRIDE + r.netuid)
    }

    /**
     * The ids whose stored vector is not `pairs` (a missing row counts as an empty vector, as the
     * chain's absent key does).
     */
    async differing(vectors: { id: string; pairs: [number, number][] }[]): Promise<string[]> {
        if (vectors.length === 0) return []
        const rows = await this.query(
            `SELECT x.id FROM unnest($1::text[], $2::text[]) AS x(id, digest)
               LEFT JOIN current_weight c ON c.id = x.id
              WHERE x.digest <> ${SQL_DIGEST}`,
            [
                vectors.map((v) => v.id),
                vectors.map((v) =>
                    vectorDigest(
                        v.pairs.map(([u]) => u),
                        v.pairs.map(([, w]) => w),
                    ),
                ),
            ],
        )
        return rows.map((r: { id: string }) => r.id)
    }

    /** the non-empty vectors of these subnets, other than `except` (ids) */
    async nonEmptyExcept(netuids: Iterable<number>, except: string[]): Promise<IndexedVector[]> {
        const list = [...netuids]
        if (list.length === 0) return []
        return this.query(
            `SELECT c.id, c.netuid, c.mechanism, c.uid FROM current_weight c
              WHERE c.netuid = ANY($1::int[]) AND cardinality(c.uids) > 0 AND NOT (c.id = ANY($2::text[]))`,
            [list, except],
        )
    }
}
