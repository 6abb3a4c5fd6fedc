import type { Store } from '@subsquid/typeorm-store'
import type { ProcessorContext } from '../block'
import { batchTransaction } from '../sqd/typeorm-store'

/**
 * Records, in the batch's own transaction, what the API's indexerStatus reports besides SQD's
 * position: the runtime version of the batch's last block and the chain's height at that moment
 * (squid_processor.indexer_head, created by the ApiRole migration). At the head the last block is
 * the chain's height; behind it, one chain_getHeader per batch asks the node.
 */
export async function recordIndexerHead(ctx: ProcessorContext<Store>): Promise<void> {
    const last = ctx.blocks[ctx.blocks.length - 1]?.header
    if (!last) return
    let chainHeight = last.height
    if (!ctx.isHead) {
        const header: { number: string } = await last._runtime.rpc.call('chain_getHeader', [])
        chainHeight = Math.max(last.height, Number(header.number))
    }
    await batchTransaction(ctx.store).query(
        `INSERT INTO squid_processor.indexer_head (id, block_height, spec_version, chain_height, updated_at) VALUES (0, $1, $2, $3, now())
         ON CONFLICT (id) DO UPDATE SET block_height = $1, spec_version = $2, chain_height = $3, updated_at = now()`,
        [last.height, last.specVersion, chainHeight],
    )
}
