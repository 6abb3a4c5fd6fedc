/**
 * SQD's progress line ("12000 / 4500000, rate: 310 blocks/sec, ...") is built by RunnerMetrics,
 * which the package does not export from its index. Written for
 * @subsquid/util-internal-processor-tools 4.2.1 (src/sqd/versions.ts): getStatusLine() on its
 * prototype is wrapped once so that `extend` can append to the line.
 */
import { RunnerMetrics } from '@subsquid/util-internal-processor-tools/lib/runner-metrics'
import { wrapPrototypeMethod } from './wrap'

export function extendStatusLine(extend: (line: string, lastBlock: number, chainHeight: number) => string): void {
    wrapPrototypeMethod<(this: RunnerMetrics) => string>(
        RunnerMetrics,
        'getStatusLine',
        'src/sqd/status-line.ts',
        (statusLine) =>
            function (this: RunnerMetrics) {
                return extend(statusLine.call(this), this.getLastProcessedBlock(), this.getChainHeight())
            },
    )
}
