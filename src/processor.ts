import { SubstrateBatchProcessor } from '@subsquid/substrate-processor'
import { ProcessorConfig } from './config'
import { FIELDS } from './block'
import { pollHeads } from './sqd/head-polling'
import { coalesceProcessorBatches } from './sqd/batch-coalescing'
import { STAKE_EVENT_NAMES } from './domains/stakes/decode'
import { REGISTRATION_EVENT_NAMES } from './domains/registrations/decode'
import { WEIGHT_EVENT_NAMES } from './domains/weights/decode'

/**
 * One processor for all domains. Every domain declares the event names it needs; the processor asks
 * for those events together with their call (for the dispatch origin) and extrinsic (for the hash).
 */
export function createProcessor(config: ProcessorConfig) {
    const processor = new SubstrateBatchProcessor()
        .setRpcEndpoint({
            url: config.rpcEndpoint,
            rateLimit: config.rpcRateLimit,
            requestTimeout: config.rpcTimeoutMs,
            capacity: config.rpcMaxInFlight,
        })
        .setBlockRange({ from: config.startBlock })
        .addEvent({ name: [...STAKE_EVENT_NAMES, ...REGISTRATION_EVENT_NAMES, ...WEIGHT_EVENT_NAMES], call: true, extrinsic: true })
        // Every other event too, without its call: hyperparameter changes are matched by name
        // (SubtensorModule.*Set), so parameters added by future runtimes need no code.
        .addEvent({ extrinsic: true })
        .addCall({ name: ['AdminUtils.sudo_trim_to_max_allowed_uids'] })
        // Every block: uids and stake also change without events (upgrades, epochs), and the
        // emissions domain reads per-block storage.
        .includeAllBlocks()
        .setFields(FIELDS)
    pollHeads(processor, config.headPollMs ?? 1_000)
    coalesceProcessorBatches(processor, config.maxBatchBlocks ?? 100)
    // With a gateway, SQD Network serves the historical blocks with their events, calls and
    // extrinsics in bulk; the RPC then serves storage reads and the newest (unfinalized) blocks.
    return config.sqdGateway ? processor.setGateway(config.sqdGateway) : processor
}
