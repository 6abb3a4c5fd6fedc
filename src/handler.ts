/**
 * The batch handler, the one place where the domains are ordered and one domain's output is handed
 * to another (each domain has the shape of src/indexer/domain.ts and imports no other domain):
 * prefetch what every domain's planner asks for, then blocks in chain order (events routed to their
 * domain, then each domain ends the block), then one store write per table at the end of the batch
 * (same transaction as the processor's progress marker).
 */
import type { Store } from '@subsquid/typeorm-store'
import type { Block, ProcessorContext } from './block'
import { Block as BlockRow, UnprocessedEvent } from './model'
import { blockTime, eventId, heightKey } from './util/ids'
import { StakesBatch } from './domains/stakes'
import { stakeEra } from './domains/stakes/chain'
import { RegistrationsBatch } from './domains/registrations'
import { neuronsRegistered } from './domains/registrations/plan'
import { readKeys } from './domains/registrations/chain'
import { WeightsBatch } from './domains/weights'
import { EmissionsBatch, epochMarker, EpochsOfBlock, LAST_STEP } from './domains/emissions'
import { PoolsBatch } from './domains/pools'
import { Domain, routeEvent } from './indexer/domain'
import { UnknownEventVersionError, UnknownStorageShapeError } from './util/errors'
import { DomainFailures } from './indexer/domain-failures'
import { unprocessedEvents, storageReads } from './util/metrics'
import { recordIndexerHead } from './db/head'
import { BatchBlock, PlanView, planView, prefetch } from './indexer/prefetch'
import { StorageCache } from './indexer/storage-cache'
import { nodeRpc, withRuntimeRpc } from './sqd/runtime-rpc'
import { cacheStorageKeys } from './sqd/storage-key-cache'
import { fromSs58 } from './util/ss58'
import { bulkInsert } from './db/bulk'

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
        if (ctx.blocks.length === 0) return
        const store = ctx.store
        const unprocessed: UnprocessedEvent[] = []
        const blocks: BlockRow[] = []
        const failures = new DomainFailures(store)
        const node = nodeRpc(ctx.blocks[0].header._runtime)
        const cache = new StorageCache(node)

        // the storage state of every domain is compared with the chain on these blocks (see below)
        const first = ctx.blocks[0]
        const rereadAll = (b: BatchBlock) => isRuntimeUpgrade(b.header) || (b === first && firstBlockOfRun)

        // what the planners of one domain need of another
        const registrations = new RegistrationsBatch(store, rereadAll)
        const netuids = await registrations.activeNetuids()
        // Planners run before any block of the batch is mapped: a subnet's hotkeys are those indexed
        // before the batch plus every hotkey registered on it in the batch up to the block (a
        // replaced hotkey stays in: an epoch at the start of its block may still pay it).
        const registeredInBatch = new Map<number, { height: number; hotkey: string }[]>()
        for (const b of ctx.blocks as BatchBlock[]) {
            for (const r of neuronsRegistered(b)) {
                let list = registeredInBatch.get(r.netuid)
                if (!list) registeredInBatch.set(r.netuid, (list = []))
                list.push({ height: b.header.height, hotkey: r.hotkey })
            }
        }
        const indexedHotkeys = new Map<number, string[]>()
        const hotkeysOf = async (netuid: number, block: Block, view: PlanView) => {
            if (!indexedHotkeys.has(netuid)) {
                // the first subnet asked for in a round brings the holders of every subnet with an
                // epoch in the batch, in one query instead of one per subnet
                const wanted = new Set([netuid])
                for (const b of ctx.blocks) {
                    const { epoch, afterEpoch } = epochsAt(b.header, view)
                    for (const n of [...epoch, ...afterEpoch]) if (!indexedHotkeys.has(n)) wanted.add(n)
                }
                for (const [n, holders] of await registrations.hotkeysOfMany([...wanted]))
                    indexedHotkeys.set(n, [...holders.values()].map(fromSs58))
            }
            const indexed = indexedHotkeys.get(netuid)!
            const registered = registeredInBatch.get(netuid)
            if (!registered) return indexed
            return [...new Set([...indexed, ...registered.filter((r) => r.height <= block.height).map((r) => r.hotkey)])]
        }
        const epochsAt = (block: Block, view: PlanView): EpochsOfBlock => {
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
        const weights = new WeightsBatch(store, {
            readKeys,
            uidsReplaced: (b) => neuronsRegistered(b).map((r) => r.netuid),
            rereadAll,
        })
        const emissions = new EmissionsBatch(store, { netuids, epochsAt, hotkeysOf })
        const pools = new PoolsBatch(store, netuids)
        let positionsEmpty = false
        const stakes = new StakesBatch(store, {
            epochs: epochsAt,
            hotkeysOf,
            rereadHotkeys: async (b) => {
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
            rereadAll: (b) => isRuntimeUpgrade(b.header) || (b === first && positionsEmpty),
        })
        positionsEmpty = firstBlockOfRun && (await stakes.isEmpty())
        // the order events are offered to domains in: the first that handles one maps it (WeightsSet
        // goes to weights before registrations, which takes every other SubtensorModule ...Set)
        const eventRouting: Domain<any, any>[] = [stakes, weights, registrations]
        // planners, calls and flushes; the blocks end in this order too (spelled out below)
        const all: Domain<any, any>[] = [registrations, weights, emissions, pools, stakes]

        // Prefetch: every domain states what its blocks will read; all of it is read now, in large
        // calls several at a time, and the mapping below reads from the cache. Planners may read
        // what an earlier round read through the domains' own getters (the cache answers them).
        const runtimes = ctx.blocks.map((b) => b.header._runtime)
        // where a batch's time goes, for the debug line below: prefetch, prepare, map, store
        const started = performance.now()
        const planned = await withRuntimeRpc(runtimes, cache, () =>
            prefetch(
                ctx.blocks as BatchBlock[],
                all.map((d) => d.planner),
                cache,
                node,
            ),
        )
        storageReads.inc({ stage: 'prefetch' }, planned.requests)
        const prefetched = performance.now()
        for (const domain of all) await domain.prepare?.()
        const prepared = performance.now()

        /**
         * Ends the block for one domain. A storage shape this release does not know stops that
         * domain for the block, not the processor: recorded for a later release to re-index from.
         */
        const endBlock = async <I, O>(domain: Domain<I, O>, block: Block, input: I, skipped: O): Promise<O> => {
            try {
                const out = await domain.endBlock(block, input)
                const unknown = domain.unknownShapes?.(block) ?? []
                if (unknown.length)
                    await failures.record(
                        domain.name,
                        block,
                        `${unknown.join(', ')}: a storage shape this release does not know (those columns are null)`,
                    )
                return out
            } catch (e) {
                if (!(e instanceof UnknownStorageShapeError)) throw e
                domain.skipBlock?.()
                await failures.record(domain.name, block, e.message)
                return skipped
            }
        }

        await withRuntimeRpc(runtimes, cache, async () => {
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

                for (const event of block.events) {
                    try {
                        await routeEvent(eventRouting, event)?.onEvent(event)
                    } catch (e) {
                        if (!(e instanceof UnknownEventVersionError)) throw e
                        ctx.log.warn(`skipped ${e.message} (block ${h.height}, event ${event.index})`)
                        unprocessedEvents.inc({ event: event.name, spec_version: String(h.specVersion) })
                        unprocessed.push(
                            new UnprocessedEvent({
                                id: eventId(h.height, event.index),
                                blockNumber: h.height,
                                name: event.name,
                                specVersion: h.specVersion,
                                reason: e.message,
                                args: JSON.stringify(event.args ?? null, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
                            }),
                        )
                    }
                }
                for (const call of block.calls) for (const d of all) if (d.handlesCall?.(call)) d.onCall?.(call)

                const reconcileAll = firstBlockOfRun || isRuntimeUpgrade(h)
                const changed = await registrations.endBlock(h, { reconcileAll })
                // uids that changed hands may have had their weights cleared by the chain, a removed
                // subnet its commits
                await endBlock(
                    weights,
                    h,
                    {
                        recheck: reconcileAll ? 'all' : changed.changedNetuids.size ? changed.changedNetuids : undefined,
                        removedNetuids: changed.removedNetuids,
                    },
                    undefined,
                )
                const epochs = await endBlock(
                    emissions,
                    h,
                    { netuids: changed.netuids, hotkeysOf: (netuid) => registrations.hotkeysOf(netuid) },
                    { epoch: [], afterEpoch: [] },
                )
                await endBlock(pools, h, changed.netuids, undefined)
                // epochs pay into the pools of the subnet's hotkeys with no event (and, before dTAO,
                // into every nominator's stake); a hotkey swap re-keys every position of the old hotkey
                await payPools([...epochs.epoch, ...epochs.afterEpoch])
                const wholeHotkeys = new Set<string>(changed.swappedHotkeys)
                if (stakeEra(h) === 'legacy') {
                    // a registration may come with stake (sudo_register); a hotkey that loses its last
                    // uid is unstaked with no event
                    for (const hotkey of [...changed.registeredHotkeys, ...changed.deregisteredHotkeys]) wholeHotkeys.add(hotkey)
                }
                const allPositions = isRuntimeUpgrade(h) || (firstBlockOfRun && (await stakes.isEmpty()))
                await endBlock(
                    stakes,
                    h,
                    {
                        scope: allPositions ? { all: true } : { hotkeys: [...wholeHotkeys], pools: paidPools },
                        removedNetuids: changed.removedNetuids,
                    },
                    undefined,
                )
                firstBlockOfRun = false
            }
        })
        storageReads.inc({ stage: 'on_demand' }, cache.misses.requests)
        const mapped = performance.now()
        await bulkInsert(store, blocks)
        await bulkInsert(store, unprocessed)
        for (const domain of all) await domain.flush()
        await failures.flush()
        const ms = (from: number, to: number) => `${Math.round(to - from)} ms`
        ctx.log.debug(
            `storage: ${planned.requests} prefetch requests (${planned.keys} keys, ${planned.rounds} rounds), ` +
                `${cache.misses.requests} on demand (${cache.misses.keys} keys) for ${ctx.blocks.length} blocks` +
                (cache.misses.requests ? `; on demand by item: ${JSON.stringify(Object.fromEntries(cache.misses.byItem))}` : '') +
                `; time: prefetch ${ms(started, prefetched)}, prepare ${ms(prefetched, prepared)}, ` +
                `map ${ms(prepared, mapped)}, store ${ms(mapped, performance.now())}`,
        )
        for (const f of failures.recorded) {
            ctx.log.warn(
                `${f.domain}: storage not readable in spec ${f.specVersion} (blocks ${f.firstBlock}..${f.lastBlock} so far; other domains indexed them): ${f.reason}`,
            )
        }
        if (stakes.unbalancedPools.length) {
            ctx.log.info(
                `stakes: shares of ${stakes.unbalancedPools.length} pools did not add up (block:pool ${stakes.unbalancedPools.slice(0, 5).join(', ')}); their hotkeys were read whole`,
            )
        }
        await recordIndexerHead(ctx)
    }
}
