/**
 * A JSON-RPC server (HTTP POST, single and batch, and WebSocket) that answers a sync's requests
 * from memory. By default it behaves like an archive node over a network rather than a local cache:
 * each request (an HTTP body, single or batch, or a ws message) costs a fixed latency, plus an
 * optional cost per storage key, and only so many requests are served at once (a node's connection
 * limit); the rest wait in a queue. With latency 0 and no cap it answers at full speed. Two sources:
 *  - a synthetic chain (blocks + storage per height, see synthetic.ts);
 *  - a recording (request -> response pairs captured by recorder.ts from a real node).
 */
import * as http from 'http'
import { AddressInfo } from 'net'
import { WebSocketServer } from 'ws'
import { Runtime } from '@subsquid/substrate-runtime'
import { EVENTS_KEY, RUNTIME_VERSION, SyntheticChain } from './synthetic'

export type Answer = (method: string, params: any[]) => unknown

export class RpcMiss extends Error {}

/** A storage key of an item the synthetic chain does not generate: answering null would hide it. */
export class NotModelled extends RpcMiss {}

/** 0x + twox128(pallet) + twox128(item): 66 characters */
const ITEM_PREFIX = 66

/**
 * Which storage item a key belongs to, and whether the chain models it: a key of a modelled item
 * that has no value at the height is absent (null, as a node says); a key of any other item throws.
 */
function itemCheck(chain: SyntheticChain): (key: string) => void {
    const runtime = new Runtime(RUNTIME_VERSION, chain.metadata)
    const names = new Map<string, string>()
    for (const [pallet, p] of Object.entries(runtime.description.storage)) {
        for (const item of Object.keys(p.items)) {
            names.set(runtime.encodeStorageKey(`${pallet}.${item}` as any).slice(0, ITEM_PREFIX), `${pallet}.${item}`)
        }
    }
    const modelled = new Set(chain.items.map((n) => runtime.encodeStorageKey(n as any).slice(0, ITEM_PREFIX)))
    modelled.add(EVENTS_KEY)
    return (key) => {
        if (key.length < ITEM_PREFIX || modelled.has(key.slice(0, ITEM_PREFIX))) return
        const name = names.get(key.slice(0, ITEM_PREFIX))
        throw new NotModelled(
            name
                ? `the synthetic chain does not model storage item ${name} (key ${key.slice(0, 80)}...): add it to tools/bench/synthetic.ts`
                : `storage key ${key.slice(0, 80)}... belongs to no item of the runtime`,
        )
    }
}

/** Answers from a synthetic chain, the way a Substrate archive node would. */
export function syntheticAnswers(chain: SyntheticChain): Answer {
    const check = itemCheck(chain)
    const byHash = new Map(chain.blocks.map((b) => [b.hash, b]))
    const head = chain.blocks[chain.blocks.length - 1]
    const at = (hash: string | undefined) => {
        if (hash == null) return head
        const b = byHash.get(hash)
        if (!b) throw new RpcMiss(`Header was not found: block ${hash} not found`)
        return b
    }
    const value = (key: string, hash: string | undefined) => {
        const b = at(hash)
        if (key === EVENTS_KEY) return b.events
        check(key)
        return chain.storage.get(key, b.height)
    }
    return (method, params) => {
        switch (method) {
            case 'system_chain':
                return 'taoindex synthetic'
            case 'rpc_methods':
                return { methods: [...SERVED] }
            case 'chain_getFinalizedHead':
            case 'chain_getHead':
                return head.hash
            case 'chain_getBlockHash': {
                const h = params[0] == null ? head.height : typeof params[0] === 'string' ? parseInt(params[0], 16) : Number(params[0])
                return chain.blocks[h]?.hash ?? null
            }
            case 'chain_getHeader':
                return byHash.get(params[0] ?? head.hash)?.header ?? null
            case 'chain_getBlock': {
                const b = byHash.get(params[0] ?? head.hash)
                return b ? { block: { header: b.header, extrinsics: b.extrinsics }, justifications: null } : null
            }
            case 'state_getRuntimeVersion':
                at(params[0])
                return RUNTIME_VERSION
            case 'state_getMetadata':
                at(params[0])
                return chain.metadata
            case 'state_getStorage':
            case 'state_getStorageAt':
                return value(params[0], params[1])
            case 'state_queryStorageAt': {
                const b = at(params[1])
                return [{ block: b.hash, changes: (params[0] as string[]).map((k) => [k, value(k, b.hash)]) }]
            }
            case 'state_getKeysPaged':
            case 'state_getKeysPagedAt': {
                const [prefix, count, startKey, hash] = params
                check(prefix ?? '0x')
                return chain.storage.keysPaged(prefix ?? '0x', Number(count), startKey, at(hash).height)
            }
            default:
                throw new RpcMiss(`Method not found: ${method}`)
        }
    }
}

