/**
 * Runs the processor (src/main.ts, as users run it) into `db` until it has indexed `head`, then
 * stops it; returns what it printed.
 */
import type { DbConfig } from '../../src/config'
import { dbEnv, indexedHeight } from './db'
import { spawnTs } from './processes'

export async function syncProcessorTo(db: DbConfig, env: Record<string, string>, head: number, timeoutMs: number): Promise<string> {
    const p = spawnTs('src/main.ts', [], { ...dbEnv(db), ...env })
    try {
        const deadline = Date.now() + timeoutMs
        while ((await indexedHeight(db)) < head) {
            if (p.child.exitCode != null) throw new Error(`processor exited (${p.child.exitCode}):\n${p.output().slice(-3000)}`)
            if (Date.now() > deadline) throw new Error(`no sync to ${head}:\n${p.output().slice(-3000)}`)
            await new Promise((r) => setTimeout(r, 250))
        }
    } finally {
        await p.stop()
    }
    return p.output()
}
