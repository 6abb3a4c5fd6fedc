/**
 * Weights domain: a WeightSet row per vector the chain stored, a CurrentWeight row per
 * (subnet, mechanism, validator uid), and commits linked to their reveals.
 *
 * WeightsSet only names (netuid index, uid); the vector is read from Weights storage at the end of
 * that block, so every row holds what the chain stored after its normalisation, whatever call (or
 * timelocked reveal, which has no call) produced it. The chain also rewrites Weights without an
 * event (uid replaced, subnet removed, runtime upgrade): those subnets are re-read and differences
 * become STORAGE rows.
 */
import { Store } from '@subsquid/typeorm-store'
import { In, IsNull } from 'typeorm'
import { CurrentWeight, WeightCommit, WeightCommitKind, WeightSet, WeightSource } from '../../model'
import type { Block, Event } from '../../block'
import { blockTime, eventId, heightKey } from '../../util/ids'
import { dispatchAccount } from '../../util/origin'
import { fromSs58, toSs58 } from '../../util/ss58'
import { storage } from '../../types'
import { decodeWeightEvent, readAllWeights, readWeights, StoredWeights, weightSource, WEIGHT_EVENT_NAMES } from './decode'
import { MECHANISM_STRIDE, splitNetuidIndex } from '../../util/netuid-index'
import { bulkInsert, bulkUpsert } from '../../db/bulk'
import type { Domain } from '../../indexer/domain'
import type { BatchBlock, ReadPlanner } from '../../indexer/prefetch'
import { planWeights } from './plan'
import { droppedCommits } from './commits'
import { EMPTY_DIGEST, IndexedVector, IndexedWeights, vectorDigest } from './indexed'
import { batchTransaction } from '../../sqd/typeorm-store'

export { WEIGHT_EVENT_NAMES }
const sm = storage.subtensorModule
const NAMES: ReadonlySet<string> = new Set(WEIGHT_EVENT_NAMES)

type Pairs = [number, number][]

interface CommitMatch {
    hotkey: string
    netuid: number
    mechanism: number
    kinds: WeightCommitKind[]
    /** hash reveals only */
    hash?: string
}

const COMMIT_KIND = {
    WeightsCommitted: WeightCommitKind.HASH,
    CRV3WeightsCommitted: WeightCommitKind.CRV3,
    TimelockedWeightsCommitted: WeightCommitKind.TIMELOCKED,
} as const

function sameVector(c: CurrentWeight | undefined, pairs: Pairs): boolean {
    const uids = c?.uids ?? []
    const weights = c?.weights ?? []
    return uids.length === pairs.length && pairs.every(([u, w], i) => uids[i] === u && weights[i] === w)
}

/** What the weights domain needs of the others (the indexer passes it in). */
export interface WeightsNeeds {
    /**
     * The subnet's uid -> hotkey (0x-hex) at the end of the block, for rows whose hotkey the event
     * does not say (registrations owns that storage).
     */
    readKeys: (block: Block, netuid: number) => Promise<Map<number, string>>
    /** subnets whose uid holders change in the block (the chain may clear weights there) */
    uidsReplaced: (block: BatchBlock) => number[]
    /** a runtime upgrade or the first block of a run: all of Weights is compared with storage */
    rereadAll: (block: BatchBlock) => boolean
}

/** What the weights domain needs to know at the end of a block. */
export interface WeightsInput {
    /** the subnets whose Weights the chain may have rewritten without an event ('all' after an upgrade) */
    recheck: 'all' | Set<number> | undefined
    /** subnets removed in the block: the chain clears their commits */
    removedNetuids: Set<number>
}

export class WeightsBatch implements Domain<WeightsInput> {
    readonly name = 'weights'
    readonly planner: ReadPlanner
    /** current vectors of subnets loaded in this batch, by CurrentWeight id */
    private current = new Map<string, CurrentWeight>()
    private dirtyCurrent = new Map<string, CurrentWeight>()
    private sets: WeightSet[] = []
    private dirtyCommits = new Map<string, WeightCommit>()
    private pending: { event: Event; netuidIndex: number; uid: number }[] = []
    /** hash commit queues (netuid index, hotkey 0x-hex) the current block's commits and reveals changed */
    private queuesInBlock = new Map<string, { netuidIndex: number; who: string }>()
    private readKeys: WeightsNeeds['readKeys']
    /** questions about the vectors in the database at the start of the batch, answered in SQL */
    private indexed: IndexedWeights

    constructor(
        private store: Store,
        needs: WeightsNeeds,
    ) {
        this.readKeys = needs.readKeys
        this.indexed = new IndexedWeights((sql, params) => batchTransaction(store).query(sql, params))
        this.planner = planWeights((block) => {
            const netuids = needs.uidsReplaced(block)
            for (const n of netuids) this.plannedNetuids.add(n)
            return netuids
        }, needs.rereadAll)
    }

