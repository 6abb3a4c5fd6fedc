/**
 * The processor of src/main.ts for benchmarks: same data selection, database and handler, but
 *  - stops at BENCH_TO (block height) instead of following the head;
 *  - BENCH_HANDLER=noop swaps the handler for one that only iterates the batch's items;
 *  - times the stages by wrapping library methods (no change to the product code paths):
 *      fetch  = RPC round trips (ingest: blocks, events, runtime; handler: storage reads, i.e. the
 *               prefetch stage's wall time plus the reads made while mapping),
 *      decode = SQD's block parser (SCALE -> events/calls/extrinsics),
 *      map    = handler time not spent in storage reads or store calls,
 *      store  = typeorm-store calls and bulk writes (src/db/bulk.ts) made by the handler + the
 *               batch transaction around it;
 *  - writes its figures as JSON to BENCH_STATS at exit.
 * Ingest (fetch + decode of the next batches) runs concurrently with the handler, so stage times
 * can add up to more than the wall time.
 */
import * as fs from 'fs'
import { TypeormDatabase } from '@subsquid/typeorm-store'
import { Store } from '@subsquid/typeorm-store/lib/store'
import { RpcClient } from '@subsquid/rpc-client'
import { Parser } from '@subsquid/substrate-data/lib/parser'
import { exportDbEnv, readProcessorConfig } from '../../src/config'
import { createProcessor } from '../../src/processor'
import type { ProcessorContext } from '../../src/block'
import { applyMigrations, enableRoleLogin } from '../../src/db/migrate'
import { createHandler } from '../../src/handler'
import { EVENTS_KEY } from './synthetic'
import * as prefetchModule from '../../src/indexer/prefetch'
import * as bulkModule from '../../src/db/bulk'
import { StorageCache } from '../../src/indexer/storage-cache'
import { unbalancedPools } from '../../src/util/metrics'

export interface StageStats {
    handler: 'full' | 'noop'
    wallMs: number
    blocks: number
    events: number
    calls: number
    batches: number
    ingestRpcMs: number
    ingestRpcCalls: number
    decodeMs: number
    handlerMs: number
    handlerRpcMs: number
    handlerRpcCalls: number
    storeMs: number
    /** store time and calls by operation and entity, e.g. "find Neuron", "bulkInsert WeightSet" */
    storeByOp: Record<string, { ms: number; calls: number }>
    /** reads the mapping made that the prefetch stage had not planned, by method and item key prefix */
    onDemandReads: Record<string, number>
    transactionMs: number
    maxRssBytes: number
    /** blocks of the first batch and when it was stored (ms from start): it may import a whole chain state */
    firstBatchBlocks: number
    firstBatchEndMs: number
    /** pools whose shares did not add up after a block, so every share of the hotkey was read again */
    unbalancedPools: number
}

const stats: StageStats = {
    handler: process.env.BENCH_HANDLER === 'noop' ? 'noop' : 'full',
    wallMs: 0,
    blocks: 0,
    events: 0,
    calls: 0,
    batches: 0,
    ingestRpcMs: 0,
    ingestRpcCalls: 0,
    decodeMs: 0,
    handlerMs: 0,
    handlerRpcMs: 0,
    handlerRpcCalls: 0,
    storeMs: 0,
    storeByOp: {},
    onDemandReads: {},
    transactionMs: 0,
    maxRssBytes: 0,
    firstBatchBlocks: 0,
    firstBatchEndMs: 0,
    unbalancedPools: 0,
}

/** Storage reads of the handler vs. the ingester's own requests (blocks, System.Events, runtime). */
function isHandlerRead(method: string, params: any[] | undefined): boolean {
    if (method === 'state_queryStorageAt' || method.startsWith('state_getKeys')) return true
    return method === 'state_getStorageAt' && params?.[0] !== EVENTS_KEY
}

/** calls of a wrapped function in progress: timings nested inside them are left out */
interface Active {
    calls: number
}

/** > 0 while a bulk write runs: its Store fallback is timed by the bulk wrapper */
const inBulk: Active = { calls: 0 }

function timeAsync<A extends any[], R>(fn: (...a: A) => Promise<R>, add: (ms: number, ...a: A) => void) {
    return async function (this: any, ...a: A): Promise<R> {
        const t = performance.now()
        try {
            return await fn.apply(this, a)
        } finally {
            add(performance.now() - t, ...a)
        }
    }
}

/** timeAsync that also counts the calls in progress in `active` */
function timeActive<A extends any[], R>(fn: (...a: A) => Promise<R>, active: Active, add: (ms: number, ...a: A) => void) {
    const counted = async function (this: any, ...a: A): Promise<R> {
        active.calls++
        try {
            return await fn.apply(this, a)
        } finally {
            active.calls--
        }
    }
    return timeAsync<A, R>(counted, (ms: number, ...a: A) => add(ms, ...a))
}

/**
 * The handler's prefetch stage issues its reads side by side: its wall time is what they cost, not
 * the sum of their durations. Reads while mapping (not planned) are one after another: their sum.
 */
const inPrefetch: Active = { calls: 0 }

/** the entity a store call is about: a class (find), an entity or a list of them (insert, upsert) */
function entityName(target: any): string {
    const x = Array.isArray(target) ? target[0] : target
    if (x == null) return '(none)'
    return typeof x === 'function' ? x.name : (x.constructor?.name ?? '?')
}

