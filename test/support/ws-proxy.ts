/**
 * A WebSocket proxy in front of a node that can cut every open connection at once, as a load
 * balancer or a restarting node does: what a client sees is a socket closed without a goodbye.
 */
import * as http from 'http'
import { AddressInfo } from 'net'
import WebSocket, { WebSocketServer } from 'ws'

export interface WsProxy {
    url: string
    /** connections accepted so far */
    connections: number
    /** terminates every open client connection (and its upstream twin) */
    dropAll(): void
    close(): Promise<void>
}

export async function startWsProxy(upstream: string): Promise<WsProxy> {
    // plain HTTP JSON-RPC on the same port, as a node serves it (the processor's start-up checks use it)
    const web = http.createServer((req, res) => {
        const chunks: Buffer[] = []
        req.on('data', (c) => chunks.push(c))
        req.on('end', async () => {
            try {
                const body = Buffer.concat(chunks)
                const headers = { 'content-type': 'application/json' }
                const up = await fetch(upstream.replace(/^ws/, 'http'), { method: 'POST', headers, body })
                res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? 'application/json' })
                res.end(await up.text())
            } catch {
                req.socket.destroy()
            }
        })
    })
    const server = new WebSocketServer({ server: web })
    const pairs = new Set<{ client: WebSocket; up: WebSocket }>()
    const proxy = { connections: 0 } as WsProxy
    server.on('connection', (client) => {
        proxy.connections++
        const up = new WebSocket(upstream)
        const pair = { client, up }
        pairs.add(pair)
        const early: WebSocket.RawData[] = []
        client.on('message', (m, binary) => (up.readyState === WebSocket.OPEN ? up.send(m, { binary }) : early.push(m)))
        up.on('open', () => early.splice(0).forEach((m) => up.send(m.toString())))
        up.on('message', (m, binary) => client.readyState === WebSocket.OPEN && client.send(m, { binary }))
        const end = () => {
            pairs.delete(pair)
            client.terminate()
            up.terminate()
        }
        client.on('close', end)
        up.on('close', end)
        client.on('error', end)
        up.on('error', end)
    })
    await new Promise<void>((r) => web.listen(0, '127.0.0.1', () => r()))
    proxy.url = `ws://127.0.0.1:${(web.address() as AddressInfo).port}`
    proxy.dropAll = () => {
        for (const { client, up } of [...pairs]) {
            client.terminate()
            up.terminate()
        }
    }
    proxy.close = async () => {
        proxy.dropAll()
        server.close()
        web.closeAllConnections()
        await new Promise<void>((r) => web.close(() => r()))
    }
    return proxy
}
