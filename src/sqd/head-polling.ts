/**
 * Heads are polled, over ws as over http, instead of followed with chain_subscribeNewHeads: SQD's
 * subscription path drops heads that are already final when announced (Chopsticks finalizes each
 * block at once, so a ws processor stopped at its first head), and a real node's subscription that
 * goes quiet without closing the socket would stall it too. A poll is one small request per
 * interval and a dropped connection is reopened by the RPC client's retries.
 *
 * Written for @subsquid/substrate-processor 8.5.1 (src/sqd/versions.ts): SQD picks subscriptions
 * whenever its client supports notifications and has no setting for this, so the processor's own
 * (memoized, private) getChainRpcClient() is wrapped to say the client does not.
 */
import type { SubstrateBatchProcessor } from '@subsquid/substrate-processor'

export function pollHeads(processor: SubstrateBatchProcessor<any>, intervalMs: number): void {
    processor.setRpcDataIngestionSettings({ headPollInterval: intervalMs })
    const p = processor as unknown as { getChainRpcClient?: () => { supportsNotifications(): boolean } }
    const client = p.getChainRpcClient
    if (typeof client !== 'function') {
        throw new Error('@subsquid/substrate-processor has no getChainRpcClient() any more (see src/sqd/head-polling.ts)')
    }
    p.getChainRpcClient = function () {
        const c = client.call(this)
        c.supportsNotifications = () => false
        return c
    }
}