    handles(event: Event): boolean {
        return NAMES.has(event.name)
    }

    /** subnets the plan re-reads (uids replaced): their stored vectors' digests are loaded together by prepare() */
    private plannedNetuids = new Set<number>()

    async prepare(): Promise<void> {
        await this.indexed.of(this.plannedNetuids)
        this.plannedNetuids.clear()
    }

    async onEvent(event: Event): Promise<void> {
        const d = decodeWeightEvent(event)
        const block = event.block
        if (d.kind === 'WeightsSet') {
            this.pending.push({ event, netuidIndex: d.netuidIndex, uid: d.uid })
            return
        }
        const { netuid, mechanism } = splitNetuidIndex(d.netuidIndex)
        const hotkey = toSs58(d.who)
        // the chain drops expired commits from the front of the queue when the hotkey commits or reveals
        if (d.kind === 'WeightsCommitted' || d.kind === 'WeightsRevealed' || d.kind === 'WeightsBatchRevealed')
            this.queuesInBlock.set(`${d.netuidIndex}|${d.who}`, { netuidIndex: d.netuidIndex, who: d.who })
        switch (d.kind) {
            case 'WeightsCommitted':
            case 'CRV3WeightsCommitted':
            case 'TimelockedWeightsCommitted': {
                const id = eventId(block.height, event.index)
                const kind = COMMIT_KIND[d.kind]
                const revealRound = d.kind === 'TimelockedWeightsCommitted' ? d.revealRound : null
                this.dirtyCommits.set(
                    id,
                    new WeightCommit({
                        id,
                        blockNumber: block.height,
                        timestamp: blockTime(block),
                        extrinsicHash: event.extrinsic?.hash ?? null,
                        netuid,
                        mechanism,
                        hotkey,
                        commitHash: d.hash,
                        revealedAtBlock: null,
                        droppedAtBlock: null,
                        kind,
                        revealRound,
                    }),
                )
                return
            }
            case 'WeightsRevealed':
            case 'WeightsBatchRevealed':
                for (const hash of d.kind === 'WeightsBatchRevealed' ? d.hashes : [d.hash]) {
                    await this.reveal({ hotkey, netuid, mechanism, kinds: [WeightCommitKind.HASH], hash }, block.height)
                }
                return
            case 'CRV3WeightsRevealed':
                await this.reveal({ hotkey, netuid, mechanism, kinds: [WeightCommitKind.CRV3] }, block.height)
                return
            case 'TimelockedWeightsRevealed':
                // spec 306's migration moved pending CRV3 commits into the timelocked queue, so a
                // timelocked reveal may open a CRV3 commit
                await this.reveal({ hotkey, netuid, mechanism, kinds: [WeightCommitKind.TIMELOCKED, WeightCommitKind.CRV3] }, block.height)
                return
        }
    }

    /**
     * Marks the oldest open commit that matches revealed. Hash reveals match by hash. Timelocked
     * reveals name no hash: the chain decrypts each (subnet, epoch) queue front to back, so the
     * oldest open commit of that hotkey is the one; a commit it failed to decrypt is dropped
     * silently and stays open here (and may then take a later reveal of the same hotkey).
     */
    private async reveal(m: CommitMatch, height: number) {
        const matches = (c: WeightCommit) =>
            c.hotkey === m.hotkey &&
            c.netuid === m.netuid &&
            c.mechanism === m.mechanism &&
            m.kinds.includes(c.kind) &&
            (m.hash == null || c.commitHash === m.hash) &&
            c.revealedAtBlock == null &&
            c.droppedAtBlock == null
        // stored commits come first (older); one revealed earlier in this batch is still open in the database
        const stored = (await this.openCommitsOf([m.hotkey])).get(m.hotkey) ?? []
        const open = [...stored.map((c) => this.dirtyCommits.get(c.id) ?? c), ...this.dirtyCommits.values()].find(matches)
        if (open) {
            open.revealedAtBlock = height
            this.dirtyCommits.set(open.id, open)
        }
    }

    /** commits open in the database at the start of the batch, by hotkey (ss58), oldest first; loaded once per batch */
    private storedOpen = new Map<string, WeightCommit[]>()

    private async openCommitsOf(hotkeys: string[]): Promise<Map<string, WeightCommit[]>> {
        const missing = [...new Set(hotkeys)].filter((h) => !this.storedOpen.has(h))
        if (missing.length) {
            for (const h of missing) this.storedOpen.set(h, [])
            const rows = await this.store.find(WeightCommit, {
                where: { hotkey: In(missing), revealedAtBlock: IsNull(), droppedAtBlock: IsNull() },
                order: { blockNumber: 'ASC', id: 'ASC' },
            })
            for (const c of rows) this.storedOpen.get(c.hotkey)!.push(c)
        }
        return this.storedOpen
    }

