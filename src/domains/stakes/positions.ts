/**
 * Stake positions, kept equal to the chain's storage. Positions change with stake events (the
 * event names the key) and without any event: epochs pay emission and dividends into hotkeys'
 * pools, runtime upgrades migrate stake. So at the end of a block the domain re-reads
 *  - the keys named by the block's stake events,
 *  - every position of the hotkeys registered on subnets that ran an epoch in the block,
 *  - everything, after a runtime upgrade or when nothing is indexed yet,
 * and writes a snapshot row for each position whose value changed.
 */
import { Store } from '@subsquid/typeorm-store'
import { In } from 'typeorm'
import { StakePosition, StakePositionSnapshot } from '../../model'
import type { Block } from '../../processor'
import { fromSs58, toSs58 } from '../../util/ss58'
import { blockTime, heightKey } from '../../util/ids'
import { ChainPosition, readHotkeyPositions, readPositions } from './chain'
import { sameValue } from '../../util/change-only'

function positionId(coldkey: string, hotkey: string, netuid: number): string {
    return `${coldkey}-${hotkey}-${netuid}`
}

export type PositionScope = { all: true } | { all: false; hotkeys: string[] }

export class PositionsBatch {
    private current = new Map<string, StakePosition | null>()
    private dirty = new Map<string, StakePosition>()
    private removed = new Map<string, StakePosition>()
    private snapshots: StakePositionSnapshot[] = []
    /** keys (0x-hex) named by stake events of the current block */
    private touched = new Map<string, { coldkey: string; hotkey: string; netuid: number }>()

    constructor(private store: Store) {}

    /** positions to re-read wholesale at the end of the block: by subnet (removed) and by coldkey (swapped) */
    private touchedNetuids = new Set<number>()
    private coldkeySwaps: { from: string; to: string }[] = []

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
            for (const p of await this.store.findBy(StakePosition, { netuid })) this.touch(fromSs58(p.coldkey), fromSs58(p.hotkey), p.netuid)
        }
        for (const { from, to } of this.coldkeySwaps) {
            for (const p of await this.store.findBy(StakePosition, { coldkey: toSs58(from) })) {
                this.touch(from, fromSs58(p.hotkey), p.netuid)
                this.touch(to, fromSs58(p.hotkey), p.netuid)
            }
        }
        // positions created earlier in this batch are not in the database yet
        for (const row of this.current.values()) {
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

    /** true when no position has ever been indexed (a fresh database) */
    async isEmpty(): Promise<boolean> {
        return this.dirty.size === 0 && (await this.store.findOne(StakePosition, { where: {} })) == null
    }

    private async load(ids: string[]) {
        const missing = ids.filter((id) => !this.current.has(id))
        for (let i = 0; i < missing.length; i += 1000) {
            const chunk = missing.slice(i, i + 1000)
            const rows = await this.store.findBy(StakePosition, { id: In(chunk) })
            for (const id of chunk) this.current.set(id, null)
            for (const r of rows) this.current.set(r.id, r)
        }
    }

    private apply(block: Block, p: ChainPosition) {
        const coldkey = toSs58(p.coldkey)
        const hotkey = toSs58(p.hotkey)
        const id = positionId(coldkey, hotkey, p.netuid)
        const old = this.current.get(id) ?? null
        const same =
            old != null &&
            old.alpha === p.alpha &&
            sameValue(old.shares, p.shares) &&
            sameValue(old.hotkeyAlpha, p.hotkeyAlpha) &&
            sameValue(old.hotkeyShares, p.hotkeyShares)
        const zero = p.alpha === 0n && (p.shares ?? 0n) === 0n
        if (same || (old == null && zero)) return
        this.snapshots.push(
            new StakePositionSnapshot({
                id: `${heightKey(block.height)}-${id}`,
                positionId: id,
                blockNumber: block.height,
                timestamp: blockTime(block),
                coldkey,
                hotkey,
                netuid: p.netuid,
                alpha: p.alpha,
                shares: p.shares,
                hotkeyAlpha: p.hotkeyAlpha,
                hotkeyShares: p.hotkeyShares,
            }),
        )
        if (zero) {
            this.current.set(id, null)
            this.dirty.delete(id)
            if (old) this.removed.set(id, old)
            return
        }
        const row = new StakePosition({ id, coldkey, hotkey, netuid: p.netuid, alpha: p.alpha, shares: p.shares, hotkeyAlpha: p.hotkeyAlpha, hotkeyShares: p.hotkeyShares, updatedAtBlock: block.height })
        this.current.set(id, row)
        this.dirty.set(id, row)
        this.removed.delete(id)
    }

    async endBlock(block: Block, scope: PositionScope | undefined): Promise<void> {
        await this.expandTouches()
        const fromChain: ChainPosition[] = []
        if (scope) {
            const chain = await readHotkeyPositions(block, scope.all ? undefined : scope.hotkeys.map(fromSs58))
            fromChain.push(...chain)
            // positions the indexer holds in that scope but the chain no longer does
            const held = scope.all
                ? await this.store.find(StakePosition, {})
                : await this.store.findBy(StakePosition, { hotkey: In(scope.hotkeys) })
            for (const h of held) if (!this.current.has(h.id)) this.current.set(h.id, h)
            const inScope = scope.all ? null : new Set(scope.hotkeys)
            const seen = new Set(chain.map((p) => positionId(toSs58(p.coldkey), toSs58(p.hotkey), p.netuid)))
            for (const [id, row] of this.current) {
                if (!row || seen.has(id) || (inScope && !inScope.has(row.hotkey))) continue
                fromChain.push({ coldkey: fromSs58(row.coldkey), hotkey: fromSs58(row.hotkey), netuid: row.netuid, alpha: 0n, shares: null, hotkeyAlpha: null, hotkeyShares: null })
            }
        }
        const covered = new Set(fromChain.map((p) => `${p.coldkey}|${p.hotkey}|${p.netuid}`))
        const rest = [...this.touched.values()].filter((k) => !covered.has(`${k.coldkey}|${k.hotkey}|${k.netuid}`))
        fromChain.push(...(await readPositions(block, rest)))
        await this.load(fromChain.map((p) => positionId(toSs58(p.coldkey), toSs58(p.hotkey), p.netuid)))
        for (const p of fromChain) this.apply(block, p)
        this.touched.clear()
    }

    async flush(): Promise<void> {
        if (this.removed.size) await this.store.remove([...this.removed.values()])
        await this.store.upsert([...this.dirty.values()])
        await this.store.insert(this.snapshots)
    }
}
