/**
 * The batch handler: blocks in chain order -> each domain's decode/map -> one store write per
 * entity type at the end of the batch (same transaction as the processor's progress marker).
 */
import type { Store } from '@subsquid/typeorm-store'
import type { Block, ProcessorContext } from './block'
import { Block as BlockRow, StakeEvent, UnprocessedEvent } from './model'
import { blockTime, eventId, heightKey } from './util/ids'
import { isStakeEvent, leaseIdOf, linkPairs, PositionsBatch, readLease, stakeEvent } from './domains/stakes'
import { RegistrationsBatch } from './domains/registrations'
import { WeightsBatch } from './domains/weights'
import { EmissionsBatch } from './domains/emissions'
import { planPools, PoolsBatch, unknownPoolShapes } from './domains/pools'
import { UnknownEventVersionError, UnknownStorageShapeError } from './util/errors'
import { DomainFailures } from './indexer/domain-failures'
import { unprocessedEvents } from './util/metrics'
import { recordIndexerHead } from './db/head'
import { BatchBlock, PlanView, planView, prefetch } from './indexer/prefetch'
import { StorageCache } from './indexer/storage-cache'
import { nodeRpc, withRuntimeRpc } from './sqd/runtime-rpc'
import { cacheStorageKeys } from './sqd/storage-key-cache'
import { epochMarker, LAST_STEP, unknownEmissionShapes } from './domains/emissions'
import { planEmissions } from './domains/emissions/plan'
import { neuronsRegistered, planRegistrations } from './domains/registrations/plan'
import { readKeys } from './domains/registrations/chain'
import { planStakes } from './domains/stakes/plan'
import { stakeEra } from './domains/stakes/chain'
import { planWeights } from './domains/weights/plan'
import { fromSs58 } from './util/ss58'
import { storageReads } from './util/metrics'
import { bulkInsert } from './db/bulk'

/** Matched by name and decoded by field name: the struct's fields are stable across its versions. */
const COLDKEY_SWAPPED = 'SubtensorModule.ColdkeySwapped'
/** Renumbers uids with no event (admin-utils, from spec 320) */
export const TRIM_UIDS = 'AdminUtils.sudo_trim_to_max_allowed_uids'

/** The first block executed by a new runtime: its migrations may rewrite any storage. */
export function isRuntimeUpgrade(block: Block): boolean {
    return block._runtimeOfPrevBlock.specVersion !== block.specVersion
}

