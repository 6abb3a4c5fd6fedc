/**
 * Prometheus metrics of an API process, served at GET /metrics on the GraphQL port: request counts
 * and latency by outcome, open WebSocket connections, the indexer height this API serves, and the default
 * Node.js process metrics. (The processor serves its own at PROMETHEUS_PORT.)
 */
import * as http from 'http'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

export interface ApiMetrics {
    registry: Registry
    /** wraps the GraphQL request handler; answers GET /metrics itself */
    handler(next: http.RequestListener): http.RequestListener
    wsOpened(): void
    wsClosed(): void
}

export function createApiMetrics(indexedHeight: () => Promise<number>): ApiMetrics {
    const registry = new Registry()
    collectDefaultMetrics({ register: registry })
    const requests = new Counter({
        name: 'taoindex_api_http_requests_total',
        help: 'HTTP requests to the GraphQL endpoint, by status code',
        labelNames: ['status'],
        registers: [registry],
    })
    const duration = new Histogram({
        name: 'taoindex_api_http_request_duration_seconds',
        help: 'Time to answer an HTTP request to the GraphQL endpoint',
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [registry],
    })
    const subscriptions = new Gauge({
        name: 'taoindex_api_ws_connections',
        help: 'Open graphql-ws WebSocket connections (subscriptions)',
        registers: [registry],
    })
    new Gauge({
        name: 'taoindex_api_indexed_height',
        help: 'Highest block the indexer has committed (finalized or not), as this API reads it',
        registers: [registry],
        async collect() {
            this.set(await indexedHeight().catch(() => -1))
        },
    })
    return {
        registry,
        handler(next) {
            return (req, res) => {
                if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') {
                    registry.metrics().then(
                        (text) => {
                            res.writeHead(200, { 'content-type': registry.contentType })
                            res.end(text)
                        },
                        (e) => {
                            res.writeHead(500)
                            res.end(String(e?.message ?? e))
                        },
                    )
                    return
                }
                const end = duration.startTimer()
                res.once('finish', () => {
                    end()
                    requests.inc({ status: String(res.statusCode) })
                })
                next(req, res)
            }
        },
        wsOpened: () => subscriptions.inc(),
        wsClosed: () => subscriptions.dec(),
    }
}
