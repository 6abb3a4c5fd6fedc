/**
 * Stake positions kept as the chain keeps them: the shares of each position (stake_share) and,
 * since dTAO, the pool of each (hotkey, netuid) (hotkey_pool); the amount of a position is derived
 * in SQL (stake_amount, the stake_position views). Shares change with stake events (the event names
 * the key); pools change with them and at epochs, which pay dividends into the pools of the hotkeys
 * that held the subnet's uids. So at the end of a block the domain reads
 *  - the shares named by the block's stake events and their pools,
 *  - the pools an epoch paid, with the share of each hotkey's owner (the take and the miner
 *    incentive are staked to it): O(uids), never O(positions),
 *  - every share of a hotkey where the chain re-keys or drops positions with no stake event (hotkey
 *    swaps; before dTAO, epochs and uid losses, because legacy stake has no pools),
 *  - everything after a runtime upgrade or when nothing is indexed yet,
 * and writes a change row for each share and pool whose value changed.
 *
 * A pool's total shares are the sum of its positions' shares (the runtime adds the same amount to
 * both). When a re-read pool's total moved by more than the shares read in the block explain, a
 * share changed without an event the indexer knows: every share of that hotkey is read again, so
 * such a change costs reads but never leaves a wrong position.
 */
import { Store } from '@subsquid/typeorm-store'
import { BigDecimal } from '@subsquid/big-decimal'
import { In, Raw } from 'typeorm'
import { HotkeyPool, HotkeyPoolChange, StakeShare, StakeShareChange } from '../../model'
import type { Block } from '../../block'
import { fromSs58, toSs58 } from '../../util/ss58'
import { blockTime, heightKey } from '../../util/ids'
import {
    ChainPool,
    ChainShare,
    keepsSafeFloatShares,
    keepsSharePools,
    readAllPools,
    readHotkeyShares,
    readOwners,
    readPools,
    readShares,
    stakeEra,
} from './chain'
import { unbalancedPools } from '../../util/metrics'
import type { PlannedRows } from './plan'
import { UnknownStorageShapeError } from '../../util/errors'
import { bulkInsert, bulkUpsert } from '../../db/bulk'

type Key = { coldkey: string; hotkey: string; netuid: number }
type PoolKey = { hotkey: string; netuid: number }

/** What to re-read at the end of a block besides the keys stake events named (accounts in ss58). */
export interface PositionScope {
    /** every share and pool of the chain (a runtime upgrade, a first sync) */
    all?: boolean
    /** every share of these hotkeys */
    hotkeys?: string[]
    /** pools an epoch paid into (with their owners' shares); without share pools: every share of the hotkey */
    pools?: PoolKey[]
}

const shareId = (coldkey: string, hotkey: string, netuid: number) => `${coldkey}-${hotkey}-${netuid}`
const poolId = (hotkey: string, netuid: number) => `${hotkey}-${netuid}`
const ZERO = BigDecimal(0)
/** ids per query when loading rows by id */
const LOAD_CHUNK = 10_000

/**
 * Spec 397+ adds SafeFloat shares (21 significant digits, truncating): totals then match the sum of
 * the shares only to that precision. A difference below this fraction of the pool is rounding.
 */
const SAFE_FLOAT_TOLERANCE = BigDecimal('1e-15')

