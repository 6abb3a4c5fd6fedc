/**
 * Storage reads of the registrations domain, for every runtime version typegen knows. Used where
 * the chain changes uids without an event (runtime upgrades, hotkey swaps) and for the first block.
 */
import { storage } from '../../types'
import type { Block } from '../../block'
import { collectPages, queryStorageBatch, STORAGE_PAGE } from '../../util/storage'

const sm = storage.subtensorModule

/** netuids that exist at the block */
export async function readNetuids(block: Block): Promise<number[]> {
    if (!sm.networksAdded.v103.is(block)) throw new Error(`NetworksAdded: unknown storage shape in spec ${block.specVersion}`)
    const pairs = await collectPages(sm.networksAdded.v103.getPairsPaged(STORAGE_PAGE, block))
    return pairs
        .filter(([, added]) => added)
        .map(([netuid]) => netuid as number)
        .sort((a, b) => a - b)
}

/** uid -> hotkey (0x-hex) of a subnet at the block */
export async function readKeys(block: Block, netuid: number): Promise<Map<number, string>> {
    if (!sm.keys.v103.is(block)) throw new Error(`Keys: unknown storage shape in spec ${block.specVersion}`)
    const pairs = await collectPages(sm.keys.v103.getPairsPaged(STORAGE_PAGE, block, netuid))
    return new Map(pairs.map(([[, uid], hotkey]) => [uid as number, hotkey as string]))
}

/** the coldkeys owning these hotkeys at the block (undefined where none is recorded) */
export async function readOwners(block: Block, hotkeys: string[]): Promise<(string | undefined)[]> {
    if (hotkeys.length === 0) return []
    if (!sm.owner.v103.is(block)) throw new Error(`Owner: unknown storage shape in spec ${block.specVersion}`)
    const owners = await sm.owner.v103.getMany(block, hotkeys)
    // Owner is a ValueQuery: an unknown hotkey reads as the all-zero account.
    return owners.map((o) => (o && !/^0x0+$/.test(o) ? o : undefined))
}

export async function readSubnetOwner(block: Block, netuid: number): Promise<string | undefined> {
    if (!sm.subnetOwner.v143.is(block)) return undefined
    const owner = await sm.subnetOwner.v143.get(block, netuid)
    return owner && !/^0x0+$/.test(owner) ? owner : undefined
}

/**
 * Burn(netuid): the TAO (rao) a burned registration costs at the block. Read through
 * queryStorageBatch, which applies the item's default when no value is stored (typegen's get()
 * returns undefined there, though the chain charges the default).
 */
export async function readBurn(block: Block, netuid: number): Promise<bigint | null> {
    if (!sm.burn.v103.is(block)) return null
    const [burn] = await queryStorageBatch(block, [{ name: 'SubtensorModule.Burn', key: [netuid] }])
    return burn as bigint
}

/** SubnetLocked(netuid): the TAO (rao) locked when the subnet was registered (runtimes that have it) */
export async function readSubnetLock(block: Block, netuid: number): Promise<bigint | null> {
    if (!sm.subnetLocked.v143.is(block)) return null
    const [lock] = await queryStorageBatch(block, [{ name: 'SubtensorModule.SubnetLocked', key: [netuid] }])
    return lock as bigint
}
