/**
 * What the emissions domain reads, per block and per epoch, for each runtime: the items, their
 * columns, and the requests (used by the read planner and by the mapping alike).
 */
import { SubnetEmission, NeuronEpoch } from '../../model'
import { storage } from '../../types'
import type { Block } from '../../block'
import type { StorageRequest } from '../../util/storage'
import { unknownShapes } from '../../util/unknown-shapes'
import { sameValue } from '../../util/change-only'

const sm = storage.subtensorModule

/** Per-block items: [SubnetEmission column, storage item name, whether this block's runtime has it in the known shape] */
export const PER_BLOCK: [keyof SubnetEmission & string, string, (b: Block) => boolean][] = [
    ['taoEmission', 'SubtensorModule.EmissionValues', (b) => sm.emissionValues.v103.is(b)],
    ['taoInEmission', 'SubtensorModule.SubnetTaoInEmission', (b) => sm.subnetTaoInEmission.v224.is(b)],
    ['alphaInEmission', 'SubtensorModule.SubnetAlphaInEmission', (b) => sm.subnetAlphaInEmission.v224.is(b)],
    ['alphaOutEmission', 'SubtensorModule.SubnetAlphaOutEmission', (b) => sm.subnetAlphaOutEmission.v224.is(b)],
    ['pendingEmission', 'SubtensorModule.PendingEmission', (b) => sm.pendingEmission.v103.is(b)],
    ['excessTao', 'SubtensorModule.SubnetExcessTao', (b) => hasU64Item(b, 'SubtensorModule.SubnetExcessTao')],
    ['pendingAlphaSwapped', 'SubtensorModule.PendingAlphaSwapped', (b) => hasU64Item(b, 'SubtensorModule.PendingAlphaSwapped')],
    ['pendingRootDivs', 'SubtensorModule.PendingRootDivs', (b) => hasU64Item(b, 'SubtensorModule.PendingRootDivs')],
    ['pendingOwnerCut', 'SubtensorModule.PendingOwnerCut', (b) => hasU64Item(b, 'SubtensorModule.PendingOwnerCut')],
    ['pendingServerEmission', 'SubtensorModule.PendingServerEmission', (b) => hasU64Item(b, 'SubtensorModule.PendingServerEmission')],
    [
        'pendingValidatorEmission',
        'SubtensorModule.PendingValidatorEmission',
        (b) => hasU64Item(b, 'SubtensorModule.PendingValidatorEmission'),
    ],
    ['pendingRootAlphaDivs', 'SubtensorModule.PendingRootAlphaDivs', (b) => hasU64Item(b, 'SubtensorModule.PendingRootAlphaDivs')],
]

/**
 * Items not in typegen (they come and go across runtimes): present in the block's runtime as a map
 * to an unsigned integer (u64, or a newtype over it such as AlphaCurrency/TaoCurrency).
 */
export function hasU64Item(block: Block, name: string): boolean {
    const runtime = block._runtime
    if (!runtime.hasStorageItem(name as any)) return false
    try {
        return typeof runtime.decodeStorageValue(name as any, null) === 'bigint'
    } catch {
        return false
    }
}

export const PER_EPOCH: [keyof NeuronEpoch & string, string, (b: Block) => boolean][] = [
    ['emission', 'SubtensorModule.Emission', (b) => sm.emission.v103.is(b)],
    ['incentive', 'SubtensorModule.Incentive', (b) => sm.incentive.v103.is(b)],
    ['dividends', 'SubtensorModule.Dividends', (b) => sm.dividends.v103.is(b)],
    ['rank', 'SubtensorModule.Rank', (b) => sm.rank.v103.is(b)],
    ['trust', 'SubtensorModule.Trust', (b) => sm.trust.v103.is(b)],
    ['consensus', 'SubtensorModule.Consensus', (b) => sm.consensus.v103.is(b)],
]

export const ALPHA_DIVIDENDS = 'SubtensorModule.AlphaDividendsPerSubnet'

export const EMISSION_COLUMNS = PER_BLOCK.map(([c]) => c)

export function sameEmission(a: SubnetEmission, b: SubnetEmission): boolean {
    return EMISSION_COLUMNS.every((c) => sameValue((a as any)[c], (b as any)[c]))
}

export const LAST_STEP = 'SubtensorModule.LastMechansimStepBlock'

/** Whether the block's runtime keeps the epoch marker (LAST_STEP) in the known shape. */
function hasStepMarker(block: Block): boolean {
    return sm.lastMechansimStepBlock.v103.is(block)
}

/**
 * Items this domain reads that the block's runtime declares in a shape no known runtime has: their
 * columns stay null (an item a runtime no longer declares, e.g. Rank from spec 401, is null by
 * design and not listed). The handler records them as a domain failure.
 */
export const unknownEmissionShapes = unknownShapes([
    ...[...PER_BLOCK, ...PER_EPOCH].map(([, name, known]) => ({ name, known })),
    { name: LAST_STEP, known: hasStepMarker },
])

/** The per-block query: every per-block item this runtime has and the epoch marker, per subnet. */
export function perBlockReads(block: Block, netuids: number[]) {
    const items = PER_BLOCK.filter(([, , has]) => has(block))
    const hasStep = hasStepMarker(block)
    const requests: StorageRequest[] = []
    for (const netuid of netuids) {
        for (const [, name] of items) requests.push({ name, key: [netuid] })
        if (hasStep) requests.push({ name: LAST_STEP, key: [netuid] })
    }
    return { items, hasStep, requests }
}

/** Whether a subnet ran its epoch in `block` ('epoch'), in the block before ('after'), given its LastMechansimStepBlock. */
export function epochMarker(block: Block, lastStep: bigint | number): 'epoch' | 'after' | undefined {
    const step = BigInt(lastStep)
    // genesis (block 0) executes nothing: a step marker of 0 there is initial state, not an epoch
    if (step === BigInt(block.height) && block.height > 0) return 'epoch'
    if (step === BigInt(block.height - 1) && block.height > 1) return 'after'
    return undefined
}

/** The epoch query of a subnet: its per-uid vectors, plus AlphaDividendsPerSubnet of the given hotkeys (0x-hex). */
export function epochReads(block: Block, netuid: number, hotkeys: string[]): StorageRequest[] {
    const vectors = PER_EPOCH.filter(([, , has]) => has(block)).map(([, name]) => ({ name, key: [netuid] }))
    return hasU64Item(block, ALPHA_DIVIDENDS) ? [...vectors, ...alphaDividendReads(netuid, hotkeys)] : vectors
}

export function alphaDividendReads(netuid: number, hotkeys: string[]): StorageRequest[] {
    return hotkeys.map((hotkey) => ({ name: ALPHA_DIVIDENDS, key: [netuid, hotkey] }))
}