export class PositionsBatch {
    private shares = new Map<string, StakeShare | null>()
    private pools = new Map<string, HotkeyPool | null>()
    private dirtyShares = new Map<string, StakeShare>()
    private removedShares = new Map<string, StakeShare>()
    private dirtyPools = new Map<string, HotkeyPool>()
    private shareChanges: StakeShareChange[] = []
    private poolChanges: HotkeyPoolChange[] = []
    /** keys (0x-hex) named by stake events of the current block */
    private touched = new Map<string, Key>()
    /** positions to re-read wholesale at the end of the block: by subnet (removed) and by coldkey (swapped) */
    private touchedNetuids = new Set<number>()
    private coldkeySwaps: { from: string; to: string }[] = []
    /** pools whose shares did not add up, so every share of their hotkey was read again */
    readonly unbalancedPools: string[] = []
    /** ids of the shares and pools the batch's read plan names: loaded together by preload() */
    private plannedShares = new Set<string>()
    private plannedPools = new Set<string>()
    readonly planned: PlannedRows = {
        share: (coldkey, hotkey, netuid) => this.plannedShares.add(shareId(toSs58(coldkey), toSs58(hotkey), netuid)),
        pool: (hotkey, netuid) => this.plannedPools.add(poolId(toSs58(hotkey), netuid)),
    }

    constructor(private store: Store) {}

    touch(coldkeyHex: string, hotkeyHex: string, netuid: number) {
        this.touched.set(`${coldkeyHex}|${hotkeyHex}|${netuid}`, { coldkey: coldkeyHex, hotkey: hotkeyHex, netuid })
    }

    /** a subnet was removed: its positions are wiped by the chain with no stake event */
    touchNetuid(netuid: number) {
        this.touchedNetuids.add(netuid)
    }

    /** a coldkey swap re-keys every position of the old coldkey to the new one, with no stake event */
    touchColdkeySwap(fromHex: string, toHex: string) {
        this.coldkeySwaps.push({ from: fromHex, to: toHex })
    }

    private async expandTouches() {
        for (const netuid of this.touchedNetuids) {
            for (const p of await this.store.findBy(StakeShare, { netuid })) this.touch(fromSs58(p.coldkey), fromSs58(p.hotkey), p.netuid)
        }
        for (const { from, to } of this.coldkeySwaps) {
            for (const p of await this.store.findBy(StakeShare, { coldkey: toSs58(from) })) {
                this.touch(from, fromSs58(p.hotkey), p.netuid)
                this.touch(to, fromSs58(p.hotkey), p.netuid)
            }
        }
        // positions created earlier in this batch are not in the database yet
        for (const row of this.shares.values()) {
            if (!row) continue
            if (this.touchedNetuids.has(row.netuid)) this.touch(fromSs58(row.coldkey), fromSs58(row.hotkey), row.netuid)
            for (const { from, to } of this.coldkeySwaps) {
                if (row.coldkey !== toSs58(from)) continue
                this.touch(from, fromSs58(row.hotkey), row.netuid)
                this.touch(to, fromSs58(row.hotkey), row.netuid)
            }
        }
        this.touchedNetuids.clear()
        this.coldkeySwaps = []
    }

    /** Drops what the current block asked for: its storage could not be read (see DomainFailures). */
    skipBlock() {
        this.touched.clear()
        this.touchedNetuids.clear()
        this.coldkeySwaps = []
    }

    /**
     * The indexed rows of every share and pool the plan names, before the first block: a block
     * then compares what it read with rows already in memory (the database holds the state before
     * the batch, so loading early or at first use gives the same rows).
     */
    async preload(): Promise<void> {
        await this.loadShares([...this.plannedShares])
        await this.loadPools([...this.plannedPools])
        this.plannedShares.clear()
        this.plannedPools.clear()
    }

    /** true when no position has ever been indexed (a fresh database) */
    async isEmpty(): Promise<boolean> {
        return this.dirtyShares.size === 0 && (await this.store.findOne(StakeShare, { where: {} })) == null
    }

    /** Rows of `ids` not yet in `into`, read from the database (null where there is none). */
    private async load<E extends { id: string }>(into: Map<string, E | null>, entity: new (...args: any[]) => E, ids: string[]) {
        const missing = [...new Set(ids)].filter((id) => !into.has(id))
        for (let i = 0; i < missing.length; i += LOAD_CHUNK) {
            const chunk = missing.slice(i, i + LOAD_CHUNK)
            // one array parameter instead of one bind parameter per id (In): a batch plans ~50k
            const rows = await this.store.findBy(entity, { id: Raw((column) => `${column} = ANY(:ids)`, { ids: chunk }) } as any)
            for (const id of chunk) into.set(id, null)
            for (const r of rows) into.set(r.id, r)
        }
    }

