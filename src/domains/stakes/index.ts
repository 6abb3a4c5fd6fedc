/**
 * Stakes domain: a StakeEvent row per stake event (pairs of a move, transfer or swap linked), and
 * the positions those events and the chain's silent changes leave (src/domains/stakes/positions.ts).
 */
import type { Store } from '@subsquid/typeorm-store'
import { StakeEvent } from '../../model'
import type { Block, Event } from '../../block'
import type { Domain } from '../../indexer/domain'
import type { ReadPlanner } from '../../indexer/prefetch'
import { bulkInsert } from '../../db/bulk'
import { leaseIdOf } from './decode'
import { readLease } from './chain'
import { isStakeEvent, linkPairs, stakeEvent } from './map'
import { PositionsBatch, PositionScope } from './positions'
import { planStakes, StakesPlanNeeds } from './plan'

/** Matched by name and decoded by field name: the struct's fields are stable across its versions. */
const COLDKEY_SWAPPED = 'SubtensorModule.ColdkeySwapped'

/** What the stakes domain needs of the others at the end of a block (the indexer passes it in). */
export interface StakesInput {
    /** what to re-read besides the positions the block's stake events name */
    scope: PositionScope
    /** subnets removed in the block: the chain wipes their positions with no stake event */
    removedNetuids: Iterable<number>
}

export class StakesBatch implements Domain<StakesInput> {
    readonly name = 'stakes'
    readonly planner: ReadPlanner
    private positions: PositionsBatch
    private rows: StakeEvent[] = []
    private blockRows: StakeEvent[] = []

    constructor(
        private store: Store,
        plan: StakesPlanNeeds,
    ) {
        this.positions = new PositionsBatch(store)
        this.planner = planStakes(plan, this.positions.planned)
    }

    /** stake events, and coldkey swaps (which re-key every position of the old coldkey) */
    handles(event: Event): boolean {
        return isStakeEvent(event) || event.name === COLDKEY_SWAPPED
    }

    async onEvent(event: Event): Promise<void> {
        if (event.name === COLDKEY_SWAPPED) {
            const { oldColdkey, newColdkey } = event.args ?? {}
            if (oldColdkey && newColdkey) this.positions.touchColdkeySwap(oldColdkey, newColdkey)
            return
        }
        const leaseId = leaseIdOf(event)
        const { row, keys } = stakeEvent(event, leaseId === undefined ? undefined : await readLease(event.block, leaseId))
        this.blockRows.push(row)
        for (const k of keys) this.positions.touch(k.coldkey, k.hotkey, k.netuid)
    }

    prepare(): Promise<void> {
        return this.positions.preload()
    }

    /** true when no position has ever been indexed (a fresh database) */
    isEmpty(): Promise<boolean> {
        return this.positions.isEmpty()
    }

    async endBlock(block: Block, { scope, removedNetuids }: StakesInput): Promise<void> {
        linkPairs(this.blockRows)
        this.rows.push(...this.blockRows)
        this.blockRows = []
        for (const netuid of removedNetuids) this.positions.touchNetuid(netuid)
        await this.positions.endBlock(block, scope)
    }

    skipBlock(): void {
        this.positions.skipBlock()
    }

    /** pools whose shares did not add up in this batch, so every share of their hotkey was read again */
    get unbalancedPools(): string[] {
        return this.positions.unbalancedPools
    }

    async flush(): Promise<void> {
        await bulkInsert(this.store, this.rows)
        await this.positions.flush()
    }
}
