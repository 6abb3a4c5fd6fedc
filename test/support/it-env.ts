import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import type { DbConfig } from '../../src/config'

/** What global-setup prepared for the integration test files: one devnet, indexed once. */
export interface ItEnv {
    /** set when the shared chain data is missing outside CI: the integration tests skip */
    skip?: string
    rpcEndpoint: string
    apiUrl: string
    db: DbConfig
    /** the devnet scenario's report (see tools/devnet/scenario.ts) */
    report: {
        blocks: number
        specVersions: { specVersion: number; fromBlock: number }[]
        extrinsics: { block: number; section: string; method: string; signer: string; ok: boolean }[]
    }
    /** log lines in which the processor reported hotkey pools whose shares did not add up (see src/domains/stakes/positions.ts) */
    unbalancedPoolLogs?: string[]
    /** chain height the processor had indexed when global-setup stopped it */
    indexedHeight: number
}

/**
 * One file per jest run (global-setup's process id, passed on to the test processes through
 * TAOINDEX_IT_ENV): runs of other checkouts on the same machine must not read each other's devnet.
 */
export const IT_ENV_FILE = path.join(os.tmpdir(), `taoindex-it-${process.env.TAOINDEX_IT_RUN ?? process.pid}.json`)

export function readItEnv(): ItEnv {
    return JSON.parse(fs.readFileSync(process.env.TAOINDEX_IT_ENV ?? IT_ENV_FILE, 'utf8'))
}

/** describe() for integration suites: skipped, with the reason printed, when the devnet could not be set up. */
export function describeIntegration(name: string, fn: (env: () => ItEnv) => void) {
    const env = readItEnv()
    if (env.skip) {
        describe.skip(`${name} (skipped: ${env.skip})`, () => fn(() => env))
    } else {
        describe(name, () => fn(() => env))
    }
}
