/**
 * Emissions domain. The chain emits almost no emission events: per-block subnet emission and
 * per-epoch neuron results live in storage, so this domain reads storage.
 *  - Every block: one batched query for every active subnet's per-block items (those the block's
 *    runtime has) plus LastMechansimStepBlock, which tells exactly which subnets ran an epoch in it.
 *    The same query carries the subnet pools' reserves (pools domain), which sit beside them.
 *  - At an epoch: one batched query for the subnet's per-uid vectors (Emission, Incentive,
 *    Dividends, Rank, Trust, Consensus) at that block.
 */
import { Store } from '@subsquid/typeorm-store'
import { Epoch, NeuronEpoch, SubnetEmission } from '../../model'
import { storage } from '../../types'
import type { Block } from '../../block'
import { queryStorageBatch, StorageRequest } from '../../util/storage'
import { blockTime, heightKey } from '../../util/ids'
import { fromSs58 } from '../../util/ss58'
import { unknownShapes } from '../../util/unknown-shapes'
import { ChangeOnlyRows, sameValue } from '../../util/change-only'
import { bulkInsert } from '../../db/bulk'

const sm = storage.subtensorModule

/** Per-block items: [SubnetEmission column, storage item name, whether this block's runtime has it in the known shape] */
const PER_BLOCK: [keyof SubnetEmission & string, string, (b: Block) => boolean][] = [
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
function hasU64Item(block: Block, name: string): boolean {
    const runtime = block._runtime
    if (!runtime.hasStorageItem(name as any)) return false
    try {
        return typeof runtime.decodeStorageValue(name as any, null) === 'bigint'
    } catch {
        return false
    }
}

const PER_EPOCH: [keyof NeuronEpoch & string, string, (b: Block) => boolean][] = [
    ['emission', 'SubtensorModule.Emission', (b) => sm.emission.v103.is(b)],
    ['incentive', 'SubtensorModule.Incentive', (b) => sm.incentive.v103.is(b)],
    ['dividends', 'SubtensorModule.Dividends', (b) => sm.dividends.v103.is(b)],
    ['rank', 'SubtensorModule.Rank', (b) => sm.rank.v103.is(b)],
    ['trust', 'SubtensorModule.Trust', (b) => sm.trust.v103.is(b)],
    ['consensus', 'SubtensorModule.Consensus', (b) => sm.consensus.v103.is(b)],
]

const ALPHA_DIVIDENDS = 'SubtensorModule.AlphaDividendsPerSubnet'

const EMISSION_COLUMNS = PER_BLOCK.map(([c]) => c)

function sameEmission(a: SubnetEmission, b: SubnetEmission): boolean {
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

function alphaDividendReads(netuid: number, hotkeys: string[]): StorageRequest[] {
    return hotkeys.map((hotkey) => ({ name: ALPHA_DIVIDENDS, key: [netuid, hotkey] }))
}

export class EmissionsBatch {
    private emissions: ChangeOnlyRows<SubnetEmission>
    private epochs: Epoch[] = []
    private neuronEpochs: NeuronEpoch[] = []

    constructor(private store: Store) {
        this.emissions = new ChangeOnlyRows(store, SubnetEmission, sameEmission)
    }

    /**
     * Reads the block's per-subnet emission values and epoch markers for `netuids` (the subnets that
     * exist at the end of the block), writes changed SubnetEmission rows, and returns the subnets
     * that ran an epoch in this block and those that ran one in the block before (some runtimes,
     * e.g. spec 143, credit the epoch's emission to stake in the following block).
     */
    async onBlock(
        block: Block,
        netuids: number[],
        hotkeys: (netuid: number) => Promise<Map<number, string>>,
    ): Promise<{ epoch: number[]; afterEpoch: number[] }> {
        if (netuids.length === 0) return { epoch: [], afterEpoch: [] }
        const { items, hasStep, requests } = perBlockReads(block, netuids)
        const values = await queryStorageBatch(block, requests)
        const time = blockTime(block)
        const epochNetuids: number[] = []
        const afterEpoch: number[] = []
        let k = 0
        for (const netuid of netuids) {
            const row = new SubnetEmission({
                id: `${heightKey(block.height)}-${netuid}`,
                blockNumber: block.height,
                timestamp: time,
                netuid,
            })
            for (const c of EMISSION_COLUMNS) (row as any)[c] = null
            for (const [column] of items) (row as any)[column] = values[k++] as bigint
            if (hasStep) {
                const marker = epochMarker(block, values[k++] as bigint)
                if (marker === 'epoch') epochNetuids.push(netuid)
                else if (marker === 'after') afterEpoch.push(netuid)
            }
            await this.emissions.offer(row)
        }
        for (const netuid of epochNetuids) await this.readEpoch(block, netuid, time, await hotkeys(netuid))
        return { epoch: epochNetuids, afterEpoch }
    }

    private async readEpoch(block: Block, netuid: number, time: Date | null, hotkeys: Map<number, string>) {
        const items = PER_EPOCH.filter(([, , has]) => has(block))
        const values = await queryStorageBatch(block, epochReads(block, netuid, []))
        const vectors = new Map(items.map(([column], i) => [column, values[i] as (number | bigint)[]]))
        const dividendsByUid = await this.alphaDividends(block, netuid, hotkeys)
        const emission = (vectors.get('emission') ?? []) as bigint[]
        const uidCount = Math.max(0, ...[...vectors.values()].map((v) => v.length))
        const epochId = `${netuid}-${block.height}`
        let total = 0n
        for (let uid = 0; uid < uidCount; uid++) {
            const at = (column: string): number | null => {
                const v = vectors.get(column as any)
                return v == null ? null : Number(v[uid] ?? 0)
            }
            const e = BigInt(emission[uid] ?? 0n)
            total += e
            this.neuronEpochs.push(
                new NeuronEpoch({
                    id: `${epochId}-${uid}`,
                    epochId,
                    netuid,
                    blockNumber: block.height,
                    uid,
                    hotkey: hotkeys.get(uid) ?? null,
                    emission: e,
                    incentive: at('incentive') ?? 0,
                    dividends: at('dividends') ?? 0,
                    rank: at('rank'),
                    trust: at('trust'),
                    consensus: at('consensus'),
                    alphaDividends: dividendsByUid?.get(uid) ?? null,
                    timestamp: time,
                }),
            )
        }
        this.epochs.push(new Epoch({ id: epochId, netuid, blockNumber: block.height, timestamp: time, uidCount, totalEmission: total }))
    }

    /** uid -> AlphaDividendsPerSubnet(netuid, hotkey) at the epoch block, on runtimes that keep it. */
    private async alphaDividends(block: Block, netuid: number, hotkeys: Map<number, string>): Promise<Map<number, bigint> | undefined> {
        if (!hasU64Item(block, ALPHA_DIVIDENDS)) return undefined
        const uids = [...hotkeys.keys()]
        const values = await queryStorageBatch(
            block,
            alphaDividendReads(
                netuid,
                uids.map((uid) => fromSs58(hotkeys.get(uid)!)),
            ),
        )
        return new Map(uids.map((uid, i) => [uid, BigInt(values[i])]))
    }

    async flush(): Promise<void> {
        await this.emissions.flush()
        await bulkInsert(this.store, this.epochs)
        await bulkInsert(this.store, this.neuronEpochs)
    }
}
