/**
 * A JSON-RPC server (HTTP POST, single and batch, and WebSocket) that answers a sync's requests
 * from memory at full speed, so a benchmark measures the indexer and not a node. Two sources:
 *  - a synthetic chain (blocks + storage per height, see synthetic.ts);
 *  - a recording (request -> response pairs captured by recorder.ts from a real node).
 */
import * as http from 'http'
import { AddressInfo } from 'net'
import { WebSocketServer } from 'ws'
import { EVENTS_KEY, RUNTIME_VERSION, SyntheticChain } from './synthetic'

export type Answer = (method: string, params: any[]) => unknown

export class RpcMiss extends Error {}

/** Answers from a synthetic chain, the way a Substrate archive node would. */
export function syntheticAnswers(chain: SyntheticChain): Answer {
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
        return key === EVENTS_KEY ? b.events : chain.storage.get(key, b.height)
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
                return chain.storage.keysPaged(prefix ?? '0x', Number(count), startKey, at(hash).height)
            }
            default:
                throw new RpcMiss(`Method not found: ${method}`)
        }
    }
}

const SERVED = [
    'system_chain', 'rpc_methods', 'chain_getFinalizedHead', 'chain_getHead', 'chain_getBlockHash', 'chain_getHeader',
    'chain_getBlock', 'state_getRuntimeVersion', 'state_getMetadata', 'state_getStorage', 'state_getStorageAt',
    'state_queryStorageAt', 'state_getKeysPaged',
]

/** The key a recording files a request under. */
export function requestKey(method: string, params: unknown): string {
    return `${method} ${JSON.stringify(params ?? [])}`
}

/** Answers from a recording: exact method + params, else an error naming the missing request. */
export function recordedAnswers(recording: Record<string, unknown>): Answer {
    return (method, params) => {
        const k = requestKey(method, params)
        if (!(k in recording)) throw new RpcMiss(`not in the recording: ${k.slice(0, 200)}`)
        return recording[k]
    }
}

export interface ReplayServer {
    url: string
    wsUrl: string
    /** requests answered, by method */
    counts: Map<string, number>
    /** requests it had no answer for (messages) */
    misses: string[]
    close(): Promise<void>
}

export async function startReplayServer(answer: Answer, port = 0): Promise<ReplayServer> {
    const counts = new Map<string, number>()
    const misses: string[] = []
    const one = (req: any) => {
        counts.set(req?.method, (counts.get(req?.method) ?? 0) + 1)
        try {
            return { jsonrpc: '2.0', id: req.id, result: answer(req.method, req.params ?? []) }
        } catch (e: any) {
            if (!(e instanceof RpcMiss)) throw e
            misses.push(e.message)
            return { jsonrpc: '2.0', id: req.id, error: { code: -32601, message: e.message } }
        }
    }
    const handle = (body: string): string => {
        const req = JSON.parse(body)
        return JSON.stringify(Array.isArray(req) ? req.map(one) : one(req))
    }
    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = []
        req.on('data', (c) => chunks.push(c))
        req.on('end', () => {
            let out: string
            try {
                out = handle(Buffer.concat(chunks).toString())
            } catch (e: any) {
                res.writeHead(400).end(String(e?.message ?? e))
                return
            }
            res.writeHead(200, { 'content-type': 'application/json' }).end(out)
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
                const notification = m[1] === 'FinalizedHeads' ? 'chain_finalizedHead' : m[1] === 'NewHeads' ? 'chain_newHead' : 'chain_allHead'
                ws.send(JSON.stringify({ jsonrpc: '2.0', method: notification, params: { subscription: id, result: head } }))
                return
            }
            if (/^chain_unsubscribe/.test(req.method ?? '')) {
                ws.send(JSON.stringify({ jsonrpc: '2.0', id: req.id, result: true }))
                return
            }
            ws.send(handle(data.toString()))
        })
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    const p = (server.address() as AddressInfo).port
    return {
        url: `http://127.0.0.1:${p}`,
        wsUrl: `ws://127.0.0.1:${p}`,
        counts,
        misses,
        close: async () => {
            for (const c of wss.clients) c.terminate()
            wss.close()
            server.closeAllConnections()
            await new Promise<void>((resolve) => server.close(() => resolve()))
        },
    }
}