    private loadShares(ids: string[]) {
        return this.load(this.shares, StakeShare, ids)
    }

    private loadPools(ids: string[]) {
        return this.load(this.pools, HotkeyPool, ids)
    }

    /** Shares the indexer holds for these hotkeys (ss58; all when undefined), from the database and this batch. */
    private async heldShares(hotkeys: Set<string> | undefined): Promise<StakeShare[]> {
        const stored = hotkeys ? await this.store.findBy(StakeShare, { hotkey: In([...hotkeys]) }) : await this.store.find(StakeShare, {})
        for (const row of stored) if (!this.shares.has(row.id)) this.shares.set(row.id, row)
        return [...this.shares.values()].filter((r): r is StakeShare => r != null && (!hotkeys || hotkeys.has(r.hotkey)))
    }

    /** Every share of the hotkeys (hex; all when undefined), with a zero for each held one the chain no longer has. */
    private async readWhole(block: Block, hotkeys: string[] | undefined): Promise<ChainShare[]> {
        const found = await readHotkeyShares(block, hotkeys)
        const seen = new Set(found.map((s) => shareId(toSs58(s.coldkey), toSs58(s.hotkey), s.netuid)))
        const held = await this.heldShares(hotkeys ? new Set(hotkeys.map(toSs58)) : undefined)
        for (const row of held) {
            if (!seen.has(row.id))
                found.push({ coldkey: fromSs58(row.coldkey), hotkey: fromSs58(row.hotkey), netuid: row.netuid, shares: '0' })
        }
        return found
    }

