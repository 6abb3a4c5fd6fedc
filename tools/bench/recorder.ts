/**
 * A recording JSON-RPC proxy: the processor talks HTTP to it, it forwards every request (single or
 * batch) to an upstream node over HTTP and files each request -> response pair under
 * requestKey(method, params). Saved as one JSON object; replay.ts's recordedAnswers serves it back.
 */
import * as fs from 'fs'
import * as http from 'http'
import * as path from 'path'
import { AddressInfo } from 'net'
import { requestKey } from './replay'

export interface Recorder {
    url: string
    /** pairs recorded so far */
    size(): number
    /** writes the recording to `file` */
    save(file: string): void
    close(): Promise<void>
}

export async function startRecorder(upstream: string, port = 0): Promise<Recorder> {
    const upstreamHttp = upstream.replace(/^ws(s?):/, 'http$1:')
    const pairs: Record<string, unknown> = {}
    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = []
        req.on('data', (c) => chunks.push(c))
        req.on('end', async () => {
            const body = Buffer.concat(chunks).toString()
            try {
                const r = await fetch(upstreamHttp, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
                const text = await r.text()
                if (r.ok) {
                    const request = JSON.parse(body)
                    const response = JSON.parse(text)
                    const reqs = Array.isArray(request) ? request : [request]
                    const resps = new Map((Array.isArray(response) ? response : [response]).map((x: any) => [x.id, x]))
                    for (const q of reqs) {
                        const a: any = resps.get(q.id)
                        // errors are not recorded: a replay then reports the request as missing
                        if (a && !a.error) pairs[requestKey(q.method, q.params)] = a.result
                    }
                }
                res.writeHead(r.status, { 'content-type': 'application/json' }).end(text)
            } catch (e: any) {
                res.writeHead(502).end(String(e?.message ?? e))
            }
        })
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        size: () => Object.keys(pairs).length,
        save(file) {
            fs.mkdirSync(path.dirname(file), { recursive: true })
            fs.writeFileSync(file, JSON.stringify(pairs))
        },
        close: async () => {
            server.closeAllConnections()
            await new Promise<void>((resolve) => server.close(() => resolve()))
        },
    }
}
