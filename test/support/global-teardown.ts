import * as fs from 'fs'
import { dropDatabase } from './db'

export default async function globalTeardown() {
    if (process.env.TAOINDEX_IT_ENV) fs.rmSync(process.env.TAOINDEX_IT_ENV, { force: true })
    const running = globalThis.__taoindexIt
    if (!running) return
    for (const child of running.children.reverse()) await child.stop()
    if (running.database && !process.env.TAOINDEX_KEEP_DB) await dropDatabase(running.database)
}
