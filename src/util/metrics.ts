/**
 * The indexer's own Prometheus metrics, served by the SQD processor's metrics server
 * (PROCESSOR_PROMETHEUS_PORT / PROMETHEUS_PORT, `/metrics`) next to its sqd_processor_* metrics.
 */
import { Counter } from 'prom-client'
import { processorRegistry } from '../sqd/prometheus'

/** Events no decoder understood (rows of unprocessed_event), by event name and runtime spec. */
const UNPROCESSED = 'taoindex_unprocessed_events_total'
export const unprocessedEvents = new Counter({
    name: UNPROCESSED,
    help: 'Events skipped because their shape matched no known runtime version and could not be decoded by field names (see the unprocessed_event table)',
    labelNames: ['event', 'spec_version'],
    registers: [],
})

const BY_FIELD_NAMES = 'taoindex_events_decoded_by_field_names_total'
/** Events of a shape no typegen version knows, decoded by field names (src/util/fields.ts): time to refresh typegen. */
export const eventsDecodedByFieldNames = new Counter({
    name: BY_FIELD_NAMES,
    help: 'Events whose shape matched no known runtime version and were decoded by the field names of their runtime metadata (refresh typegen)',
    labelNames: ['event', 'spec_version'],
    registers: [],
})

const STORAGE_READS = 'taoindex_storage_requests_total'
/**
 * Storage requests of the handler: `prefetch` ones were planned and read ahead of the mapping in
 * large calls; `on_demand` ones are reads the plan did not foresee, made while mapping (a rising
 * share of these means a domain reads something its planner does not state).
 */
export const storageReads = new Counter({
    name: STORAGE_READS,
    help: 'Storage RPC requests of the handler, by stage: prefetch (planned, batched) or on_demand (not planned, read while mapping)',
    labelNames: ['stage'],
    registers: [],
})

export const UNBALANCED_POOLS = 'taoindex_unbalanced_pools_total'
/**
 * Pools whose total shares moved by more than the shares the indexer read explain: a share changed
 * with no event it handles, so every share of the hotkey was read again (correct, but O(positions)).
 * A steady rate means a runtime moves stake in a way the stakes domain should learn.
 */
export const unbalancedPools = new Counter({
    name: UNBALANCED_POOLS,
    help: 'Hotkey pools whose shares did not add up after a block, so all shares of the hotkey were read again',
    registers: [],
})

const DOMAIN_FAILURES = 'taoindex_domain_failures_total'
/** Blocks a domain skipped because a runtime keeps its storage in a shape it does not know (table domain_failure). */
export const domainFailures = new Counter({
    name: DOMAIN_FAILURES,
    help: 'Blocks in which a domain could not read its storage (a shape the indexer does not know) and skipped it while the other domains went on; see the domain_failure table',
    labelNames: ['domain', 'spec_version'],
    registers: [],
})

/**
 * Adds our metrics to the processor's registry (src/sqd/prometheus.ts); if a later SQD version
 * moves it, the metrics are not served and this says so, nothing else changes.
 */
export function registerMetrics(processor: object): { registered: boolean } {
    const registry = processorRegistry(processor)
    if (!registry) return { registered: false }
    if (!registry.getSingleMetric(UNPROCESSED)) registry.registerMetric(unprocessedEvents)
    if (!registry.getSingleMetric(BY_FIELD_NAMES)) registry.registerMetric(eventsDecodedByFieldNames)
    if (!registry.getSingleMetric(STORAGE_READS)) registry.registerMetric(storageReads)
    if (!registry.getSingleMetric(UNBALANCED_POOLS)) registry.registerMetric(unbalancedPools)
    if (!registry.getSingleMetric(DOMAIN_FAILURES)) registry.registerMetric(domainFailures)
    return { registered: true }
}