const SERVED = [
    'system_chain',
    'rpc_methods',
    'chain_getFinalizedHead',
    'chain_getHead',
    'chain_getBlockHash',
    'chain_getHeader',
    'chain_getBlock',
    'state_getRuntimeVersion',
    'state_getMetadata',
    'state_getStorage',
    'state_getStorageAt',
    'state_queryStorageAt',
    'state_getKeysPaged',
]

/** The key a recording files a request under. */
export function requestKey(method: string, params: unknown): string {
    return `${method} ${JSON.stringify(params ?? [])}`
}

/** Answers from a recording: exact method + params, else an error naming the missing request. */
export function recordedAnswers(recording: Record<string, unknown>): Answer {
    // Storage values by (block, key), from every recorded state_queryStorageAt: a node answers any
    // set of keys, and the indexer groups its keys per batch, which differs between two syncs.
    const values = new Map<string, string | null>()
    for (const [k, result] of Object.entries(recording)) {
        if (!k.startsWith('state_queryStorageAt ')) continue
        for (const { block, changes } of (result as { block: string; changes: [string, string | null][] }[]) ?? []) {
            for (const [key, value] of changes) values.set(`${block}|${key}`, value)
        }
    }
    return (method, params) => {
        const k = requestKey(method, params)
        if (k in recording) return recording[k]
        if (method === 'state_queryStorageAt') {
            const [keys, hash] = params as [string[], string]
            if (keys.every((key) => values.has(`${hash}|${key}`))) {
                return [{ block: hash, changes: keys.map((key) => [key, values.get(`${hash}|${key}`)]) }]
            }
        }
        throw new RpcMiss(`not in the recording: ${k.slice(0, 200)}`)
    }
}

export interface NodeModel {
    /** charged once per request (HTTP body or ws message), whatever it holds */
    latencyMs: number
    /** requests served at once; the rest wait in a FIFO queue. 0 = no cap */
    maxInFlight: number
    /** added per storage key a request reads or returns (queryStorageAt keys, paged keys) */
    perKeyUs: number
}

export const ARCHIVE_NODE: NodeModel = { latencyMs: 20, maxInFlight: 16, perKeyUs: 0 }
export const NO_LATENCY: NodeModel = { latencyMs: 0, maxInFlight: 0, perKeyUs: 0 }

export function describeNodeModel(m: NodeModel): string {
    const cap = m.maxInFlight > 0 ? `${m.maxInFlight} in flight` : 'no in-flight cap'
    return `latency ${m.latencyMs} ms, ${cap}${m.perKeyUs ? `, ${m.perKeyUs} us per key` : ''}`
}

/** Storage keys a request touches, for the per-key cost. */
function keysOf(req: any, result: unknown): number {
    switch (req?.method) {
        case 'state_queryStorageAt':
            return Array.isArray(req.params?.[0]) ? req.params[0].length : 0
        case 'state_getStorage':
        case 'state_getStorageAt':
            return 1
        case 'state_getKeysPaged':
        case 'state_getKeysPagedAt':
            return Array.isArray(result) ? result.length : 0
        default:
            return 0
    }
}

/** A FIFO semaphore: at most `n` holders, the others queued in arrival order. */
class Slots {
    private busy = 0
    private queue: (() => void)[] = []
    /** the most requests that waited at once, for the report */
    maxQueued = 0

    constructor(private n: number) {}

    async acquire(): Promise<void> {
        if (this.n <= 0 || this.busy < this.n) {
            this.busy++
            return
        }
        await new Promise<void>((resolve) => {
            this.queue.push(resolve)
            this.maxQueued = Math.max(this.maxQueued, this.queue.length)
        })
    }