    async endBlock(block: Block, scope: PositionScope | undefined): Promise<void> {
        const era = stakeEra(block)
        if (era === undefined)
            throw new UnknownStorageShapeError(
                `no stake storage of a known shape in spec ${block.specVersion} (SubtensorModule.Alpha, AlphaV2 or Stake)`,
            )
        await this.expandTouches()
        const pooled = keepsSharePools(block)
        const read = new Map<string, ChainShare>()
        const addShares = (list: ChainShare[]) => {
            for (const s of list) read.set(shareId(toSs58(s.coldkey), toSs58(s.hotkey), s.netuid), s)
        }
        const poolsRead = new Map<string, ChainPool>()
        const addPools = (list: ChainPool[]) => {
            for (const p of list) poolsRead.set(poolId(toSs58(p.hotkey), p.netuid), p)
        }
        /** pools whose every share was read in this block: nothing to balance */
        const complete = new Set<string>()

        const wholeHotkeys = new Set<string>((scope?.hotkeys ?? []).map(fromSs58))
        if (!pooled) for (const p of scope?.pools ?? []) wholeHotkeys.add(fromSs58(p.hotkey))
        if (scope?.all) {
            addShares(await this.readWhole(block, undefined))
            if (era === 'dtao') addPools(await this.readAllPoolsWithZeros(block))
            for (const id of poolsRead.keys()) complete.add(id)
        } else if (wholeHotkeys.size) {
            const whole = await this.readWhole(block, [...wholeHotkeys])
            addShares(whole)
            if (era === 'dtao') {
                const keys = uniquePools(whole.map((s) => ({ hotkey: s.hotkey, netuid: s.netuid })))
                addPools(await readPools(block, keys))
                for (const k of keys) complete.add(poolId(toSs58(k.hotkey), k.netuid))
            }
        }

        // keys stake events named, and (with share pools) the pools epochs paid with their owners' shares
        const keys: Key[] = [...this.touched.values()]
        const poolKeys: PoolKey[] = era === 'dtao' ? keys.map((k) => ({ hotkey: k.hotkey, netuid: k.netuid })) : []
        if (pooled && scope?.pools?.length) {
            const paid = uniquePools(scope.pools.map((p) => ({ hotkey: fromSs58(p.hotkey), netuid: p.netuid })))
            poolKeys.push(...paid)
            const hotkeys = [...new Set(paid.map((p) => p.hotkey))]
            const owners = new Map((await readOwners(block, hotkeys)).map((o, i) => [hotkeys[i], o]))
            for (const p of paid) {
                const owner = owners.get(p.hotkey)
                if (owner) keys.push({ coldkey: owner, hotkey: p.hotkey, netuid: p.netuid })
            }
        }
        if (!scope?.all) {
            const pending = keys.filter((k) => !read.has(shareId(toSs58(k.coldkey), toSs58(k.hotkey), k.netuid)))
            addShares(await readShares(block, uniqueKeys(pending)))
            addPools(
                await readPools(
                    block,
                    uniquePools(poolKeys).filter((p) => !poolsRead.has(poolId(toSs58(p.hotkey), p.netuid))),
                ),
            )
        }

        // every share read gets its pool read too, so a position never lacks its pool row
        const poolsOfShares = async () => {
            if (era !== 'dtao') return
            const missing = uniquePools([...read.values()].map((s) => ({ hotkey: s.hotkey, netuid: s.netuid }))).filter(
                (p) => !poolsRead.has(poolId(toSs58(p.hotkey), p.netuid)),
            )
            addPools(await readPools(block, missing))
        }
        await poolsOfShares()
        await this.loadShares([...read.keys()])
        await this.loadPools([...poolsRead.keys()])
        if (pooled && !scope?.all) {
            const unbalanced = this.unbalanced(block, poolsRead, read, complete)
            if (unbalanced.length) {
                this.unbalancedPools.push(...unbalanced.map((p) => `${block.height}:${poolId(toSs58(p.hotkey), p.netuid)}`))
                unbalancedPools.inc(unbalanced.length)
                const whole = await this.readWhole(block, [...new Set(unbalanced.map((p) => p.hotkey))])
                addShares(whole)
                await poolsOfShares()
                await this.loadShares([...read.keys()])
                await this.loadPools([...poolsRead.keys()])
            }
        }
        for (const s of read.values()) this.applyShare(block, s)
        for (const p of poolsRead.values()) this.applyPool(block, p)
        this.touched.clear()
    }

    /** Every pool of the chain, and a zero for each one the indexer holds that the chain no longer has. */
    private async readAllPoolsWithZeros(block: Block): Promise<ChainPool[]> {
        const found = await readAllPools(block)
        const seen = new Set(found.map((p) => poolId(toSs58(p.hotkey), p.netuid)))
        for (const row of await this.store.find(HotkeyPool, {})) if (!this.pools.has(row.id)) this.pools.set(row.id, row)
        for (const row of this.pools.values()) {
            if (row && !seen.has(row.id))
                found.push({
                    hotkey: fromSs58(row.hotkey),
                    netuid: row.netuid,
                    totalAlpha: 0n,
                    totalShares: row.totalShares == null ? null : '0',
                    shareFormat: (row.shareFormat ?? null) as ChainPool['shareFormat'],
                })
        }
        return found
    }

    /**
     * Pools whose total shares moved by more than the shares read in this block explain (compared
     * with what the indexer holds): some share of the pool changed without a known event.
     */
    private unbalanced(block: Block, pools: Map<string, ChainPool>, read: Map<string, ChainShare>, complete: Set<string>): PoolKey[] {
        const moved = new Map<string, BigDecimal>()
        for (const [id, s] of read) {
            const pool = poolId(toSs58(s.hotkey), s.netuid)
            const old = this.shares.get(id)?.shares ?? ZERO
            moved.set(pool, (moved.get(pool) ?? ZERO).plus(BigDecimal(s.shares).minus(old)))
        }
        const rounding = keepsSafeFloatShares(block)
        const out: PoolKey[] = []
        for (const [id, p] of pools) {
            if (complete.has(id) || p.totalShares == null) continue
            const oldTotal = this.pools.get(id)?.totalShares ?? ZERO
            const newTotal = BigDecimal(p.totalShares)
            const gap = newTotal
                .minus(oldTotal)
                .minus(moved.get(id) ?? ZERO)
                .abs()
            const allowed = rounding ? (newTotal.gt(oldTotal) ? newTotal : oldTotal).times(SAFE_FLOAT_TOLERANCE) : ZERO
            if (gap.gt(allowed)) out.push({ hotkey: p.hotkey, netuid: p.netuid })
        }
        return out
    }

