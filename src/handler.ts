/**
 * The batch handler: blocks in chain order -> each domain's decode/map -> one store write per
 * entity type at the end of the batch (same transaction as the processor's progress marker).
 */
import type { Store } from '@subsquid/typeorm-store'
import type { Block, ProcessorContext } from './processor'
import { StakeEvent } from './model'
import { isStakeEvent, stakeEventRows } from './domains/stakes'
import { RegistrationsBatch } from './domains/registrations'
import { WeightsBatch } from './domains/weights'
import { UnknownEventVersionError } from './util/errors'

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
        const registrations = new RegistrationsBatch(ctx.store)
        const weights = new WeightsBatch(ctx.store)
        for (const block of ctx.blocks) {
            for (const event of block.events) {
                try {
                    if (isStakeEvent(event)) stakeEvents.push(stakeEventRows(event))
                    else if (RegistrationsBatch.isRelevant(event)) await registrations.onEvent(event)
                    else if (WeightsBatch.isRelevant(event)) await weights.onEvent(event)
                } catch (e) {
                    if (!(e instanceof UnknownEventVersionError)) throw e
                    ctx.log.warn(`skipped ${e.message} (block ${block.header.height}, event ${event.index})`)
                }
            }
            const upgraded = firstBlockOfRun || isRuntimeUpgrade(block.header)
            const reconcile = upgraded ? 'all' : registrations.needsReconcile(block.header)
            if (reconcile) await registrations.reconcile(block.header, reconcile)
            // uids that changed hands may have had their weights cleared by the chain
            await weights.endBlock(block.header, upgraded ? 'all' : registrations.changedInBlock.size ? new Set(registrations.changedInBlock) : undefined)
            registrations.endBlock()
            firstBlockOfRun = false
        }
        await ctx.store.insert(stakeEvents)
        await registrations.flush()
        await weights.flush()
    }
}
