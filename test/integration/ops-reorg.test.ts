import * as fs from 'fs'
import * as path from 'path'
import { Client } from 'pg'
import { Keyring } from '@polkadot/keyring'
import { cryptoWaitReady } from '@polkadot/util-crypto'
import type { ApiPromise } from '@polkadot/api'
import { describeIntegration } from '../support/it-env'
import { createDatabase, dbEnv, dropDatabase } from '../support/db'
import { freePort, ROOT, Spawned, spawnTs } from '../support/processes'
import { FaultProxy, startFaultProxy } from '../support/fault-proxy'
import { connect, ss58 } from '../support/chain-oracle'
import type { DbConfig } from '../../src/config'
import { rpc } from '../support/rpc'
import { dumpTables } from '../support/tables'

const SPEC = '../shared/subtensor/chainspecs/raonet-spec218-2025-02-13.json'
const TAO = 1_000_000_000n
/** blocks between the best head and the finalized one, as the proxy reports them */
const FINALITY_LAG = 6

describeIntegration('reorg: a branch switch on the chain rolls back the abandoned branch rows', () => {
    let db: DbConfig
    let fresh: DbConfig | undefined
    let freshProcessor: Spawned | undefined
    let devnet: Spawned | undefined
    let processor: Spawned | undefined
    let proxy: FaultProxy | undefined
    let api: ApiPromise | undefined
    afterAll(async () => {
        await freshProcessor?.stop()
        await processor?.stop()
        await api?.disconnect()
        await proxy?.close()
        await devnet?.stop()
        if (db) await dropDatabase(db.database)
        if (fresh) await dropDatabase(fresh.database)
    })

    it('after dev_setHead back and a different branch, stake events of the old branch are gone and the new ones are there', async () => {
        if (!fs.existsSync(path.resolve(ROOT, SPEC))) {
            if (process.env.CI === 'true') throw new Error(`missing ${SPEC}`)
            return console.warn(`skipped: missing ${SPEC}`)
        }
        db = await createDatabase('taoindex_reorg')
        devnet = spawnTs('tools/devnet/main.ts', ['--genesis', SPEC, '--port', String(await freePort())], {})
        const endpoint = JSON.parse((await devnet.waitFor(/DEVNET_READY (\{.*\})/, 120_000))[1]).endpoint as string
        proxy = await startFaultProxy({
            upstream: endpoint.replace(/^ws/, 'http'),
            seed: 1,
            rates: {},
            hangMs: 0,
            finalityLag: FINALITY_LAG,
        })
        api = await connect(endpoint)
        await cryptoWaitReady()
        const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 })
        const alice = keyring.addFromUri('//Alice')
        const bob = keyring.addFromUri('//Bob')
        const issuance = BigInt((await api.query.balances.totalIssuance()).toString())
        const funds = 1_000_000n * TAO
        await rpc(endpoint, 'dev_setStorage', [
            {
                System: {
                    Account: [
                        [[alice.address], { providers: 1, data: { free: String(funds) } }],
                        [[bob.address], { providers: 1, data: { free: String(funds) } }],
                    ],
                },
                Balances: { TotalIssuance: String(issuance + 2n * funds) },
            },
        ])
        // Branch A stakes from Alice on the root subnet, branch B from Bob on subnet 1 (this spec has one
        // hotkey): Alice's position and the hotkey's root pool change on A only (subnet 1's pool changes
        // on every block of both), so a write of A that escapes the rollback differs from the fresh
        // sync of B below. (A TAO stake on subnet 1 buys 0 shares here: it would leave no position.)
        const keys = ((await api.query.subtensorModule.keys.entries()) as any[]).map(([k, v]) => ({
            netuid: k.args[0].toNumber() as number,
            uid: k.args[1].toNumber() as number,
            hotkey: ss58(v),
        }))
        const hotkey = keys.find((k) => k.netuid === 1 && k.uid === 0)!.hotkey // the uid 0 hotkey of subnet 1 in this spec
        const onA = { hotkey, netuid: 0 }
        const onB = { hotkey, netuid: 1 }

        const pg = new Client(db)
        const head = async () => parseInt((await rpc(endpoint, 'chain_getHeader', [])).number, 16)
        const hashAt = async (n: number) => (await rpc(endpoint, 'chain_getBlockHash', [n])) as string
        const indexed = async (c = pg): Promise<{ height: number; hash: string } | null> => {
            const r = await c
                .query(
                    `SELECT height, hash FROM squid_processor.hot_block UNION ALL SELECT height, hash FROM squid_processor.status WHERE id = 0 ORDER BY height DESC LIMIT 1`,
                )
                .catch(() => ({ rows: [] as any[] }))
            return r.rows[0] ?? null
        }
        /** waits until the processor has indexed the chain's current best block (same hash) */
        const caughtUp = async () => {
            const n = await head()
            const h = await hashAt(n)
            const deadline = Date.now() + 120_000
            for (;;) {
                const at = await indexed()
                if (at && at.height === n && at.hash === h) return n
                if (processor!.child.exitCode != null) throw new Error(`processor exited:\n${processor!.output().slice(-3000)}`)
                if (Date.now() > deadline)
                    throw new Error(`processor did not index ${n} ${h} (at ${JSON.stringify(at)}):\n${processor!.output().slice(-3000)}`)
                await new Promise((r) => setTimeout(r, 200))
            }
        }
        const stake = async (from: typeof alice, to: { hotkey: string; netuid: number }, amount: bigint) => {
            // nonce 0: each account's first transaction
            await api!.tx.subtensorModule.addStake(to.hotkey, to.netuid, amount).signAndSend(from, { nonce: 0, era: 0 })
            await rpc(endpoint, 'dev_newBlock', [{ count: 1 }])
            const n = await head()
            return { height: n, hash: await hashAt(n) }
        }
        const stakeRows = async () =>
            (
                await pg.query(
                    `SELECT block_number, block_hash, coldkey, hotkey, netuid, tao_amount::text AS tao FROM stake_event ORDER BY block_number`,
                )
            ).rows

        await pg.connect()
        try {
            await rpc(endpoint, 'dev_newBlock', [{ count: 2 }])
            processor = spawnTs('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: proxy.url })
            const fork = await caughtUp()

            // branch A: Alice stakes 5 TAO in the block after the fork point, then two empty blocks
            const a = await stake(alice, onA, 5n * TAO)
            await rpc(endpoint, 'dev_newBlock', [{ count: 2 }])
            await caughtUp()
            expect(await stakeRows()).toEqual([
                {
                    block_number: a.height,
                    block_hash: a.hash,
                    coldkey: ss58(alice.publicKey),
                    hotkey,
                    netuid: 0,
                    tao: String(5n * TAO),
                },
            ])
            const finalized = (await pg.query(`SELECT height FROM squid_processor.status WHERE id = 0`)).rows[0].height
            expect(finalized).toBeLessThan(a.height) // branch A is above finality: it can be reorganised

            const aliceShares = `SELECT netuid FROM stake_share WHERE coldkey = $1`
            expect((await pg.query(aliceShares, [ss58(alice.publicKey)])).rows).toEqual([{ netuid: 0 }])
            // the root pool starts to change with Alice's stake (and then grows every block on A)
            const rootPoolChanges = `SELECT min(block_number) AS first FROM hotkey_pool_change WHERE netuid = 0 AND block_number > $1`
            expect((await pg.query(rootPoolChanges, [fork])).rows).toEqual([{ first: a.height }])

            // back to the fork point, and a longer branch B where Bob stakes 7 TAO on subnet 1 one block later
            await rpc(endpoint, 'dev_setHead', [fork])
            await rpc(endpoint, 'dev_newBlock', [{ count: 1 }])
            const b = await stake(bob, onB, 7n * TAO)
            await rpc(endpoint, 'dev_newBlock', [{ count: 2 }])
            expect(b.height).toBe(a.height + 1)
            expect(await hashAt(a.height)).not.toBe(a.hash)
            await caughtUp()

            // chain truth on branch B: the StakeAdded event of block b
            const events: any = await (await api.at(b.hash)).query.system.events()
            const added = events.filter((e: any) => e.event.section === 'subtensorModule' && e.event.method === 'StakeAdded')
            expect(added).toHaveLength(1)
            const [coldkey, hot, tao] = added[0].event.data
            expect(await stakeRows()).toEqual([
                {
                    block_number: b.height,
                    block_hash: b.hash,
                    coldkey: ss58(coldkey),
                    hotkey: ss58(hot),
                    netuid: onB.netuid,
                    tao: tao.toString(),
                },
            ])
            expect([ss58(coldkey), ss58(hot), tao.toString()]).toEqual([ss58(bob.publicKey), onB.hotkey, String(7n * TAO)])
            // Alice's position and the root pool's changes existed only on branch A
            expect((await pg.query(aliceShares, [ss58(alice.publicKey)])).rows).toEqual([])
            expect((await pg.query(rootPoolChanges, [fork])).rows).toEqual([{ first: null }])
            // every unfinalized block the processor keeps is on branch B
            for (const r of (await pg.query(`SELECT height, hash FROM squid_processor.hot_block`)).rows)
                expect(r.hash).toBe(await hashAt(r.height))

            // every table (positions, pools, neurons, weights, emissions, params, ...) equals a fresh
            // sync of branch B alone to the same block
            const top = { height: await head(), hash: await hashAt(await head()) }
            fresh = await createDatabase('taoindex_reorg_fresh')
            const freshPg = new Client(fresh)
            freshProcessor = spawnTs('src/main.ts', [], { ...dbEnv(fresh), RPC_ENDPOINT: proxy.url })
            await freshPg.connect()
            try {
                const deadline = Date.now() + 120_000
                for (;;) {
                    const at = await indexed(freshPg)
                    if (at && at.height === top.height && at.hash === top.hash) break
                    if (freshProcessor.child.exitCode != null || Date.now() > deadline)
                        throw new Error(`fresh sync did not reach ${top.height}:\n${freshProcessor.output().slice(-3000)}`)
                    await new Promise((r) => setTimeout(r, 200))
                }
            } finally {
                await freshPg.end()
            }
            await freshProcessor.stop()
            await processor.stop()
            const reorged = await dumpTables(db)
            const straight = await dumpTables(fresh)
            for (const table of Object.keys(straight)) expect([table, reorged[table]]).toEqual([table, straight[table]])
            expect(Object.keys(reorged).sort()).toEqual(Object.keys(straight).sort())
            expect(straight.stake_share.length).toBeGreaterThan(0)
        } finally {
            await pg.end()
        }
    }, 300_000)
})