    private record(row: WeightSet) {
        this.sets.push(row)
        const id = `${row.netuid}-${row.mechanism}-${row.uid}`
        const c = new CurrentWeight({
            id,
            netuid: row.netuid,
            mechanism: row.mechanism,
            uid: row.uid,
            hotkey: row.hotkey,
            blockNumber: row.blockNumber,
            weightSetId: row.id,
            uids: row.uids,
            weights: row.weights,
        })
        this.current.set(id, c)
        this.dirtyCurrent.set(id, c)
    }

    /**
     * Ends a block: turns its WeightsSet events into rows (one storage query for all of them), then
     * re-reads Weights where the chain may have changed them silently: every subnet after a runtime
     * upgrade ('all'), or the given subnets (uids replaced, subnet removed).
     */
    async endBlock(block: Block, { recheck, removedNetuids }: WeightsInput): Promise<void> {
        const time = blockTime(block)
        if (this.pending.length) {
            const vectors = await readWeights(
                block,
                this.pending.map((p) => [p.netuidIndex, p.uid]),
            )
            const unsigned = this.pending.filter((p) => !dispatchAccount(p.event))
            const keysOf = new Map<number, Map<number, string>>()
            for (const p of unsigned) {
                const { netuid } = splitNetuidIndex(p.netuidIndex)
                if (!keysOf.has(netuid)) keysOf.set(netuid, await this.readKeys(block, netuid))
            }
            this.pending.forEach((p, i) => {
                const { netuid, mechanism } = splitNetuidIndex(p.netuidIndex)
                const signer = dispatchAccount(p.event)
                const hotkeyHex = signer ?? keysOf.get(netuid)?.get(p.uid)
                const { source, versionKey } = weightSource(p.event, netuid)
                this.record(
                    new WeightSet({
                        id: eventId(block.height, p.event.index),
                        blockNumber: block.height,
                        timestamp: time,
                        extrinsicHash: p.event.extrinsic?.hash ?? null,
                        eventIndex: p.event.index,
                        netuid,
                        mechanism,
                        uid: p.uid,
                        hotkey: hotkeyHex ? toSs58(hotkeyHex) : null,
                        versionKey,
                        source: source as WeightSource,
                        uids: vectors[i].map(([u]) => u),
                        weights: vectors[i].map(([, w]) => w),
                    }),
                )
            })
            this.pending = []
        }
        if (recheck) await this.recheck(block, time, recheck)
        await this.closeDroppedCommits(block, recheck === 'all' ? 'all' : removedNetuids)
    }

    /**
     * Marks dropped the open hash commits the chain no longer holds at the end of the block: those of
     * the queues the block's commits and reveals changed (the chain pops expired commits from their
     * front), and of whole subnets where it may clear them without an event (`scope`: removed
     * subnets; 'all' after a runtime upgrade). Which ones: see droppedCommits.
     */
    private async closeDroppedCommits(block: Block, scope: 'all' | Set<number>) {
        const named = [...this.queuesInBlock.values()]
        this.queuesInBlock.clear()
        if (!sm.weightCommits.v204.is(block)) return
        if (named.length === 0 && scope !== 'all' && scope.size === 0) return
        const hexOf = new Map<string, string>() // ss58 -> 0x-hex, for the storage keys
        for (const q of named) hexOf.set(toSs58(q.who), q.who)
        const namedQueues = new Set(named.map((q) => `${splitNetuidIndex(q.netuidIndex).netuid}|${toSs58(q.who)}`))
        const where = { kind: WeightCommitKind.HASH, revealedAtBlock: IsNull(), droppedAtBlock: IsNull() }
        const opened = await this.openCommitsOf([...hexOf.keys()])
        const stored = [
            ...[...hexOf.keys()].flatMap((h) => opened.get(h) ?? []),
            ...(scope === 'all'
                ? await this.store.find(WeightCommit, { where })
                : scope.size
                  ? await this.store.find(WeightCommit, { where: { ...where, netuid: In([...scope]) } })
                  : []),
        ]
        // one object per commit: the batch's own version (changed, or loaded earlier in the batch) wins over a fresh row
        const byId = new Map<string, WeightCommit>()
        for (const c of stored) byId.set(c.id, this.dirtyCommits.get(c.id) ?? opened.get(c.hotkey)?.find((x) => x.id === c.id) ?? c)
        for (const c of this.dirtyCommits.values()) byId.set(c.id, c)
        const open = new Map<string, WeightCommit[]>()
        for (const c of byId.values()) {
            if (c.kind !== WeightCommitKind.HASH || c.revealedAtBlock != null || c.droppedAtBlock != null) continue
            if (scope !== 'all' && !scope.has(c.netuid) && !namedQueues.has(`${c.netuid}|${c.hotkey}`)) continue
            const g = `${c.netuid}|${c.mechanism}|${c.hotkey}`
            const list = open.get(g)
            if (list) list.push(c)
            else open.set(g, [c])
        }
        const groups = [...open.values()]
        if (groups.length === 0) return
        const queues = await sm.weightCommits.v204.getMany(
            block,
            groups.map((list) => [
                list[0].mechanism * MECHANISM_STRIDE + list[0].netuid,
                hexOf.get(list[0].hotkey) ?? fromSs58(list[0].hotkey),
            ]),
        )
        groups.forEach((list, i) => {
            for (const c of droppedCommits(
                list,
                (queues[i] ?? []).map(([hash]) => hash),
            )) {
                c.droppedAtBlock = block.height
                this.dirtyCommits.set(c.id, c)
            }
        })
    }

