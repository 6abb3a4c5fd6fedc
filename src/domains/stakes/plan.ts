/** What the stakes domain reads for a block, stated ahead of the mapping (see src/indexer/prefetch.ts). */
import type { Runtime } from '@subsquid/substrate-runtime'
import type { Block } from '../../processor'
import type { BatchBlock, PlanView, ReadPlan, ReadPlanner } from '../../indexer/prefetch'
import { stakeEra } from './chain'
import { isStakeEvent, stakeEvent } from '.'

/** The reads behind one position key: its stake (or shares) and, since dTAO, its hotkey's pool. */
function planPosition(block: Block, plan: ReadPlan, k: { coldkey: string; hotkey: string; netuid: number }) {
    if (stakeEra(block) === 'legacy') {
        plan.value(block, 'SubtensorModule.Stake', k.hotkey, k.coldkey)
        return
    }
    plan.value(block, 'SubtensorModule.Alpha', k.hotkey, k.coldkey, k.netuid)
    plan.value(block, 'SubtensorModule.TotalHotkeyAlpha', k.hotkey, k.netuid)
    plan.value(block, 'SubtensorModule.TotalHotkeyShares', k.hotkey, k.netuid)
}

/**
 * Every position of a hotkey (a key prefix) and, once its keys are known (next round), the pool of
 * each subnet it has stake on: the mapping values each position through its (hotkey, netuid) pool.
 */
function planHotkey(block: Block, plan: ReadPlan, view: PlanView, hotkey: string) {
    if (stakeEra(block) === 'legacy') {
        plan.prefix(block, 'SubtensorModule.Stake', hotkey)
        return
    }
    plan.prefix(block, 'SubtensorModule.Alpha', hotkey)
    const keys = view.peekKeys(block, 'SubtensorModule.Alpha', hotkey)
    if (!keys) return
    const netuids = new Set(keys.map((k) => alphaKeyNetuid(block, k)))
    if (netuids.has(undefined)) {
        plan.prefix(block, 'SubtensorModule.TotalHotkeyAlpha', hotkey)
        plan.prefix(block, 'SubtensorModule.TotalHotkeyShares', hotkey)
        return
    }
    for (const netuid of netuids) {
        plan.value(block, 'SubtensorModule.TotalHotkeyAlpha', hotkey, netuid)
        plan.value(block, 'SubtensorModule.TotalHotkeyShares', hotkey, netuid)
    }
}

/**
 * The netuid of an Alpha(hotkey, coldkey, netuid) storage key: its last 2 bytes (u16, little
 * endian) where the runtime stores the netuid unhashed (Identity), as every dTAO runtime does;
 * undefined otherwise (the planner then reads the hotkey's pools by prefix).
 */
export function alphaKeyNetuid(block: Block, key: string): number | undefined {
    if (!netuidUnhashed(block._runtime)) return undefined
    return Buffer.from(key.slice(-4), 'hex').readUInt16LE(0)
}

const unhashed = new WeakMap<Runtime, boolean>()

function netuidUnhashed(runtime: Runtime): boolean {
    let yes = unhashed.get(runtime)
    if (yes === undefined) {
        const item = runtime.description.storage.SubtensorModule?.items.Alpha
        // Identity hasher over a u16: 258 encodes to 02 01
        yes = item?.hashers[2] === 'Identity' && item.keys.length === 3 && runtime.scaleCodec.encodeToHex(item.keys[2], 258) === '0x0201'
        unhashed.set(runtime, yes)
    }
    return yes
}

/**
 * Round 0: the positions named by the block's stake events, and every position of the hotkeys
 * `rereadHotkeys` names (registered or deregistered in the block). Later rounds: every position of the hotkeys of the subnets whose epoch
 * ran in the block or the block before (`epochs`, from the emissions domain's epoch markers), as the
 * mapping re-reads them, and the pools of the positions found.
 */
export function planStakes(
    epochs: (block: Block, view: PlanView) => { epoch: number[]; afterEpoch: number[] },
    hotkeysOf: (netuid: number) => Promise<string[]>,
    rereadHotkeys: (block: BatchBlock) => Promise<string[]>,
): ReadPlanner {
    return async (batchBlock, plan, view) => {
        const block = batchBlock.header
        if (view.round === 0) {
            for (const event of batchBlock.events) {
                if (!isStakeEvent(event)) continue
                for (const k of stakeEvent(event).keys) planPosition(block, plan, k)
            }
        }
        for (const hotkey of await rereadHotkeys(batchBlock)) planHotkey(block, plan, view, hotkey)
        if (view.round === 0) return
        const { epoch, afterEpoch } = epochs(block, view)
        for (const netuid of [...epoch, ...afterEpoch]) {
            for (const hotkey of await hotkeysOf(netuid)) planHotkey(block, plan, view, hotkey)
        }
    }
}
