import { Client } from 'pg'
import { createDatabase, dropDatabase } from '../support/db'
import { applyMigrations } from '../../src/db/migrate'
import { EMPTY_DIGEST, IndexedWeights, vectorDigest } from '../../src/domains/weights/indexed'
import type { DbConfig } from '../../src/config'

/**
 * The weights domain compares a subnet's vectors with the chain by a digest Postgres computes of
 * the stored arrays, instead of loading them: the processor's digest of a chain vector must equal
 * Postgres' digest of the same vector stored, and differ when one pair differs. Rows are written
 * here by hand in the schema's own table (migrations applied), not through src.
 */
describe('weights: stored vectors by digest', () => {
    let db: DbConfig
    let client: Client
    let statements = 0
    const full = Array.from({ length: 256 }, (_, u) => [u, (u * 251) % 65536] as [number, number])
    const digestOf = (pairs: [number, number][]) =>
        vectorDigest(
            pairs.map(([u]) => u),
            pairs.map(([, w]) => w),
        )
    const indexed = () =>
        new IndexedWeights(async (sql, params) => {
            statements++
            return (await client.query(sql, params as any[])).rows
        })
    beforeAll(async () => {
        db = await createDatabase('taoindex_weights_indexed')
        await applyMigrations(db)
        client = new Client(db)
        await client.connect()
        const row = (id: string, netuid: number, mechanism: number, uid: number, pairs: [number, number][]) =>
            client.query(
                `INSERT INTO current_weight (id, netuid, mechanism, uid, hotkey, block_number, weight_set_id, uids, weights)
                 VALUES ($1, $2, $3, $4, NULL, 1, 'w', $5, $6)`,
                [id, netuid, mechanism, uid, pairs.map(([u]) => u), pairs.map(([, w]) => w)],
            )
        await row('3-0-0', 3, 0, 0, [
            [0, 65535],
            [1, 100],
            [2, 0],
        ])
        await row('3-0-1', 3, 0, 1, full)
        await row('3-0-2', 3, 0, 2, [])
        await row('3-1-0', 3, 1, 0, [[5, 10]])
        await row('4-0-0', 4, 0, 0, [[0, 1]])
        await row('5-0-0', 5, 0, 0, [[0, 1]])
    })
    afterAll(async () => {
        await client?.end()
        if (db) await dropDatabase(db.database)
    })

    it("Postgres' digest of each stored vector is the processor's digest of the same pairs", async () => {
        const got = await indexed().of([3, 4])
        expect(Object.fromEntries(got.map((v) => [v.id, [v.netuid, v.mechanism, v.uid, v.digest]]))).toEqual({
            '3-0-0': [
                3,
                0,
                0,
                digestOf([
                    [0, 65535],
                    [1, 100],
                    [2, 0],
                ]),
            ],
            '3-0-1': [3, 0, 1, digestOf(full)],
            '3-0-2': [3, 0, 2, EMPTY_DIGEST],
            '3-1-0': [3, 1, 0, digestOf([[5, 10]])],
            '4-0-0': [4, 0, 0, digestOf([[0, 1]])],
        })
    })

    it('one changed pair, pairs in another order, or a missing pair changes the digest', () => {
        const changed = full.map(([u, w]) => [u, u === 255 ? w + 1 : w] as [number, number])
        expect(digestOf(changed)).not.toBe(digestOf(full))
        expect(digestOf([...full].reverse())).not.toBe(digestOf(full))
        expect(digestOf(full.slice(1))).not.toBe(digestOf(full))
        expect(digestOf([[0, 1]])).not.toBe(EMPTY_DIGEST)
    })

    it('several subnets in one statement, each read once per batch', async () => {
        const batch = indexed()
        statements = 0
        await batch.of([3, 4])
        expect(statements).toBe(1)
        expect((await batch.of([4, 5])).map((v) => v.id).sort()).toEqual(['4-0-0', '5-0-0'])
        expect((await batch.of([3])).length).toBe(4)
        expect(statements).toBe(2)
        expect(await batch.of([9])).toEqual([])
    })
})
