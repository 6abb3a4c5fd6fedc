/**
 * Registrations domain: subnets, neurons (who holds which uid since when) and registration events.
 *
 * Events drive it (NetworkAdded/Removed, NeuronRegistered: a reused uid is just a new
 * NeuronRegistered, so the previous holder is closed then). Where the chain moves uids without an
 * event the indexer re-reads storage (`NetworksAdded`, `Keys`) and reconciles: on the first block it
 * processes, after runtime upgrades (migrations) and after hotkey swaps.
 */
import { In, IsNull } from 'typeorm'
import { Store } from '@subsquid/typeorm-store'
import { Neuron, Registration, RegistrationMethod, Subnet, SubnetParamChange } from '../../model'
import type { Block, Event } from '../../block'
import { blockTime, eventId, heightKey } from '../../util/ids'
import { toSs58 } from '../../util/ss58'
import { decodeRegistrationEvent, isRegistrationEvent, registrationMethod } from './decode'
import { readBurn, readKeys, readNetuids, readOwners, readSubnetLock, readSubnetOwner } from './chain'
import { bulkInsert, bulkUpsert } from '../../db/bulk'
import type { Call, Domain } from '../../indexer/domain'
import { planRegistrations } from './plan'
import type { BatchBlock } from '../../indexer/prefetch'

const timeOf = blockTime

/** Renumbers uids with no event (admin-utils, from spec 320) */
export const TRIM_UIDS = 'AdminUtils.sudo_trim_to_max_allowed_uids'

/** What other domains need to know of a block's registrations, once its events are mapped. */
export interface RegistrationsOfBlock {
    /** subnets that exist at the end of the block */
    netuids: number[]
    /** subnets whose uid holders changed (other domains re-read state of those) */
    changedNetuids: Set<number>
    /** subnets removed in the block */
    removedNetuids: Set<number>
    /** old and new hotkeys (ss58) of the block's hotkey swaps */
    swappedHotkeys: string[]
    /** hotkeys (ss58) registered in the block: sudo_register can stake to them with no stake event */
    registeredHotkeys: string[]
    /** hotkeys (ss58) that lost a uid in the block (before dTAO the chain may unstake them, with no event) */
    deregisteredHotkeys: string[]
}

/**
 * `reconcileAll(block)`: the block where every subnet and uid holder is compared with storage (a
 * runtime upgrade, the first block of a run).
 */
export class RegistrationsBatch implements Domain<{ reconcileAll: boolean }, RegistrationsOfBlock> {
    readonly name = 'registrations'
    readonly planner

    constructor(
        private store: Store,
        reconcileAll: (block: BatchBlock) => boolean,
    ) {
        this.planner = planRegistrations(reconcileAll, (netuid) => this.plannedNetuids.add(netuid))
    }

    /** active subnet per netuid, for netuids loaded in this batch (null = none active) */
    private subnets = new Map<number, Subnet | null>()
    /** active neurons of the loaded netuids, by uid */
    private neurons = new Map<number, Map<number, Neuron>>()
    private dirtySubnets = new Map<string, Subnet>()
    private dirtyNeurons = new Map<string, Neuron>()
    private registrations: Registration[] = []
    private swapsInBlock: { oldHotkey: string; newHotkey: string }[] = []
    /** subnets added in the current block: register_network can fill uids without NeuronRegistered */
    private addedInBlock = new Set<number>()
    /** subnets removed in the current block */
    private removedInBlock = new Set<number>()
    /** subnets whose uid holders changed in the current block */
    private changedInBlock = new Set<number>()

    private paramChanges: SubnetParamChange[] = []

    /**
     * Registration events, and SubtensorModule.<Param>Set events: hyperparameter changes, whatever
     * the parameter (the indexer routes a domain's own ...Set events, e.g. WeightsSet, to it first).
     */
    handles(event: Event): boolean {
        return isRegistrationEvent(event) || isParamChange(event)
    }

    handlesCall(call: Call): boolean {
        return call.name === TRIM_UIDS && call.success === true && call.args?.netuid != null
    }

    onCall(call: Call) {
        this.trimmedInBlock.add(Number(call.args.netuid))
    }

