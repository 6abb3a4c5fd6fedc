/** What the stakes domain reads for a block, stated ahead of the mapping (see src/indexer/prefetch.ts). */
import type { Runtime } from '@subsquid/substrate-runtime'
import type { Block } from '../../block'
import type { BatchBlock, PlanView, ReadPlan, ReadPlanner } from '../../indexer/prefetch'
import { keepsSharePools, leaseFrom, stakeEra } from './chain'
import { leaseIdOf } from './decode'
import { isStakeEvent, stakeEvent } from './map'

/** Positions and pools (0x-hex keys) the plan reads: the domain loads their indexed rows once per batch. */
export interface PlannedRows {
    share(coldkey: string, hotkey: string, netuid: number): void
    pool(hotkey: string, netuid: number): void
}

/** The reads behind one position key: its stake (or shares) and, since dTAO, its hotkey's pool. */
function planPosition(block: Block, plan: ReadPlan, k: { coldkey: string; hotkey: string; netuid: number }, rows?: PlannedRows) {
    rows?.share(k.coldkey, k.hotkey, k.netuid)
    if (stakeEra(block) === 'legacy') {
        plan.value(block, 'SubtensorModule.Stake', k.hotkey, k.coldkey)
        return
    }
    rows?.pool(k.hotkey, k.netuid)
    // items a runtime does not have (V2 before spec 397) are left out by the plan
    for (const item of SHARES) plan.value(block, item, k.hotkey, k.coldkey, k.netuid)
    for (const item of POOL) plan.value(block, item, k.hotkey, k.netuid)
}

const SHARES = ['SubtensorModule.Alpha', 'SubtensorModule.AlphaV2']
const POOL = ['SubtensorModule.TotalHotkeyAlpha', 'SubtensorModule.TotalHotkeyShares', 'SubtensorModule.TotalHotkeySharesV2']

/**
 * Every position of a hotkey (a key prefix) and, once its keys are known (next round), the pool of
 * each subnet it has stake on: the mapping values each position through its (hotkey, netuid) pool.
 */
function planHotkey(block: Block, plan: ReadPlan, view: PlanView, hotkey: string) {
    if (stakeEra(block) === 'legacy') {
        plan.prefix(block, 'SubtensorModule.Stake', hotkey)
        return
    }
    for (const item of SHARES) plan.prefix(block, item, hotkey)
    const keys = SHARES.map((item) => view.peekKeys(block, item, hotkey))
    if (keys.some((k, i) => k === undefined && block._runtime.hasStorageItem(SHARES[i] as any))) return
    const netuids = new Set(SHARES.flatMap((item, i) => (keys[i] ?? []).map((k) => alphaKeyNetuid(block, k, item))))
    if (netuids.has(undefined)) {
        for (const item of POOL) plan.prefix(block, item, hotkey)
        return
    }
    for (const netuid of netuids) for (const item of POOL) plan.value(block, item, hotkey, netuid)
}

/**
 * The netuid of an Alpha / AlphaV2 (hotkey, coldkey, netuid) storage key: its last 2 bytes (u16,
 * little endian) where the runtime stores the netuid unhashed (Identity), as every dTAO runtime
 * does; undefined otherwise (the planner then reads the hotkey's pools by prefix).
 */
export function alphaKeyNetuid(block: Block, key: string, item = 'SubtensorModule.Alpha'): number | undefined {
    if (!netuidUnhashed(block._runtime, item)) return undefined
    return Buffer.from(key.slice(-4), 'hex').readUInt16LE(0)
}

const unhashed = new WeakMap<Runtime, Map<string, boolean>>()

function netuidUnhashed(runtime: Runtime, name: string): boolean {
    let m = unhashed.get(runtime)
    if (!m) unhashed.set(runtime, (m = new Map()))
    let yes = m.get(name)
    if (yes === undefined) {
        const item = runtime.description.storage.SubtensorModule?.items[name.split('.')[1]]
        // Identity hasher over a u16: 258 encodes to 02 01
        yes = item?.hashers[2] === 'Identity' && item.keys.length === 3 && runtime.scaleCodec.encodeToHex(item.keys[2], 258) === '0x0201'
        m.set(name, yes)
    }
    return yes
}

