/**
 * SQD's progress line ("12000 / 4500000, rate: 310 blocks/sec, ...") is built by RunnerMetrics,
 * which the package does not export from its index. Written for
 * @subsquid/util-internal-processor-tools 4.2.1 (src/sqd/versions.ts): getStatusLine() on its
 * prototype is wrapped once so that `extend` can append to the line.
 */
import { RunnerMetrics } from '@subsquid/util-internal-processor-tools/lib/runner-metrics'

let installed = false

export function extendStatusLine(extend: (line: string, lastBlock: number, chainHeight: number) => string): void {
    if (installed) return
    installed = true
    const proto = RunnerMetrics.prototype as unknown as { getStatusLine: (this: RunnerMetrics) => string }
    const statusLine = proto.getStatusLine
    if (typeof statusLine !== 'function') throw new Error('RunnerMetrics has no getStatusLine() any more (see src/sqd/status-line.ts)')
    proto.getStatusLine = function (this: RunnerMetrics) {
        return extend(statusLine.call(this), this.getLastProcessedBlock(), this.getChainHeight())
    }
}