    private applyShare(block: Block, s: ChainShare) {
        const coldkey = toSs58(s.coldkey)
        const hotkey = toSs58(s.hotkey)
        const id = shareId(coldkey, hotkey, s.netuid)
        const old = this.shares.get(id) ?? null
        const value = BigDecimal(s.shares)
        const zero = value.eq(ZERO)
        if ((old && old.shares.eq(value)) || (!old && zero)) return
        this.shareChanges.push(
            new StakeShareChange({
                id: `${heightKey(block.height)}-${id}`,
                positionId: id,
                blockNumber: block.height,
                timestamp: blockTime(block),
                coldkey,
                hotkey,
                netuid: s.netuid,
                shares: value,
            }),
        )
        if (zero) {
            this.shares.set(id, null)
            this.dirtyShares.delete(id)
            if (old) this.removedShares.set(id, old)
            return
        }
        const row = new StakeShare({ id, coldkey, hotkey, netuid: s.netuid, shares: value, updatedAtBlock: block.height })
        this.shares.set(id, row)
        this.dirtyShares.set(id, row)
        this.removedShares.delete(id)
    }

    /**
     * Pools are kept when they drain to zero: a position can hold shares in an empty pool (worth 0),
     * and a missing pool row would read as a runtime without share pools (shares = amount).
     */
    private applyPool(block: Block, p: ChainPool) {
        const hotkey = toSs58(p.hotkey)
        const id = poolId(hotkey, p.netuid)
        const old = this.pools.get(id) ?? null
        const totalShares = p.totalShares == null ? null : BigDecimal(p.totalShares)
        const sameShares =
            old != null && (old.totalShares == null ? totalShares == null : totalShares != null && old.totalShares.eq(totalShares))
        if (old && old.totalAlpha === p.totalAlpha && sameShares && (old.shareFormat ?? null) === p.shareFormat) return
        this.poolChanges.push(
            new HotkeyPoolChange({
                id: `${heightKey(block.height)}-${id}`,
                poolId: id,
                blockNumber: block.height,
                timestamp: blockTime(block),
                hotkey,
                netuid: p.netuid,
                totalAlpha: p.totalAlpha,
                totalShares,
                shareFormat: p.shareFormat,
            }),
        )
        const row = new HotkeyPool({
            id,
            hotkey,
            netuid: p.netuid,
            totalAlpha: p.totalAlpha,
            totalShares,
            shareFormat: p.shareFormat,
            updatedAtBlock: block.height,
        })
        this.pools.set(id, row)
        this.dirtyPools.set(id, row)
    }

    async flush(): Promise<void> {
        if (this.removedShares.size) await this.store.remove([...this.removedShares.values()])
        await bulkUpsert(this.store, [...this.dirtyShares.values()])
        await bulkInsert(this.store, this.shareChanges)
        await bulkUpsert(this.store, [...this.dirtyPools.values()])
        await bulkInsert(this.store, this.poolChanges)
    }
}

function uniqueKeys(keys: Key[]): Key[] {
    return [...new Map(keys.map((k) => [`${k.coldkey}|${k.hotkey}|${k.netuid}`, k])).values()]
}

function uniquePools(keys: PoolKey[]): PoolKey[] {
    return [...new Map(keys.map((k) => [`${k.hotkey}|${k.netuid}`, k])).values()]
}