/**
 * An epoch's pools, as the mapping reads them where the runtime keeps share pools: the hotkey's pool
 * on the subnet and on root, its owner (round 1), then the owner's shares there (round 2).
 */
function planPaidPools(block: Block, plan: ReadPlan, view: PlanView, hotkey: string, netuid: number, rows?: PlannedRows) {
    // epochs are known from round 0's values: pools and owner go in round 1, the owner's shares
    // as soon as the owner is known (round 2 at the latest); later rounds have nothing to add
    if (view.round === 1) {
        for (const n of [netuid, 0]) {
            rows?.pool(hotkey, n)
            for (const item of POOL) plan.value(block, item, hotkey, n)
        }
        plan.value(block, OWNER, hotkey)
    }
    if (view.round > 2) return
    const owner = view.peek(block, OWNER, hotkey)
    if (typeof owner !== 'string') return
    for (const n of [netuid, 0]) {
        rows?.share(owner, hotkey, n)
        for (const item of SHARES) plan.value(block, item, hotkey, owner, n)
    }
}

const OWNER = 'SubtensorModule.Owner'
const LEASES = 'SubtensorModule.SubnetLeases'

/** What the stakes planner needs of the other domains (the indexer passes it in). */
export interface StakesPlanNeeds {
    /** subnets whose epoch ran in the block or the block before (from round 0's values) */
    epochs: (block: Block, view: PlanView) => { epoch: number[]; afterEpoch: number[] }
    /** the hotkeys (0x-hex) that may hold a subnet's uids at the block */
    hotkeysOf: (netuid: number, block: Block, view: PlanView) => Promise<string[]>
    /** hotkeys (0x-hex) whose every position is re-read at the block */
    rereadHotkeys: (block: BatchBlock) => Promise<string[]>
    /** a runtime upgrade, a first sync: every position and pool */
    rereadAll: (block: BatchBlock) => boolean
}

/**
 * Round 0: the positions named by the block's stake events (round 1 for lease dividends, which name
 * a lease: SubnetLeases is read first), and every position of the hotkeys
 * `rereadHotkeys` names. Later rounds: for the subnets whose epoch ran in the block or the block
 * before (`epochs`, from the emissions domain's epoch markers), the pools of their hotkeys with
 * their owners' shares (with share pools), or every position of those hotkeys (without: legacy
 * stake); the pools of the positions found. Where `rereadAll` (a runtime upgrade, a first sync):
 * every position and pool. `rows` hears of every position and pool read by key.
 */
export function planStakes({ epochs, hotkeysOf, rereadHotkeys, rereadAll }: StakesPlanNeeds, rows?: PlannedRows): ReadPlanner {
    return async (batchBlock, plan, view) => {
        const block = batchBlock.header
        // stake storage of a shape this release does not know: the mapping skips the block (DomainFailures)
        if (stakeEra(block) === undefined) return
        if (view.round === 0 && rereadAll(batchBlock)) {
            const items = stakeEra(block) === 'legacy' ? ['SubtensorModule.Stake'] : [...SHARES, ...POOL]
            for (const item of items) plan.scan(block, item)
        }
        for (const event of batchBlock.events) {
            if (!isStakeEvent(event)) continue
            // a lease's dividends name the lease: its positions are known once the lease is read
            const leaseId = leaseIdOf(event)
            if (leaseId !== undefined) {
                plan.value(block, LEASES, leaseId)
                const lease = leaseFrom(block, view.peek(block, LEASES, leaseId))
                if (lease) for (const k of stakeEvent(event, lease).keys) planPosition(block, plan, k, rows)
            } else if (view.round === 0) {
                for (const k of stakeEvent(event).keys) planPosition(block, plan, k, rows)
            }
        }
        for (const hotkey of await rereadHotkeys(batchBlock)) planHotkey(block, plan, view, hotkey)
        if (view.round === 0) return
        const { epoch, afterEpoch } = epochs(block, view)
        const pooled = keepsSharePools(block)
        for (const netuid of [...epoch, ...afterEpoch]) {
            for (const hotkey of await hotkeysOf(netuid, block, view)) {
                if (pooled) planPaidPools(block, plan, view, hotkey, netuid, rows)
                else planHotkey(block, plan, view, hotkey)
            }
        }
    }
}