function storeOp(key: string, ms: number) {
    const o = (stats.storeByOp[key] ??= { ms: 0, calls: 0 })
    o.ms += ms
    o.calls++
}

function instrument() {
    const rpc = RpcClient.prototype as any
    rpc.call = timeAsync(rpc.call, (ms, method: string, params?: any[]) => {
        if (isHandlerRead(method, params)) {
            if (!inPrefetch.calls) stats.handlerRpcMs += ms
            stats.handlerRpcCalls++
        } else {
            stats.ingestRpcMs += ms
            stats.ingestRpcCalls++
        }
    })
    const batchCall = rpc.batchCall
    rpc.batchCall = timeAsync(batchCall, (ms, batch: { method: string; params?: any[] }[]) => {
        // a batch of one goes through call() and is counted there
        if (batch.length <= 1) return
        if (batch.every((b) => isHandlerRead(b.method, b.params))) {
            if (!inPrefetch.calls) stats.handlerRpcMs += ms
            stats.handlerRpcCalls++
        } else {
            stats.ingestRpcMs += ms
            stats.ingestRpcCalls++
        }
    })
    const cache = StorageCache.prototype as any
    const miss = cache.miss
    if (typeof miss !== 'function') throw new Error('StorageCache.miss is gone: update tools/bench/processor.ts')
    cache.miss = function (this: unknown, method: string, key: string | undefined) {
        const item = `${method} ${key?.slice(0, 66) ?? ''}`
        stats.onDemandReads[item] = (stats.onDemandReads[item] ?? 0) + 1
        return miss.call(this, method, key)
    }
    const stage = prefetchModule as any
    stage.prefetch = timeActive(stage.prefetch, inPrefetch, (ms) => (stats.handlerRpcMs += ms))
    const parser = Parser.prototype as any
    const parseBlock = parser.parseBlock
    parser.parseBlock = timeAsync(parseBlock, (ms) => (stats.decodeMs += ms))
    const store = Store.prototype as any
    for (const m of [
        'insert',
        'upsert',
        'save',
        'remove',
        'find',
        'findBy',
        'findOne',
        'findOneBy',
        'findOneOrFail',
        'findOneByOrFail',
        'count',
        'countBy',
        'get',
    ]) {
        if (typeof store[m] !== 'function') continue
        store[m] = timeAsync(store[m], (ms, target: any) => {
            if (inBulk.calls) return
            stats.storeMs += ms
            storeOp(`${m} ${entityName(target)}`, ms)
        })
    }
    // bulk writes call the transaction's EntityManager directly, not the Store: time them too
    // (a bulk write that falls back to the Store is timed once, here)
    const bulk = bulkModule as any
    for (const m of ['bulkInsert', 'bulkUpsert'])
        bulk[m] = timeActive(bulk[m], inBulk, (ms, _store: unknown, rows: unknown) => {
            stats.storeMs += ms
            storeOp(`${m} ${entityName(rows)}`, ms)
        })
    const db = TypeormDatabase.prototype as any
    for (const m of ['transact', 'transactHot', 'transactHot2']) {
        if (typeof db[m] === 'function') db[m] = timeAsync(db[m], (ms) => (stats.transactionMs += ms))
    }
}

function noopHandler() {
    return async (ctx: ProcessorContext<any>) => {
        let n = 0
        for (const block of ctx.blocks) {
            for (const event of block.events) if (event.args !== undefined) n++
            for (const call of block.calls) if (call.args !== undefined) n++
            for (const ex of block.extrinsics) if (ex.hash) n++
        }
        return n
    }
}

async function main() {
    const config = readProcessorConfig()
    const to = Number(process.env.BENCH_TO)
    if (!Number.isInteger(to) || to < 0) throw new Error('BENCH_TO (last block height) is required')
    await applyMigrations(config.db)
    // as src/main.ts does: the API part of the benchmark logs in as this role
    await enableRoleLogin(config.db, 'taoindex_api', config.apiDbPassword)
    exportDbEnv(config.db)
    instrument()
    const inner = stats.handler === 'noop' ? noopHandler() : createHandler()
    const handler = async (ctx: ProcessorContext<Store>) => {
        const t = performance.now()
        await inner(ctx)
        stats.handlerMs += performance.now() - t
        stats.batches++
        for (const b of ctx.blocks) {
            stats.blocks++
            stats.events += b.events.length
            stats.calls += b.calls.length
        }
        stats.unbalancedPools = (await unbalancedPools.get()).values[0]?.value ?? 0
        if (stats.batches === 1) {
            stats.firstBatchBlocks = ctx.blocks.length
            // the batch's transaction commits after the handler returns: close enough for a rate over many batches
            stats.firstBatchEndMs = performance.now() - started
        }
    }
    const started = performance.now()
    process.on('exit', () => {
        stats.wallMs = performance.now() - started
        stats.maxRssBytes = process.resourceUsage().maxRSS * 1024
        if (process.env.BENCH_STATS) fs.writeFileSync(process.env.BENCH_STATS, JSON.stringify(stats, null, 2))
    })
    const processor = createProcessor(config).setBlockRange({ from: config.startBlock, to })
    processor.run(new TypeormDatabase({ supportHotBlocks: true }), handler)
}

main().catch((e) => {
    console.error(e)
    process.exit(1)
})
