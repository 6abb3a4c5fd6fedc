import { Client } from 'pg'
import { createDatabase, dropDatabase } from '../support/db'
import { applyMigrations } from '../../src/db/migrate'
import { IndexedWeights } from '../../src/domains/weights/indexed'
import type { DbConfig } from '../../src/config'

/**
 * The weights domain compares a subnet's vectors with the chain by digest in Postgres instead of
 * loading them: the digest computed in the processor must be the one Postgres computes of the
 * stored arrays, for equal, changed, reordered, empty and missing vectors. Rows are written here by
 * hand in the schema's own table (migrations applied), not through src.
 */
describe('weights: vectors compared in the database', () => {
    let db: DbConfig
    let client: Client
    let indexed: IndexedWeights
    beforeAll(async () => {
        db = await createDatabase('taoindex_weights_indexed')
        await applyMigrations(db)
        client = new Client(db)
        await client.connect()
        indexed = new IndexedWeights(async (sql, params) => (await client.query(sql, params as any[])).rows)
        const row = (id: string, netuid: number, mechanism: number, uid: number, uids: number[], weights: number[]) =>
            client.query(
                `INSERT INTO current_weight (id, netuid, mechanism, uid, hotkey, block_number, weight_set_id, uids, weights)
                 VALUES ($1, $2, $3, $4, NULL, 1, 'w', $5, $6)`,
                [id, netuid, mechanism, uid, uids, weights],
            )
        await row('3-0-0', 3, 0, 0, [0, 1, 2], [65535, 100, 0])
        await row('3-0-1', 3, 0, 1, [1, 2], [7, 8])
        await row('3-0-2', 3, 0, 2, [], [])
        await row('3-1-0', 3, 1, 0, [5], [10])
        await row('4-0-0', 4, 0, 0, [0], [1])
    })
    afterAll(async () => {
        await client?.end()
        if (db) await dropDatabase(db.database)
    })

    it('returns only the ids whose vector differs (a missing row is an empty vector)', async () => {
        const differing = await indexed.differing([
            {
                id: '3-0-0',
                pairs: [
                    [0, 65535],
                    [1, 100],
                    [2, 0],
                ],
            }, // equal
            {
                id: '3-0-1',
                pairs: [
                    [1, 7],
                    [2, 9],
                ],
            }, // a weight changed
            { id: '3-0-2', pairs: [] }, // empty on both sides
            {
                id: '3-1-0',
                pairs: [
                    [5, 1],
                    [0, 10],
                ],
            }, // other pairs
            { id: '3-0-7', pairs: [] }, // no row, empty in the chain
            { id: '3-0-8', pairs: [[0, 1]] }, // no row, a vector in the chain
            { id: '4-0-0', pairs: [[0, 1]] }, // equal
        ])
        expect(differing.sort()).toEqual(['3-0-1', '3-0-8', '3-1-0'])
    })

    it('a full mainnet vector (256 pairs up to u16::MAX) equal to its row', async () => {
        const uids = Array.from({ length: 256 }, (_, i) => i)
        const weights = uids.map((u) => (u * 257) % 65536)
        await client.query(
            `INSERT INTO current_weight (id, netuid, mechanism, uid, hotkey, block_number, weight_set_id, uids, weights)
             VALUES ('5-0-0', 5, 0, 0, NULL, 1, 'w', $1, $2)`,
            [uids, weights],
        )
        const pairs = uids.map((u, i) => [u, weights[i]] as [number, number])
        expect(await indexed.differing([{ id: '5-0-0', pairs }])).toEqual([])
        pairs[255] = [255, 1] // was 65535
        expect(await indexed.differing([{ id: '5-0-0', pairs }])).toEqual(['5-0-0'])
    })

    it('lists the mechanisms a subnet has vectors on, and its non-empty vectors not seen', async () => {
        expect((await indexed.netuidIndexes([3])).sort((a, b) => a - b)).toEqual([3, 3 + 4096])
        expect(await indexed.netuidIndexes([])).toEqual([])
        const rest = await indexed.nonEmptyExcept([3], ['3-0-0'])
        expect(rest.map((r) => [r.id, r.netuid, r.mechanism, r.uid]).sort()).toEqual([
            ['3-0-1', 3, 0, 1],
            ['3-1-0', 3, 1, 0],
        ])
    })
})