    private async recheck(block: Block, time: Date | null, scope: 'all' | Set<number>) {
        let netuids: Set<number>
        let chain: StoredWeights[]
        /** vectors in the database the batch has not loaded, by digest (all are loaded after an upgrade) */
        let stored: IndexedVector[] = []
        if (scope === 'all') {
            chain = await readAllWeights(block)
            netuids = new Set(chain.map((e) => splitNetuidIndex(e.netuidIndex).netuid))
            const indexed = await this.store.find(CurrentWeight, {})
            for (const c of indexed) {
                netuids.add(c.netuid)
                if (!this.current.has(c.id)) this.current.set(c.id, c)
            }
        } else {
            netuids = scope
            stored = await this.indexed.of(netuids)
            const indexes = new Set<number>(netuids)
            for (const c of [...this.current.values(), ...stored])
                if (netuids.has(c.netuid)) indexes.add(c.mechanism * MECHANISM_STRIDE + c.netuid)
            chain = await readAllWeights(block, indexes)
        }
        const seen = new Set<string>()
        const keysOf = new Map<number, Map<number, string>>()
        const storageRow = async (netuid: number, mechanism: number, uid: number, pairs: Pairs) => {
            if (!keysOf.has(netuid)) keysOf.set(netuid, await this.readKeys(block, netuid))
            const hotkeyHex = keysOf.get(netuid)!.get(uid)
            this.record(
                new WeightSet({
                    id: `${heightKey(block.height)}-storage-${netuid}-${mechanism}-${uid}`,
                    blockNumber: block.height,
                    timestamp: time,
                    extrinsicHash: null,
                    eventIndex: null,
                    netuid,
                    mechanism,
                    uid,
                    hotkey: hotkeyHex ? toSs58(hotkeyHex) : null,
                    versionKey: null,
                    source: WeightSource.STORAGE,
                    uids: pairs.map(([u]) => u),
                    weights: pairs.map(([, w]) => w),
                }),
            )
        }
        // vectors this batch holds are compared here, the others by their digest in the database
        const storedById = new Map(stored.map((v) => [v.id, v]))
        for (const e of chain) {
            const { netuid, mechanism } = splitNetuidIndex(e.netuidIndex)
            if (!netuids.has(netuid)) continue
            const id = `${netuid}-${mechanism}-${e.uid}`
            seen.add(id)
            const held = this.current.get(id)
            const same =
                held || scope === 'all'
                    ? sameVector(held, e.pairs)
                    : (storedById.get(id)?.digest ?? EMPTY_DIGEST) ===
                      vectorDigest(
                          e.pairs.map(([u]) => u),
                          e.pairs.map(([, w]) => w),
                      )
            if (!same) await storageRow(netuid, mechanism, e.uid, e.pairs)
        }
        // vectors the chain no longer holds: cleared by the chain
        const cleared: { netuid: number; mechanism: number; uid: number }[] = [
            ...[...this.current.values()].filter((c) => netuids.has(c.netuid) && !seen.has(c.id) && c.uids.length > 0),
            ...stored.filter((v) => !seen.has(v.id) && !this.current.has(v.id) && v.digest !== EMPTY_DIGEST),
        ]
        for (const c of cleared) await storageRow(c.netuid, c.mechanism, c.uid, [])
    }

    async flush(): Promise<void> {
        await bulkInsert(this.store, this.sets)
        await bulkUpsert(this.store, [...this.dirtyCurrent.values()])
        await bulkUpsert(this.store, [...this.dirtyCommits.values()])
    }
}
