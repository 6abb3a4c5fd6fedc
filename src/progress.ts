/**
 * Progress as an operator reads it: SQD's status line ("12000 / 4500000, rate: 310 blocks/sec,
 * mapping: ..., eta: 4h 1m") gains how far the index is behind the chain head, in blocks and in
 * chain time (12 s blocks). The same numbers are Prometheus metrics of the processor
 * (sqd_processor_last_block, sqd_processor_chain_height, sqd_processor_sync_eta_seconds, ...).
 */
import { extendStatusLine } from './sqd/status-line'

const BLOCK_SECONDS = 12

/** "3d 4h", "17m", "36s": the lag in chain time */
export function chainTime(blocks: number): string {
    let s = Math.max(0, blocks) * BLOCK_SECONDS
    const d = Math.floor(s / 86400)
    const h = Math.floor((s %= 86400) / 3600)
    const m = Math.floor((s %= 3600) / 60)
    if (d) return `${d}d ${h}h`
    if (h) return `${h}h ${m}m`
    if (m) return `${m}m`
    return `${s}s`
}

export function statusLineWithLag(line: string, lastBlock: number, chainHeight: number): string {
    const lag = Math.max(0, chainHeight - lastBlock)
    return `${line}, lag: ${lag} blocks (${chainTime(lag)} of chain time)`
}

export function logLagToHead(): void {
    extendStatusLine(statusLineWithLag)
}
