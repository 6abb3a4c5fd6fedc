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
import type { Block } from '../../block'
import { queryStorageBatch } from '../../util/storage'
import { blockTime, heightKey } from '../../util/ids'
import { fromSs58 } from '../../util/ss58'
import { ChangeOnlyRows } from '../../util/change-only'
import { bulkInsert } from '../../db/bulk'

import {
    ALPHA_DIVIDENDS,
    alphaDividendReads,
    EMISSION_COLUMNS,
    epochMarker,
    epochReads,
    hasU64Item,
    PER_EPOCH,
    perBlockReads,
    sameEmission,
} from './reads'

import { unknownEmissionShapes } from './reads'
import { planEmissions } from './plan'
import type { Domain } from '../../indexer/domain'
import type { PlanView, ReadPlanner } from '../../indexer/prefetch'

export { epochMarker, LAST_STEP } from './reads'

/** The subnets that ran an epoch in a block, and those that ran one in the block before. */
export interface EpochsOfBlock {
    epoch: number[]
    afterEpoch: number[]
}

/** What the emissions domain needs of the others for a block (the indexer passes it in). */
export interface EmissionsInput {
    /** subnets that exist at the end of the block */
    netuids: number[]
    /** uid -> hotkey (ss58) of a subnet's holders */
    hotkeysOf: (netuid: number) => Promise<Map<number, string>>
}

/** What its read planner needs: the subnets at the start of the batch, their epochs and hotkeys (0x-hex). */
export interface EmissionsPlanNeeds {
    netuids: number[]
    epochsAt: (block: Block, view: PlanView) => { epoch: number[] }
    hotkeysOf: (netuid: number, block: Block, view: PlanView) => Promise<string[]>
}

export class EmissionsBatch implements Domain<EmissionsInput, EpochsOfBlock> {
    readonly name = 'emissions'
    readonly planner: ReadPlanner
    readonly unknownShapes = unknownEmissionShapes
    private emissions: ChangeOnlyRows<SubnetEmission>
    private epochs: Epoch[] = []
    private neuronEpochs: NeuronEpoch[] = []

    constructor(
        private store: Store,
        plan: EmissionsPlanNeeds,
    ) {
        this.emissions = new ChangeOnlyRows(store, SubnetEmission, sameEmission)
        this.planner = planEmissions(plan.netuids, plan.epochsAt, plan.hotkeysOf)
    }

    /** no emission events: storage only */
    handles(): boolean {
        return false
    }

    async onEvent(): Promise<void> {}

    /**
     * Reads the block's per-subnet emission values and epoch markers for `netuids` (the subnets that
     * exist at the end of the block), writes changed SubnetEmission rows, and returns the subnets
     * that ran an epoch in this block and those that ran one in the block before (some runtimes,
     * e.g. spec 143, credit the epoch's emission to stake in the following block).
     */
    async endBlock(block: Block, { netuids, hotkeysOf: hotkeys }: EmissionsInput): Promise<EpochsOfBlock> {
        if (netuids.length === 0) return { epoch: [], afterEpoch: [] }
        const { items, hasStep, requests } = perBlockReads(block, netuids)
        const values = await queryStorageBatch(block, requests)
        await this.emissions.preload(netuids)
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
