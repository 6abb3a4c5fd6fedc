/**
 * Larger batches while catching up. SQD's RPC ingest cuts the chain into splits of 10 blocks and the
 * runner hands each split to the handler as its own batch, so every 10 blocks pay the handler's
 * fixed costs again: a prefetch round trip per planning round, one database round trip per table
 * and lookup, one transaction. Here the data source keeps reading ahead while the handler works,
 * and the handler is given everything read so far (up to a block limit) as one batch.
 *
 * Written for @subsquid/substrate-processor 8.5.1 (src/sqd/versions.ts): the processor builds its
 * data sources in the (memoized, private) getRpcDataSource() and getArchiveDataSource(); both are
 * wrapped so that getFinalizedBlocks() yields coalesced batches. Hot (unfinalized) blocks keep
 * SQD's own path.
 */
import type { SubstrateBatchProcessor } from '@subsquid/substrate-processor'

export interface SourceBatch<B> {
    blocks: B[]
    isHead: boolean
}

/**
 * Reads `source` ahead in the background (at most `maxBlocks` blocks waiting) and yields, each time
 * the consumer asks, every batch already read, joined, up to `maxBlocks` blocks (a single larger
 * batch is passed on whole). Batches stay in order; a batch that reached the head ends a join.
 */
export async function* coalesceBatches<B>(source: AsyncIterable<SourceBatch<B>>, maxBlocks: number): AsyncGenerator<SourceBatch<B>> {
    const it = source[Symbol.asyncIterator]()
    const queue: SourceBatch<B>[] = []
    let queuedBlocks = 0
    let finished = false
    let failure: { error: unknown } | undefined
    let wakeConsumer: (() => void) | undefined
    let wakeReader: (() => void) | undefined
    let stopped = false

    const reader = (async () => {
        try {
            while (!stopped) {
                if (queuedBlocks >= maxBlocks) {
                    await new Promise<void>((resolve) => (wakeReader = resolve))
                    continue
                }
                const next = await it.next()
                if (next.done) break
                queue.push(next.value)
                queuedBlocks += next.value.blocks.length
                wakeConsumer?.()
            }
        } catch (error) {
            failure = { error }
        } finally {
            finished = true
            wakeConsumer?.()
        }
    })()

    try {
        while (true) {
            if (queue.length === 0) {
                if (failure) throw failure.error
                if (finished) return
                await new Promise<void>((resolve) => (wakeConsumer = resolve))
                wakeConsumer = undefined
                continue
            }
            const first = queue.shift()!
            const blocks = first.blocks.slice()
            let isHead = first.isHead
            while (queue.length && !isHead && blocks.length + queue[0].blocks.length <= maxBlocks) {
                const next = queue.shift()!
                for (const b of next.blocks) blocks.push(b)
                isHead = next.isHead
            }
            queuedBlocks -= blocks.length
            wakeReader?.()
            wakeReader = undefined
            yield { blocks, isHead }
        }
    } finally {
        stopped = true
        wakeReader?.()
        await it.return?.(undefined)
        await reader
    }
}

interface DataSourceLike {
    getFinalizedBlocks(requests: unknown, stopOnHead?: boolean): AsyncIterable<SourceBatch<unknown>>
}

const COALESCED = Symbol('taoindex.coalesced')

export function coalesceProcessorBatches(processor: SubstrateBatchProcessor<any>, maxBlocks: number): void {
    if (maxBlocks <= 10) return // SQD's own splits are 10 blocks
    const p = processor as unknown as Record<string, unknown>
    for (const factory of ['getRpcDataSource', 'getArchiveDataSource']) {
        const original = p[factory]
        if (typeof original !== 'function') {
            throw new Error(`@subsquid/substrate-processor has no ${factory}() any more (see src/sqd/batch-coalescing.ts)`)
        }
        p[factory] = function (this: unknown) {
            const ds = (original as () => DataSourceLike & { [COALESCED]?: true }).call(this)
            if (ds && !ds[COALESCED]) {
                const getFinalizedBlocks = ds.getFinalizedBlocks.bind(ds)
                ds.getFinalizedBlocks = (requests, stopOnHead) => coalesceBatches(getFinalizedBlocks(requests, stopOnHead), maxBlocks)
                ds[COALESCED] = true
            }
            return ds
        }
    }
}
