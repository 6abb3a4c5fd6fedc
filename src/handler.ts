/**
 * The batch handler: blocks in chain order -> each domain's decode/map -> one store write per
 * entity type at the end of the batch (same transaction as the processor's progress marker).
 */
import type { Store } from '@subsquid/typeorm-store'
import type { Block, ProcessorContext } from './processor'
import { Block as BlockRow, StakeEvent, UnprocessedEvent } from './model'
import { blockTime, eventId, heightKey } from './util/ids'
import { isStakeEvent, linkPairs, PositionsBatch, stakeEvent } from './domains/stakes'
import { RegistrationsBatch } from './domains/registrations'
import { WeightsBatch } from './domains/weights'
import { EmissionsBatch } from './domains/emissions'
import { PoolsBatch } from './domains/pools'
import { UnknownEventVersionError } from './util/errors'
import { unprocessedEvents } from './util/metrics'
import { recordIndexerHead } from './db/head'

/** Matched by name and decoded by field name: the struct's fields are stable across its versions. */
const COLDKEY_SWAPPED = 'SubtensorModule.ColdkeySwapped'
/** Renumbers uids with no event (admin-utils, from spec 320) */
export const TRIM_UIDS = 'AdminUtils.sudo_trim_to_max_allowed_uids'

/** The first block executed by a new runtime: its migrations may rewrite any storage. */
export function isRuntimeUpgrade(block: Block): boolean {
    return block._runtimeOfPrevBlock.specVersion !== block.specVersion
}

export function createHandler() {
    // Storage is re-read on the first block of every run: it imports the state a chain started
    // with (genesis, or START_BLOCK) and re-checks it after a restart.
    let firstBlockOfRun = true

    return async (ctx: ProcessorContext<Store>) => {
        const stakeEvents: StakeEvent[] = []
        const unprocessed: UnprocessedEvent[] = []
        const registrations = new RegistrationsBatch(ctx.store)
        const weights = new WeightsBatch(ctx.store)
        const pools = new PoolsBatch(ctx.store)
        const emissions = new EmissionsBatch(ctx.store, pools)
        const blocks: BlockRow[] = []
        const positions = new PositionsBatch(ctx.store)
        for (const block of ctx.blocks) {
            const h = block.header
            blocks.push(
                new BlockRow({ id: heightKey(h.height), height: h.height, hash: h.hash, parentHash: h.parentHash, timestamp: blockTime(h), specVersion: h.specVersion }),
            )
            const blockStakeEvents: StakeEvent[] = []
            for (const event of block.events) {
                try {
                    if (isStakeEvent(event)) {
                        const { row, keys } = stakeEvent(event)
                        blockStakeEvents.push(row)
                        for (const k of keys) positions.touch(k.coldkey, k.hotkey, k.netuid)
                    }
                    else if (RegistrationsBatch.isRelevant(event)) await registrations.onEvent(event)
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
                if (call.name === TRIM_UIDS && call.success && call.args?.netuid != null) registrations.trimmedInBlock.add(Number(call.args.netuid))
            }
            linkPairs(blockStakeEvents)
            stakeEvents.push(...blockStakeEvents)
            const upgraded = firstBlockOfRun || isRuntimeUpgrade(block.header)
            const reconcile = upgraded ? 'all' : registrations.needsReconcile(block.header)
            if (reconcile) await registrations.reconcile(block.header, reconcile)
            // uids that changed hands may have had their weights cleared by the chain
            await weights.endBlock(block.header, upgraded ? 'all' : registrations.changedInBlock.size ? new Set(registrations.changedInBlock) : undefined)
            const epochs = await emissions.onBlock(block.header, await registrations.activeNetuids(), (netuid) => registrations.hotkeysOf(netuid))
            // epochs pay into the pools of the subnet's hotkeys with no event: re-read their positions
            // ... a hotkey swap re-keys every position of the old hotkey, and a registration may
            // come with stake (sudo_register before dTAO)
            const epochHotkeys = new Set<string>([...registrations.swappedHotkeys(), ...registrations.registeredHotkeys])
            for (const netuid of [...epochs.epoch, ...epochs.afterEpoch]) {
                for (const h of (await registrations.hotkeysOf(netuid)).values()) epochHotkeys.add(h)
            }
            for (const netuid of registrations.removedInBlock) positions.touchNetuid(netuid)
            const allPositions = isRuntimeUpgrade(block.header) || (firstBlockOfRun && (await positions.isEmpty()))
            await positions.endBlock(block.header, allPositions ? { all: true } : epochHotkeys.size ? { all: false, hotkeys: [...epochHotkeys] } : undefined)
            registrations.endBlock()
            firstBlockOfRun = false
        }
        await ctx.store.insert(blocks)
        await ctx.store.insert(stakeEvents)
        await ctx.store.insert(unprocessed)
        await registrations.flush()
        await weights.flush()
        await emissions.flush()
        await pools.flush()
        await positions.flush()
        await recordIndexerHead(ctx)
    }
}