    private onParamChange(event: Event) {
        const args: unknown[] = Array.isArray(event.args) ? event.args : event.args == null ? [] : [event.args]
        const perSubnet = args.length >= 2 && Number.isInteger(args[0])
        const rest = perSubnet ? args.slice(1) : args
        const json = JSON.stringify(rest.length === 1 ? rest[0] : rest, (_k, v) =>
            typeof v === 'bigint' || typeof v === 'number' ? String(v) : v,
        )
        this.paramChanges.push(
            new SubnetParamChange({
                id: eventId(event.block.height, event.index),
                blockNumber: event.block.height,
                timestamp: timeOf(event.block),
                extrinsicHash: event.extrinsic?.hash ?? null,
                netuid: perSubnet ? (args[0] as number) : null,
                param: event.name.slice('SubtensorModule.'.length, -'Set'.length),
                value: json,
            }),
        )
    }

    private async subnet(netuid: number): Promise<Subnet | null> {
        if (!this.subnets.has(netuid)) {
            this.subnets.set(netuid, (await this.store.findOneBy(Subnet, { netuid, removedAtBlock: IsNull() })) ?? null)
        }
        return this.subnets.get(netuid)!
    }

    private async active(netuid: number): Promise<Map<number, Neuron>> {
        if (!this.neurons.has(netuid)) await this.loadActive([netuid])
        return this.neurons.get(netuid)!
    }

    /** the active neurons of the subnets not loaded yet, in one query (a mainnet subnet has 256) */
    private async loadActive(netuids: Iterable<number>) {
        const missing = [...new Set(netuids)].filter((n) => !this.neurons.has(n))
        if (missing.length === 0) return
        const rows = await this.store.find(Neuron, {
            where: { netuid: missing.length === 1 ? missing[0] : In(missing), deregisteredAtBlock: IsNull() },
        })
        for (const n of missing) this.neurons.set(n, new Map())
        for (const n of rows) this.neurons.get(n.netuid)!.set(n.uid, n)
    }

    /** subnets the batch registers on (from the planner): their holders are loaded together by prepare() */
    private plannedNetuids = new Set<number>()

    async prepare(): Promise<void> {
        await this.loadActive(this.plannedNetuids)
        this.plannedNetuids.clear()
    }

    private allSubnetsLoaded = false

    /** netuids of the subnets that exist after the events processed so far */
    async activeNetuids(): Promise<number[]> {
        if (!this.allSubnetsLoaded) {
            for (const s of await this.store.find(Subnet, { where: { removedAtBlock: IsNull() } })) {
                if (!this.subnets.has(s.netuid)) this.subnets.set(s.netuid, s)
            }
            this.allSubnetsLoaded = true
        }
        return [...this.subnets]
            .filter(([, s]) => s != null)
            .map(([n]) => n)
            .sort((a, b) => a - b)
    }

    /** uid -> hotkey (ss58) of a subnet's current holders */
    async hotkeysOf(netuid: number): Promise<Map<number, string>> {
        return new Map([...(await this.active(netuid))].map(([uid, n]) => [uid, n.hotkey]))
    }

    /** hotkeysOf for several subnets, the ones not loaded yet read in one query */
    async hotkeysOfMany(netuids: number[]): Promise<Map<number, Map<number, string>>> {
        await this.loadActive(netuids)
        return new Map(await Promise.all(netuids.map(async (n) => [n, await this.hotkeysOf(n)] as const)))
    }

    private touchSubnet(s: Subnet) {
        this.subnets.set(s.netuid, s.removedAtBlock == null ? s : null)
        this.dirtySubnets.set(s.id, s)
    }

    private closeNeuron(n: Neuron, block: Block) {
        this.changedInBlock.add(n.netuid)
        this.deregisteredHotkeys.add(n.hotkey)
        n.deregisteredAtBlock = block.height
        n.deregisteredAt = timeOf(block)
        this.dirtyNeurons.set(n.id, n)
    }

    private openNeuron(n: Neuron, active: Map<number, Neuron>) {
        active.set(n.uid, n)
        this.dirtyNeurons.set(n.id, n)
    }

