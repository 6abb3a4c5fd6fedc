/**
 * indexerStatus against the chain, and the API's Postgres role: the running API logs in as
 * taoindex_api, which reads but cannot write.
 */
import { Client } from 'pg'
import type { ApiPromise } from '@polkadot/api'
import { describeIntegration } from '../support/it-env'
import { connect, readBlock } from '../support/chain-oracle'
import { gql } from '../support/graphql'
import { API_DB_ROLE, DEFAULT_API_DB_PASSWORD } from '../../src/config'

describeIntegration('indexerStatus and the read-only API role', (env) => {
    let api: ApiPromise
    beforeAll(async () => {
        api = await connect(env().rpcEndpoint)
    })
    afterAll(async () => {
        await api?.disconnect()
    })

    it('indexerStatus: height, hash, finalizedHeight, chainHeight, lagBlocks and specVersion as the chain has them', async () => {
        const r = await gql(
            env().apiUrl,
            '{ indexerStatus { height hash finalizedHeight chainHeight lagBlocks specVersion failedDomains } }',
        )
        expect(r.errors).toBeUndefined()
        const head = env().indexedHeight
        const block = await readBlock(api, head)
        expect(r.data.indexerStatus).toEqual({
            height: head,
            hash: block.hash,
            finalizedHeight: head,
            // the devnet's height when the fixture's processor ran (its scenario report)
            chainHeight: env().report.blocks,
            lagBlocks: env().report.blocks - head,
            specVersion: block.specVersion,
            // every runtime of the devnet is one the indexer reads
            failedDomains: [],
        })
        // the scenario ends on the last runtime it upgraded to, not the first
        expect(block.specVersion).toBe(env().report.specVersions[env().report.specVersions.length - 1].specVersion)
        expect(env().report.specVersions.length).toBeGreaterThan(1)
    })

    it('the running API holds its Postgres sessions as taoindex_api, and nothing else', async () => {
        await gql(env().apiUrl, '{ stakeEvents(limit: 1) { id } }') // a pool session besides the LISTEN one
        const c = new Client(env().db)
        await c.connect()
        try {
            const r = await c.query(
                `SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = $1 AND application_name = 'taoindex-api'`,
                [env().db.database],
            )
            expect(r.rows).toEqual([{ usename: API_DB_ROLE }])
        } finally {
            await c.end()
        }
    })

    it('taoindex_api reads the tables and the indexer position but cannot INSERT, UPDATE, DELETE or create anything', async () => {
        const c = new Client({ ...env().db, user: API_DB_ROLE, password: DEFAULT_API_DB_PASSWORD })
        await c.connect()
        try {
            expect((await c.query('SELECT count(*)::int AS n FROM stake_event')).rows[0].n).toBeGreaterThan(0)
            expect((await c.query('SELECT height FROM squid_processor.status')).rows[0].height).toBe(env().indexedHeight)
            // not through a read-only session setting: the role itself has no right to write
            expect((await c.query('SHOW default_transaction_read_only')).rows[0].default_transaction_read_only).toBe('off')
            const denied = async (sql: string) => {
                await expect(c.query(sql)).rejects.toThrow(/permission denied/)
            }
            await denied(`INSERT INTO stake_event (id, block_number, block_hash, "timestamp", event_index, spec_version, kind, coldkey, hotkey, netuid)
                          VALUES ('x', 1, '0x', now(), 0, 1, 'ADD', 'a', 'b', 0)`)
            await denied(`INSERT INTO subnet (id, netuid, registered_at_block) VALUES ('x', 999, 0)`)
            await denied(`UPDATE stake_share SET shares = 0`)
            await denied(`DELETE FROM registration`)
            await denied(`INSERT INTO squid_processor.status (id, height) VALUES (1, 0)`)
            await denied(`UPDATE squid_processor.indexer_head SET chain_height = 0`)
            await denied(`CREATE TABLE api_scratch (x int)`)
            await denied(`SELECT * FROM migrations`)
        } finally {
            await c.end()
        }
    })
})
