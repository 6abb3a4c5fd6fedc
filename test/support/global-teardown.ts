import { dropDatabase } from './db'

export default async function globalTeardown() {
    const running = globalThis.__taoindexIt
    if (!running) return
    for (const child of running.children.reverse()) await child.stop()
    if (running.database && !process.env.TAOINDEX_KEEP_DB) await dropDatabase(running.database)
}
