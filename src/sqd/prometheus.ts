/**
 * The processor's prom-client Registry, for adding taoindex's metrics to the ones SQD serves.
 * Written for @subsquid/substrate-processor 8.5.1 (src/sqd/versions.ts), which keeps it in a
 * private field (`prometheus.registry`) and has no API to add metrics. Undefined if it moved.
 */
import { Registry } from 'prom-client'

export function processorRegistry(processor: object): Registry | undefined {
    const registry = (processor as { prometheus?: { registry?: unknown } }).prometheus?.registry
    return registry instanceof Registry ? registry : undefined
}