    private async openSubnet(block: Block, netuid: number, mechanism: number | null) {
        const owner = await readSubnetOwner(block, netuid)
        const lockCost = await readSubnetLock(block, netuid)
        this.touchSubnet(
            new Subnet({
                id: `${netuid}-${block.height}`,
                netuid,
                registeredAtBlock: block.height,
                registeredAt: timeOf(block),
                mechanism,
                owner: owner ? toSs58(owner) : null,
                lockCost,
                removedAtBlock: null,
                removedAt: null,
            }),
        )
    }

    async onEvent(event: Event): Promise<void> {
        if (!isRegistrationEvent(event)) return this.onParamChange(event)
        const block = event.block
        const d = decodeRegistrationEvent(event)
        switch (d.kind) {
            case 'NetworkAdded': {
                const existing = await this.subnet(d.netuid)
                if (existing) await this.removeSubnet(existing, block)
                await this.openSubnet(block, d.netuid, d.mechanism)
                this.addedInBlock.add(d.netuid)
                break
            }
            case 'NetworkRemoved': {
                this.removedInBlock.add(d.netuid)
                const existing = await this.subnet(d.netuid)
                if (existing) await this.removeSubnet(existing, block)
                break
            }
            case 'NeuronRegistered': {
                const active = await this.active(d.netuid)
                const previous = active.get(d.uid)
                if (previous) this.closeNeuron(previous, block)
                const [owner] = await readOwners(block, [d.hotkey])
                const method = registrationMethod(event.call?.name) as RegistrationMethod
                const burn = method === RegistrationMethod.BURNED ? await readBurn(block, d.netuid) : null
                const id = eventId(block.height, event.index)
                const hotkey = toSs58(d.hotkey)
                const coldkey = owner ? toSs58(owner) : null
                this.registeredHotkeys.add(hotkey)
                this.openNeuron(
                    new Neuron({
                        id: `${id}-${d.netuid}-${d.uid}`,
                        netuid: d.netuid,
                        uid: d.uid,
                        hotkey,
                        coldkey,
                        method,
                        burn,
                        registeredAtBlock: block.height,
                        registeredAt: timeOf(block),
                        deregisteredAtBlock: null,
                        deregisteredAt: null,
                    }),
                    active,
                )
                this.registrations.push(
                    new Registration({
                        id,
                        blockNumber: block.height,
                        timestamp: timeOf(block) ?? new Date(0),
                        extrinsicHash: event.extrinsic?.hash ?? null,
                        eventIndex: event.index,
                        netuid: d.netuid,
                        uid: d.uid,
                        hotkey,
                        coldkey,
                        method,
                        replacedHotkey: previous?.hotkey ?? null,
                        burn,
                    }),
                )
                break
            }
            case 'HotkeySwapped':
                this.swapsInBlock.push({ oldHotkey: toSs58(d.oldHotkey), newHotkey: toSs58(d.newHotkey) })
                break
        }
    }

    private async removeSubnet(s: Subnet, block: Block) {
        s.removedAtBlock = block.height
        s.removedAt = timeOf(block)
        this.touchSubnet(s)
        for (const n of (await this.active(s.netuid)).values()) this.closeNeuron(n, block)
        this.neurons.set(s.netuid, new Map())
    }

    /**
     * Whether the chain may have changed uids at this block without telling us: 'all' subnets after
     * a hotkey swap, the new subnets after NetworkAdded, trimmed subnets. (Runtime upgrades: see the
     * handler.)
     */
    private needsReconcile(): 'all' | Set<number> | undefined {
        if (this.swapsInBlock.length > 0) return 'all'
        const some = new Set([...this.addedInBlock, ...this.trimmedInBlock])
        return some.size ? some : undefined
    }