export function createHandler() {
    cacheStorageKeys()
    // Storage is re-read on the first block of every run: it imports the state a chain started
    // with (genesis, or START_BLOCK) and re-checks it after a restart.
    let firstBlockOfRun = true

    return async (ctx: ProcessorContext<Store>) => {
        const stakeEvents: StakeEvent[] = []
        const unprocessed: UnprocessedEvent[] = []
        const registrations = new RegistrationsBatch(ctx.store)
        const weights = new WeightsBatch(ctx.store, readKeys)
        const pools = new PoolsBatch(ctx.store)
        const emissions = new EmissionsBatch(ctx.store)
        const blocks: BlockRow[] = []
        const positions = new PositionsBatch(ctx.store)
        const failures = new DomainFailures(ctx.store)
        if (ctx.blocks.length === 0) return

        // Prefetch: every domain states what its blocks will read; all of it is read now, in large
        // calls several at a time, and the mapping below reads from the cache.
        const node = nodeRpc(ctx.blocks[0].header._runtime)
        const cache = new StorageCache(node)
        const netuids = await registrations.activeNetuids()
        const hotkeysOf = async (netuid: number) => [...(await registrations.hotkeysOf(netuid)).values()].map(fromSs58)
        const epochsAt = (block: Block, view: PlanView) => {
            const epoch: number[] = []
            const afterEpoch: number[] = []
            for (const netuid of netuids) {
                const step = view.peek(block, LAST_STEP, netuid)
                const marker = step == null ? undefined : epochMarker(block, step as bigint)
                if (marker === 'epoch') epoch.push(netuid)
                else if (marker === 'after') afterEpoch.push(netuid)
            }
            return { epoch, afterEpoch }
        }
        // the mapping compares everything with storage on these blocks (see below)
        const first = ctx.blocks[0]
        const rereadAll = (b: BatchBlock) => isRuntimeUpgrade(b.header) || (b === first && firstBlockOfRun)
        const positionsEmpty = firstBlockOfRun && (await positions.isEmpty())
        const planned = await prefetch(
            ctx.blocks as BatchBlock[],
            [
                planRegistrations(rereadAll),
                planWeights((b) => neuronsRegistered(b).map((r) => r.netuid), rereadAll),
                planEmissions(netuids, epochsAt, hotkeysOf),
                planPools(netuids),
                planStakes(
                    epochsAt,
                    hotkeysOf,
                    async (b) => {
                        // a registration may come with stake (sudo_register before dTAO); before dTAO a
                        // hotkey that loses its uid may be unstaked with no event
                        if (stakeEra(b.header) !== 'legacy') return []
                        const registered = neuronsRegistered(b)
                        const hotkeys = registered.map((r) => r.hotkey)
                        for (const r of registered) {
                            const holder = (await registrations.hotkeysOf(r.netuid)).get(r.uid)
                            if (holder) hotkeys.push(fromSs58(holder))
                        }
                        return hotkeys
                    },
                    (b) => isRuntimeUpgrade(b.header) || (b === first && positionsEmpty),
                ),
            ],
            cache,
            node,
        )
        storageReads.inc({ stage: 'prefetch' }, planned.requests)
        await withRuntimeRpc(
            ctx.blocks.map((b) => b.header._runtime),
            cache,
            async () => {
                for (const block of ctx.blocks) {
                    const h = block.header
                    blocks.push(
                        new BlockRow({
                            id: heightKey(h.height),
                            height: h.height,
                            hash: h.hash,
                            parentHash: h.parentHash,
                            timestamp: blockTime(h),
                            specVersion: h.specVersion,
                        }),
                    )
                    // An epoch runs at the start of its block, before the extrinsics: it paid the hotkeys
                    // that held the subnet's uids then, though a registration in the block may replace one.
                    const paidPools: { hotkey: string; netuid: number }[] = []
                    const payPools = async (netuids: number[]) => {
                        // the subnet's pool of each hotkey, and its root pool (root dividends)
                        for (const netuid of netuids)
                            for (const hotkey of (await registrations.hotkeysOf(netuid)).values())
                                paidPools.push({ hotkey, netuid }, { hotkey, netuid: 0 })
                    }
                    const due = epochsAt(h, planView(cache, 0))
                    await payPools([...due.epoch, ...due.afterEpoch])
                    const blockStakeEvents: StakeEvent[] = []
                    for (const event of block.events) {
                        try {
                            if (isStakeEvent(event)) {
                                const leaseId = leaseIdOf(event)
                                const { row, keys } = stakeEvent(event, leaseId === undefined ? undefined : await readLease(h, leaseId))
                                blockStakeEvents.push(row)
                                for (const k of keys) positions.touch(k.coldkey, k.hotkey, k.netuid)
                            } else if (RegistrationsBatch.isRelevant(event)) await registrations.onEvent(event)
                            else if (WeightsBatch.isRelevant(event)) await weights.onEvent(event)
                            else if (RegistrationsBatch.isParamChange(event)) registrations.onParamChange(event)
                            else if (event.name === COLDKEY_SWAPPED) {
                                const { oldColdkey, newColdkey } = event.args ?? {}
                                if (oldColdkey && newColdkey) positions.touchColdkeySwap(oldColdkey, newColdkey)
                            }
                        } catch (e) {
                            if (!(e instanceof UnknownEventVersionError)) throw e
                            ctx.log.warn(`skipped ${e.message} (block ${block.header.height}, event ${event.index})`)
                            unprocessedEvents.inc({ event: event.name, spec_version: String(block.header.specVersion) })
                            unprocessed.push(
                                new UnprocessedEvent({
                                    id: eventId(block.header.height, event.index),
                                    blockNumber: block.header.height,
                                    name: event.name,
                                    specVersion: block.header.specVersion,
                                    reason: e.message,
                                    args: JSON.stringify(event.args ?? null, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
                                }),
                            )
                        }
                    }
                    for (const call of block.calls) {
                        if (call.name === TRIM_UIDS && call.success && call.args?.netuid != null)
                            registrations.trimmedInBlock.add(Number(call.args.netuid))
                    }
                    linkPairs(blockStakeEvents)
                    stakeEvents.push(...blockStakeEvents)
                    const upgraded = firstBlockOfRun || isRuntimeUpgrade(block.header)
                    const reconcile = upgraded ? 'all' : registrations.needsReconcile()
                    if (reconcile) await registrations.reconcile(block.header, reconcile)
                    // uids that changed hands may have had their weights cleared by the chain
                    await weights.endBlock(
                        block.header,
                        upgraded ? 'all' : registrations.changedInBlock.size ? new Set(registrations.changedInBlock) : undefined,
                    )
                    const activeNetuids = await registrations.activeNetuids()
                    const epochs = await emissions.onBlock(block.header, activeNetuids, (netuid) => registrations.hotkeysOf(netuid))
                    await pools.onBlock(block.header, activeNetuids)
                    const unpriced = unknownPoolShapes(h)
                    if (unpriced.length)
                        await failures.record(
                            'pools',
                            h,
                            `${unpriced.join(', ')}: a storage shape this release does not know (those columns are null; the price falls back to the reserves ratio)`,
                        )
                    const unreadable = unknownEmissionShapes(h)
                    if (unreadable.length)
                        await failures.record(
                            'emissions',
                            h,
                            `${unreadable.join(', ')}: a storage shape this release does not know (those columns are null)`,
                        )
                    // epochs pay into the pools of the subnet's hotkeys with no event (and, before dTAO,
                    // into every nominator's stake); a hotkey swap re-keys every position of the old hotkey
                    await payPools([...epochs.epoch, ...epochs.afterEpoch])
                    const wholeHotkeys = new Set<string>(registrations.swappedHotkeys())
                    if (stakeEra(h) === 'legacy') {
                        // a registration may come with stake (sudo_register); a hotkey that loses its last
                        // uid is unstaked with no event
                        for (const hotkey of [...registrations.registeredHotkeys, ...registrations.deregisteredHotkeys])
                            wholeHotkeys.add(hotkey)
                    }
                    for (const netuid of registrations.removedInBlock) positions.touchNetuid(netuid)
                    const allPositions = isRuntimeUpgrade(block.header) || (firstBlockOfRun && (await positions.isEmpty()))
                    // a stake storage shape this release does not know stops the stakes domain for the
                    // block, not the processor: recorded for a later release to re-index from
                    try {
                        await positions.endBlock(
                            block.header,
                            allPositions ? { all: true } : { hotkeys: [...wholeHotkeys], pools: paidPools },
                        )
                    } catch (e) {
                        if (!(e instanceof UnknownStorageShapeError)) throw e
                        positions.skipBlock()
                        await failures.record('stakes', h, e.message)
                    }
                    registrations.endBlock()
                    firstBlockOfRun = false
                }
            },
        )
        storageReads.inc({ stage: 'on_demand' }, cache.misses.requests)
        ctx.log.debug(
            `storage: ${planned.requests} prefetch requests (${planned.keys} keys, ${planned.rounds} rounds), ` +
                `${cache.misses.requests} on demand (${cache.misses.keys} keys) for ${ctx.blocks.length} blocks` +
                (cache.misses.requests ? `; on demand by item: ${JSON.stringify(Object.fromEntries(cache.misses.byItem))}` : ''),
        )
        await bulkInsert(ctx.store, blocks)
        await bulkInsert(ctx.store, stakeEvents)
        await bulkInsert(ctx.store, unprocessed)
        await registrations.flush()
        await weights.flush()
        await emissions.flush()
        await pools.flush()
        await positions.flush()
        await failures.flush()
        for (const f of failures.recorded) {
            ctx.log.warn(
                `${f.domain}: storage not readable in spec ${f.specVersion} (blocks ${f.firstBlock}..${f.lastBlock} so far; other domains indexed them): ${f.reason}`,
            )
        }
        if (positions.unbalancedPools.length) {
            ctx.log.info(
                `stakes: shares of ${positions.unbalancedPools.length} pools did not add up (block:pool ${positions.unbalancedPools.slice(0, 5).join(', ')}); their hotkeys were read whole`,
            )
        }
        await recordIndexerHead(ctx)
    }
}
