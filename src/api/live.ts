/**
 * Live updates: one LISTEN connection per API process receives the processor's
 * `taoindex_indexed` notifications (sent by a trigger, delivered at commit) and fans them out to
 * every subscription of this process. Nothing polls; a lost connection is reopened.
 */
import type { Client, Pool } from 'pg'
import { Repeater } from 'graphql-yoga'
import { DbConfig, pgClient } from '../config'

export const INDEXED_CHANNEL = 'taoindex_indexed'

/** application_name of every Postgres session of the API, so pg_stat_activity shows them. */
export const API_APPLICATION_NAME = 'taoindex-api'

export class IndexedNotifier {
    private client?: Client
    private timer?: NodeJS.Timeout
    private listeners = new Set<(height: number) => void>()
    private db?: DbConfig
    private closed = false

    /**
     * With `pollMs`, reads the height every pollMs instead of LISTENing: the embedded database
     * (src/embedded/postgres.ts) delivers a NOTIFY only to the connection that sent it.
     */
    async start(db: DbConfig, pollMs?: number): Promise<void> {
        if (pollMs) return this.poll(db, pollMs)
        this.db = db
        await this.listen()
    }

    private emit(height: number) {
        for (const l of this.listeners) l(height)
    }

    private async listen(): Promise<void> {
        const client = pgClient(this.db!, { application_name: API_APPLICATION_NAME })
        // A lost session (database restart, a terminated backend, a network cut) would otherwise end
        // every subscription's updates without a word: reconnect, and catch up on what was missed.
        const lost = (why: string) => {
            if (this.client !== client) return // closed on purpose, or already being replaced
            this.client = undefined
            client.end().catch(() => {})
            console.error(`taoindex api: lost the notification connection (${why}); reconnecting`)
            void this.reconnect()
        }
        client.on('error', (e) => lost(e.message))
        client.on('end', () => lost('closed by the server'))
        client.on('notification', (msg) => {
            const height = Number(msg.payload)
            if (Number.isFinite(height)) this.emit(height)
        })
        try {
            await client.connect()
            await client.query(`LISTEN ${INDEXED_CHANNEL}`)
        } catch (e) {
            await client.end().catch(() => {})
            throw e
        }
        this.client = client
    }

    private async reconnect(): Promise<void> {
        for (let delay = 250; !this.closed; delay = Math.min(delay * 2, 5_000)) {
            await new Promise((r) => (this.timer = setTimeout(r, delay)))
            if (this.closed) return
            try {
                await this.listen()
            } catch {
                continue
            }
            if (this.closed) return this.close()
            // commits made while no session listened sent NOTIFYs nobody heard; subscribers skip a
            // height they have seen and fetch the rows of every block up to a new one
            const status = await readIndexerStatus(this.client!)
            console.error(`taoindex api: notification connection restored (indexed height ${status?.height ?? 'none'})`)
            if (status) this.emit(status.height)
            return
        }
    }

    /** heights as the processor commits them, from now on */
    heights(): AsyncIterable<number> {
        return new Repeater<number>(async (push, stop) => {
            const listener = (h: number) => void push(h)
            this.listeners.add(listener)
            await stop
            this.listeners.delete(listener)
        })
    }

    private async poll(db: DbConfig, pollMs: number): Promise<void> {
        const client = pgClient(db)
        await client.connect()
        client.on('error', (e) => console.error(`taoindex api: lost the polling connection: ${e.message}`))
        this.client = client
        let last = -1
        const tick = async () => {
            const status = await readIndexerStatus(client).catch(() => null)
            const height = status?.headHeight ?? -1
            if (height !== last) {
                last = height
                for (const l of this.listeners) l(height)
            }
            if (this.client) this.timer = setTimeout(tick, pollMs)
        }
        await tick()
    }

    async close(): Promise<void> {
        this.closed = true
        clearTimeout(this.timer)
        this.listeners.clear()
        const client = this.client
        this.client = undefined
        await client?.end().catch(() => {})
    }
}

export interface IndexerStatusRow {
    height: number
    hash: string
    finalizedHeight: number
    headHeight: number
    chainHeight: number | null
    lagBlocks: number | null
    specVersion: number | null
    /** domains that could not read their storage in some indexed block (domain_failure) */
    failedDomains: string[]
}

/**
 * The processor's position from its own tables: the highest block indexed (unfinalized "hot"
 * blocks included) and its hash, the last finalized block indexed, and what the processor recorded
 * about the chain with its last batch (squid_processor.indexer_head). Null before its first batch.
 */
export async function readIndexerStatus(pool: Pool | Client): Promise<IndexerStatusRow | null> {
    const r = await pool
        .query(
            `SELECT s.height, s.hash, h.height AS hot_height, h.hash AS hot_hash, ih.chain_height, ih.spec_version
             FROM squid_processor.status s
             LEFT JOIN LATERAL (SELECT height, hash FROM squid_processor.hot_block ORDER BY height DESC LIMIT 1) h ON TRUE
             LEFT JOIN squid_processor.indexer_head ih ON ih.id = 0
             WHERE s.id = 0`,
        )
        .catch(() => ({ rows: [] as any[] })) // no tables yet: the processor has not started
    if (!r.rows.length) return null
    const row = r.rows[0]
    const finalizedHeight = Number(row.height)
    const hot = row.hot_height != null && Number(row.hot_height) > finalizedHeight
    const height = hot ? Number(row.hot_height) : finalizedHeight
    const chainHeight = row.chain_height == null ? null : Math.max(height, Number(row.chain_height))
    const failed = await pool
        .query(`SELECT DISTINCT domain FROM public.domain_failure ORDER BY domain`)
        .catch(() => ({ rows: [] as any[] }))
    return {
        height,
        hash: hot ? row.hot_hash : row.hash,
        finalizedHeight,
        headHeight: height,
        chainHeight,
        lagBlocks: chainHeight == null ? null : chainHeight - height,
        specVersion: row.spec_version ?? null,
        failedDomains: failed.rows.map((r) => r.domain as string),
    }
}