    /**
     * Makes the indexed state equal to the chain's storage at the end of `block`: subnets from
     * NetworksAdded, uid holders from Keys. Differences become closed and opened rows; a uid that
     * moved from an old to a new hotkey in a HotkeySwapped of this block is recorded as a SWAP.
     */
    private async reconcile(block: Block, only: 'all' | Set<number> = 'all'): Promise<void> {
        let chainNetuids: Set<number>
        if (only === 'all') {
            chainNetuids = new Set(await readNetuids(block))
            const indexed = await this.store.find(Subnet, { where: { removedAtBlock: IsNull() } })
            for (const s of indexed) if (!this.subnets.has(s.netuid)) this.subnets.set(s.netuid, s)
            for (const [netuid, s] of this.subnets) {
                if (s && !chainNetuids.has(netuid)) await this.removeSubnet(s, block)
            }
        } else {
            chainNetuids = only
        }
        const swappedTo = new Map(this.swapsInBlock.map((s) => [s.newHotkey, s.oldHotkey]))
        for (const netuid of chainNetuids) {
            if (!(await this.subnet(netuid))) await this.openSubnet(block, netuid, null)
            const keys = await readKeys(block, netuid)
            const active = await this.active(netuid)
            for (const [uid, n] of active) {
                if (!keys.has(uid)) {
                    this.closeNeuron(n, block)
                    active.delete(uid)
                }
            }
            const changed = [...keys].filter(([uid, hotkey]) => active.get(uid)?.hotkey !== toSs58(hotkey))
            const owners = await readOwners(
                block,
                changed.map(([, hotkey]) => hotkey),
            )
            changed.forEach(([uid, hotkeyHex], i) => {
                const previous = active.get(uid)
                const hotkey = toSs58(hotkeyHex)
                if (previous) this.closeNeuron(previous, block)
                const swapped = previous != null && swappedTo.get(hotkey) === previous.hotkey
                const owner = owners[i]
                this.openNeuron(
                    new Neuron({
                        id: `${heightKey(block.height)}-${swapped ? 'swap' : 'storage'}-${netuid}-${uid}`,
                        netuid,
                        uid,
                        hotkey,
                        coldkey: owner ? toSs58(owner) : null,
                        method: swapped ? RegistrationMethod.SWAP : RegistrationMethod.STORAGE,
                        burn: null,
                        registeredAtBlock: block.height,
                        registeredAt: timeOf(block),
                        deregisteredAtBlock: null,
                        deregisteredAt: null,
                    }),
                    active,
                )
            })
        }
    }

    private registeredHotkeys = new Set<string>()
    private deregisteredHotkeys = new Set<string>()

    /**
     * Compares storage with the indexed state where the chain may have changed uids without an
     * event (every subnet where `reconcileAll`), and says what the block changed.
     */
    async endBlock(block: Block, { reconcileAll }: { reconcileAll: boolean }): Promise<RegistrationsOfBlock> {
        const reconcile = reconcileAll ? 'all' : this.needsReconcile()
        if (reconcile) await this.reconcile(block, reconcile)
        const out: RegistrationsOfBlock = {
            netuids: await this.activeNetuids(),
            changedNetuids: new Set(this.changedInBlock),
            removedNetuids: new Set(this.removedInBlock),
            swappedHotkeys: this.swapsInBlock.flatMap((s) => [s.oldHotkey, s.newHotkey]),
            registeredHotkeys: [...this.registeredHotkeys],
            deregisteredHotkeys: [...this.deregisteredHotkeys],
        }
        this.swapsInBlock = []
        this.addedInBlock = new Set()
        this.changedInBlock.clear()
        this.removedInBlock.clear()
        this.trimmedInBlock.clear()
        this.registeredHotkeys.clear()
        this.deregisteredHotkeys.clear()
        return out
    }

    /** subnets whose uids were trimmed/renumbered by sudo_trim_to_max_allowed_uids (no event) */
    private trimmedInBlock = new Set<number>()

    async flush(): Promise<void> {
        await bulkUpsert(this.store, [...this.dirtySubnets.values()])
        await bulkUpsert(this.store, [...this.dirtyNeurons.values()])
        await bulkInsert(this.store, this.registrations)
        await bulkInsert(this.store, this.paramChanges)
    }
}

function isParamChange(event: Event): boolean {
    return event.name.startsWith('SubtensorModule.') && event.name.endsWith('Set') && event.name.length > 'SubtensorModule.Set'.length
}
