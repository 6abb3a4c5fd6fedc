/**
 * Progress as an operator reads it: SQD's status line ("12000 / 4500000, rate: 310 blocks/sec,
 * mapping: ..., eta: 4h 1m") gains how far the index is behind the chain head, in blocks and in
 * chain time (12 s blocks). The same numbers are Prometheus metrics of the processor
 * (sqd_processor_last_block, sqd_processor_chain_height, sqd_processor_sync_eta_seconds, ...).
 */
// not re-exported by the package index; the processor logs through this class
import { RunnerMetrics } from '@subsquid/util-internal-processor-tools/lib/runner-metrics'

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

let installed = false

export function logLagToHead(): void {
    if (installed) return
    installed = true
    const proto = RunnerMetrics.prototype as any
    const statusLine: () => string = proto.getStatusLine
    proto.getStatusLine = function (this: RunnerMetrics) {
        return statusLineWithLag(statusLine.call(this), this.getLastProcessedBlock(), this.getChainHeight())
    }
}