    release(): void {
        const next = this.queue.shift()
        if (next) next()
        else this.busy--
    }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export interface ReplayServer {
    url: string
    wsUrl: string
    /** requests answered, by method */
    counts: Map<string, number>
    /** requests it had no answer for (messages) */
    misses: string[]
    model: NodeModel
    /** requests (HTTP bodies, ws messages) served, and the most that waited for a slot at once */
    served(): { requests: number; maxQueued: number }
    close(): Promise<void>
}

export async function startReplayServer(answer: Answer, port = 0, model: NodeModel = NO_LATENCY): Promise<ReplayServer> {
    const counts = new Map<string, number>()
    const misses: string[] = []
    const slots = new Slots(model.maxInFlight)
    let requests = 0
    let keys = 0
    const one = (req: any) => {
        counts.set(req?.method, (counts.get(req?.method) ?? 0) + 1)
        try {
            const result = answer(req.method, req.params ?? [])
            keys += keysOf(req, result)
            return { jsonrpc: '2.0', id: req.id, result }
        } catch (e: any) {
            if (!(e instanceof RpcMiss)) throw e
            misses.push(e.message)
            return { jsonrpc: '2.0', id: req.id, error: { code: -32601, message: e.message } }
        }
    }
    /** One request: waits for a slot, answers, then holds the slot for the modelled service time. */
    const handle = async (body: string): Promise<string> => {
        await slots.acquire()
        try {
            requests++
            const before = keys
            const req = JSON.parse(body)
            const out = JSON.stringify(Array.isArray(req) ? req.map(one) : one(req))
            const ms = model.latencyMs + ((keys - before) * model.perKeyUs) / 1000
            if (ms > 0) await sleep(ms)
            return out
        } finally {
            slots.release()
        }
    }
    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = []
        req.on('data', (c) => chunks.push(c))
        req.on('end', () => {
            handle(Buffer.concat(chunks).toString()).then(
                (out) => res.writeHead(200, { 'content-type': 'application/json' }).end(out),
                (e: any) => res.writeHead(400).end(String(e?.message ?? e)),
            )
        })
    })
    const wss = new WebSocketServer({ server })
    let subscription = 0
    wss.on('connection', (ws) => {
        ws.on('message', (data) => {
            const req = JSON.parse(data.toString())
            // head subscriptions: one notification with the (fixed) head, as a node would send first
            const m = /^chain_subscribe(FinalizedHeads|NewHeads|AllHeads)$/.exec(req.method ?? '')
            if (m) {
                const id = `sub${++subscription}`
                ws.send(JSON.stringify({ jsonrpc: '2.0', id: req.id, result: id }))
                let head: unknown = null
                try {
                    head = answer('chain_getHeader', [])
                } catch {
                    // a recording may not hold the head request; the client then polls
                }
                const notification = { FinalizedHeads: 'chain_finalizedHead', NewHeads: 'chain_newHead', AllHeads: 'chain_allHead' }[m[1]]
                ws.send(JSON.stringify({ jsonrpc: '2.0', method: notification, params: { subscription: id, result: head } }))
                return
            }
            if (/^chain_unsubscribe/.test(req.method ?? '')) {
                ws.send(JSON.stringify({ jsonrpc: '2.0', id: req.id, result: true }))
                return
            }
            handle(data.toString()).then(
                (out) => ws.send(out),
                (e: any) => {
                    const error = { code: -32700, message: String(e?.message ?? e) }
                    ws.send(JSON.stringify({ jsonrpc: '2.0', id: req.id ?? null, error }))
                },
            )
        })
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    const p = (server.address() as AddressInfo).port
    return {
        url: `http://127.0.0.1:${p}`,
        wsUrl: `ws://127.0.0.1:${p}`,
        counts,
        misses,
        model,
        served: () => ({ requests, maxQueued: slots.maxQueued }),
        close: async () => {
            for (const c of wss.clients) c.terminate()
            wss.close()
            server.closeAllConnections()
            await new Promise<void>((resolve) => server.close(() => resolve()))
        },
    }
}
