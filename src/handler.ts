/**
 * The batch handler: blocks in chain order -> each domain's decode/map -> one store write per
 * entity type at the end of the batch (same transaction as the processor's progress marker).
 */
import type { Store } from '@subsquid/typeorm-store'
import type { ProcessorContext } from './processor'
import { StakeEvent } from './model'
import { isStakeEvent, stakeEventRows } from './domains/stakes'
import { RegistrationsBatch } from './domains/registrations'
import { UnknownEventVersionError } from './util/errors'

export function createHandler() {
    // Storage is re-read on the first block of every run: it imports the state a chain started
    // with (genesis, or START_BLOCK) and re-checks it after a restart.
    let firstBlockOfRun = true

    return async (ctx: ProcessorContext<Store>) => {
        const stakeEvents: StakeEvent[] = []
        const registrations = new RegistrationsBatch(ctx.store)
        for (const block of ctx.blocks) {
            for (const event of block.events) {
                try {
                    if (isStakeEvent(event)) stakeEvents.push(stakeEventRows(event))
                    else if (RegistrationsBatch.isRelevant(event)) await registrations.onEvent(event)
                } catch (e) {
                    if (!(e instanceof UnknownEventVersionError)) throw e
                    ctx.log.warn(`skipped ${e.message} (block ${block.header.height}, event ${event.index})`)
                }
            }
            const reconcile = firstBlockOfRun ? 'all' : registrations.needsReconcile(block.header)
            if (reconcile) await registrations.reconcile(block.header, reconcile)
            registrations.endBlock()
            firstBlockOfRun = false
        }
        await ctx.store.insert(stakeEvents)
        await registrations.flush()
    }
}
