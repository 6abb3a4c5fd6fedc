/**
 * A JSON-RPC over HTTP proxy in front of a node that misbehaves the way public RPC endpoints do:
 * it drops connections, answers late or never, refuses with HTTP 429, and sends bodies that are not
 * JSON-RPC. Faults are drawn from a seeded generator, so a failing run can be repeated.
 */
import * as http from 'http'
import { AddressInfo } from 'net'

export type Fault = 'drop' | 'delay' | 'hang' | 'http429' | 'http503' | 'badJson' | 'html'

export interface FaultProxy {
    url: string
    /** requests forwarded untouched, and faults injected by kind */
    counts: Record<Fault | 'ok', number>
    close(): Promise<void>
}

/** `rates`: probability of each fault per request (their sum < 1); `hangMs` must exceed the client's timeout. */
/**
 * `finalityLag`: answer chain_getFinalizedHead with the block that many below the best head.
 * Chopsticks finalizes every block at once; a real GRANDPA chain finalizes a few blocks behind, and
 * only blocks above finality can be reorganised (and rolled back by the processor).
 */
export async function startFaultProxy(opts: {
    upstream: string
    seed: number
    rates: Partial<Record<Fault, number>>
    hangMs: number
    finalityLag?: number
    /** answer state reads at blocks below this height as a pruned node does (the state is discarded) */
    prunedBelow?: number
}): Promise<FaultProxy> {
    let seed = opts.seed
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const counts: Record<Fault | 'ok', number> = { ok: 0, drop: 0, delay: 0, hang: 0, http429: 0, http503: 0, badJson: 0, html: 0 }
    const timers = new Set<NodeJS.Timeout>()
    const sleep = (ms: number) =>
        new Promise<void>((r) => {
            const t = setTimeout(() => {
                timers.delete(t)
                r()
            }, ms)
            timers.add(t)
        })

    const pick = (): Fault | 'ok' => {
        let x = random()
        for (const [fault, rate] of Object.entries(opts.rates) as [Fault, number][]) {
            if (x < rate) return fault
            x -= rate
        }
        return 'ok'
    }

    const upstream = async (body: string) => {
        const up = await fetch(opts.upstream, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        return { status: up.status, type: up.headers.get('content-type') ?? 'application/json', text: await up.text() }
    }
    const call = async (method: string, params: unknown[]) =>
        JSON.parse((await upstream(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }))).text).result
    let finalizedHeight = 0
    /** the response with every chain_getFinalizedHead result replaced by the lagging block's hash */
    const withFinalityLag = async (request: string, response: string): Promise<string> => {
        const req = JSON.parse(request)
        const ids = new Set(
            (Array.isArray(req) ? req : [req]).filter((c: any) => c?.method === 'chain_getFinalizedHead').map((c: any) => c.id),
        )
        if (!ids.size) return response
        const head = parseInt((await call('chain_getHeader', [])).number, 16)
        // finality never goes back, even when the test moves the head back
        finalizedHeight = Math.max(finalizedHeight, head - opts.finalityLag!)
        const finalized = await call('chain_getBlockHash', [finalizedHeight])
        const replace = (r: any) => (ids.has(r?.id) && 'result' in r ? { ...r, result: finalized } : r)
        const res = JSON.parse(response)
        return JSON.stringify(Array.isArray(res) ? res.map(replace) : replace(res))
    }

    const heights = new Map<string, number | null>()
    const heightOf = async (hash: string) => {
        if (!heights.has(hash)) {
            const header = await call('chain_getHeader', [hash])
            heights.set(hash, header ? parseInt(header.number, 16) : null)
        }
        return heights.get(hash)!
    }
    /** the response with every state_* call at a block below prunedBelow answered by the error a pruned Substrate node gives */
    const asPruned = async (request: string, response: string): Promise<string> => {
        const req = JSON.parse(request)
        const pruned = new Map<unknown, string>()
        for (const c of Array.isArray(req) ? req : [req]) {
            const last = Array.isArray(c?.params) ? c.params[c.params.length - 1] : undefined
            if (!String(c?.method).startsWith('state_') || typeof last !== 'string' || !/^0x[0-9a-f]{64}$/i.test(last)) continue
            const height = await heightOf(last)
            if (height != null && height < opts.prunedBelow!) pruned.set(c.id, last)
        }
        if (!pruned.size) return response
        const error = (hash: string) => ({ code: 4003, message: `Client error: UnknownBlock: State already discarded for ${hash}` })
        const replace = (r: any) => (pruned.has(r?.id) ? { jsonrpc: '2.0', id: r.id, error: error(pruned.get(r.id)!) } : r)
        const res = JSON.parse(response)
        return JSON.stringify(Array.isArray(res) ? res.map(replace) : replace(res))
    }

    const forward = async (body: Buffer, res: http.ServerResponse) => {
        const up = await upstream(body.toString())
        let text = opts.finalityLag != null && up.status === 200 ? await withFinalityLag(body.toString(), up.text) : up.text
        if (opts.prunedBelow != null && up.status === 200) text = await asPruned(body.toString(), text)
        res.writeHead(up.status, { 'content-type': up.type })
        res.end(text)
    }

    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = []
        req.on('data', (c) => chunks.push(c))
        req.on('end', async () => {
            const body = Buffer.concat(chunks)
            const fault = pick()
            counts[fault]++
            try {
                switch (fault) {
                    case 'drop':
                        return req.socket.destroy()
                    case 'hang':
                        await sleep(opts.hangMs)
                        return req.socket.destroy()
                    case 'http429':
                        res.writeHead(429, { 'content-type': 'text/plain' })
                        return res.end('Too Many Requests')
                    case 'http503':
                        res.writeHead(503, { 'content-type': 'text/html' })
                        return res.end('<html><body>503 Service Unavailable</body></html>')
                    case 'badJson':
                        res.writeHead(200, { 'content-type': 'application/json' })
                        return res.end(body.toString().slice(0, 20)) // cut in the middle
                    case 'html':
                        res.writeHead(200, { 'content-type': 'text/html' })
                        return res.end('<html><body>upstream error</body></html>')
                    case 'delay':
                        await sleep(100 + random() * 700)
                        return await forward(body, res)
                    case 'ok':
                        return await forward(body, res)
                }
            } catch {
                req.socket.destroy()
            }
        })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    const port = (server.address() as AddressInfo).port
    return {
        url: `http://127.0.0.1:${port}`,
        counts,
        async close() {
            for (const t of timers) clearTimeout(t)
            server.closeAllConnections()
            await new Promise<void>((r) => server.close(() => r()))
        },
    }
}
