import { events } from '../../types'
import type { Event } from '../../block'
import { UnknownEventVersionError } from '../../util/errors'
import { readByFieldNames, Wanted } from '../../util/fields'

const sm = events.subtensorModule

export const STAKE_EVENT_NAMES = [
    sm.stakeAdded.name,
    sm.stakeRemoved.name,
    sm.stakeMoved.name,
    sm.stakeTransferred.name,
    sm.stakeSwapped.name,
    sm.alphaRecycled.name,
    sm.alphaBurned.name,
    sm.transactionFeePaidWithAlpha.name,
    sm.subnetLeaseDividendsDistributed.name,
] as const

export type StakeKind = 'ADD' | 'REMOVE' | 'MOVE' | 'TRANSFER' | 'SWAP' | 'RECYCLE' | 'BURN' | 'FEE' | 'LEASE'

/** A subnet lease (SubnetLeases storage): the lease's own coldkey holds the stake its dividends come from. */
export interface Lease {
    coldkey: string
    hotkey: string
    netuid: number
}

/** The lease named by a SubnetLeaseDividendsDistributed event (the runtime's storage says the rest). */
export function leaseIdOf(event: Event): number | undefined {
    if (event.name !== sm.subnetLeaseDividendsDistributed.name) return undefined
    if (sm.subnetLeaseDividendsDistributed.v424.is(event)) return sm.subnetLeaseDividendsDistributed.v424.decode(event).leaseId
    const id = (event.args as any)?.leaseId
    if (typeof id === 'number' && Number.isInteger(id) && id >= 0) return id
    throw new UnknownEventVersionError(event.name, event.block.specVersion, 'no lease id')
}

/** A stake event as the runtime reported it, in one shape for every runtime version. */
export interface DecodedStakeEvent {
    kind: StakeKind
    /** 0x-hex; undefined where the runtime does not put the coldkey in the event (before dTAO) */
    coldkey?: string
    hotkey: string
    netuid: number
    tao: bigint | null
    alpha: bigint | null
    fee?: bigint
    /** MOVE / TRANSFER / SWAP / LEASE: where the stake went */
    dest?: { coldkey: string; hotkey: string; netuid: number }
}

/**
 * Shapes, by the first runtime that has them (typegen names them after the first runtime seen):
 *   StakeAdded/Removed v103 (hotkey, amount): before dTAO, TAO stake counted as netuid 0;
 *     v204 (coldkey, hotkey, tao, alpha, netuid); v315 (... , fee).
 *   StakeMoved v204 (coldkey, hotkey_from, netuid_from, hotkey_to, netuid_to); v224 (..., tao).
 *   StakeTransferred v224 (coldkey_from, coldkey_to, hotkey, netuid_from, netuid_to, tao).
 *   StakeSwapped v224 (coldkey, hotkey, netuid_from, netuid_to, tao).
 *   AlphaRecycled / AlphaBurned v315 (coldkey, hotkey, alpha, netuid).
 * A shape none of these match (a newer runtime) is read by field names (decodeByFieldNames).
 */
export function decodeStakeEvent(event: Event, lease?: Lease): DecodedStakeEvent {
    if (event.name === sm.transactionFeePaidWithAlpha.name) return decodeAlphaFee(event)
    if (event.name === sm.subnetLeaseDividendsDistributed.name) return decodeLeaseDividend(event, lease)
    return decodeKnownVersion(event) ?? decodeByFieldNames(event)
}

/**
 * TransactionFeePaidWithAlpha (spec 397; netuid from 401): a signed SubtensorModule call that
 * unstakes (remove_stake*, unstake_all*, move/transfer/swap_stake*, recycle/burn_alpha) and whose
 * signer cannot pay the fee in TAO pays it by selling alpha from that call's own position, even when
 * the call then fails. The event names the coldkey and the subnet; the hotkey is the call's
 * (`hotkey`, or `origin_hotkey` for move_stake), and so is the subnet where the event has none.
 */
function decodeAlphaFee(event: Event): DecodedStakeEvent {
    const t = sm.transactionFeePaidWithAlpha
    const v = t.v424.is(event)
        ? (({ who, netuid, alphaFee, taoAmount }) => ({ coldkey: who, netuid, alpha: alphaFee, tao: taoAmount }))(t.v424.decode(event))
        : readByFieldNames(event, [
              { key: 'coldkey', kind: 'account', names: ['who', 'coldkey'] },
              { key: 'netuid', kind: 'netuid', names: ['netuid'], optional: true },
              { key: 'alpha', kind: 'alpha', names: ['alphaFee', 'alpha'] },
              { key: 'tao', kind: 'tao', names: ['taoAmount', 'tao'] },
          ])
    const call = (event.call?.args ?? {}) as Record<string, unknown>
    const hotkey = call.hotkey ?? call.originHotkey
    const netuid = v.netuid ?? call.netuid ?? call.originNetuid
    if (typeof hotkey !== 'string' || typeof netuid !== 'number') {
        throw new UnknownEventVersionError(
            event.name,
            event.block.specVersion,
            `no hotkey${typeof netuid === 'number' ? '' : ' or subnet'} in the paying call ${event.call?.name ?? '(none)'}`,
        )
    }
    return { kind: 'FEE', coldkey: v.coldkey, hotkey: hotkey.toLowerCase(), netuid, tao: v.tao, alpha: v.alpha }
}

/**
 * SubnetLeaseDividendsDistributed (spec 361): at a distribution block the runtime moves the
 * contributors' cut of a leased subnet's owner emission from the lease's coldkey to each
 * contributor (and the rest to the beneficiary), as stake on the lease's hotkey on its subnet, with
 * no stake event. `lease` is SubnetLeases(lease_id) at the end of the block.
 */
function decodeLeaseDividend(event: Event, lease: Lease | undefined): DecodedStakeEvent {
    const t = sm.subnetLeaseDividendsDistributed
    const v = t.v424.is(event)
        ? t.v424.decode(event)
        : readByFieldNames(event, [
              { key: 'contributor', kind: 'account', names: ['contributor'] },
              { key: 'alpha', kind: 'alpha', names: ['alpha'] },
          ])
    if (!lease)
        throw new UnknownEventVersionError(
            event.name,
            event.block.specVersion,
            `lease ${leaseIdOf(event)} is not in SubnetLeases at the end of the block`,
        )
    const dest = { coldkey: String(v.contributor).toLowerCase(), hotkey: lease.hotkey, netuid: lease.netuid }
    return { kind: 'LEASE', coldkey: lease.coldkey, hotkey: lease.hotkey, netuid: lease.netuid, tao: null, alpha: BigInt(v.alpha), dest }
}

function decodeKnownVersion(event: Event): DecodedStakeEvent | undefined {
    switch (event.name) {
        case sm.stakeAdded.name:
        case sm.stakeRemoved.name: {
            const kind = event.name === sm.stakeAdded.name ? 'ADD' : 'REMOVE'
            const t = kind === 'ADD' ? sm.stakeAdded : sm.stakeRemoved
            if (t.v103.is(event)) {
                const [hotkey, amount] = t.v103.decode(event)
                return { kind, hotkey, netuid: 0, tao: amount, alpha: amount }
            }
            if (t.v204.is(event)) {
                const [coldkey, hotkey, tao, alpha, netuid] = t.v204.decode(event)
                return { kind, coldkey, hotkey, netuid, tao, alpha }
            }
            if (t.v315.is(event)) {
                const [coldkey, hotkey, tao, alpha, netuid, fee] = t.v315.decode(event)
                return { kind, coldkey, hotkey, netuid, tao, alpha, fee }
            }
            break
        }
        case sm.stakeMoved.name: {
            if (sm.stakeMoved.v204.is(event)) {
                const [coldkey, hotkey, netuid, destHotkey, destNetuid] = sm.stakeMoved.v204.decode(event)
                return {
                    kind: 'MOVE',
                    coldkey,
                    hotkey,
                    netuid,
                    tao: null,
                    alpha: null,
                    dest: { coldkey, hotkey: destHotkey, netuid: destNetuid },
                }
            }
            if (sm.stakeMoved.v224.is(event)) {
                const [coldkey, hotkey, netuid, destHotkey, destNetuid, tao] = sm.stakeMoved.v224.decode(event)
                return {
                    kind: 'MOVE',
                    coldkey,
                    hotkey,
                    netuid,
                    tao,
                    alpha: null,
                    dest: { coldkey, hotkey: destHotkey, netuid: destNetuid },
                }
            }
            break
        }
        case sm.stakeTransferred.name: {
            if (sm.stakeTransferred.v224.is(event)) {
                const [coldkey, destColdkey, hotkey, netuid, destNetuid, tao] = sm.stakeTransferred.v224.decode(event)
                return {
                    kind: 'TRANSFER',
                    coldkey,
                    hotkey,
                    netuid,
                    tao,
                    alpha: null,
                    dest: { coldkey: destColdkey, hotkey, netuid: destNetuid },
                }
            }
            break
        }
        case sm.stakeSwapped.name: {
            if (sm.stakeSwapped.v224.is(event)) {
                const [coldkey, hotkey, netuid, destNetuid, tao] = sm.stakeSwapped.v224.decode(event)
                return { kind: 'SWAP', coldkey, hotkey, netuid, tao, alpha: null, dest: { coldkey, hotkey, netuid: destNetuid } }
            }
            break
        }
        case sm.alphaRecycled.name:
        case sm.alphaBurned.name: {
            const kind = event.name === sm.alphaRecycled.name ? 'RECYCLE' : 'BURN'
            const t = kind === 'RECYCLE' ? sm.alphaRecycled : sm.alphaBurned
            if (t.v315.is(event)) {
                const [coldkey, hotkey, alpha, netuid] = t.v315.decode(event)
                return { kind, coldkey, hotkey, netuid, tao: null, alpha }
            }
            break
        }
    }
    return undefined
}

const coldkey: Wanted = { key: 'coldkey', kind: 'account', names: ['coldkey', 'fromColdkey', 'originColdkey'] }
const hotkey: Wanted = { key: 'hotkey', kind: 'account', names: ['hotkey', 'fromHotkey', 'originHotkey'] }
const netuid: Wanted = { key: 'netuid', kind: 'netuid', names: ['netuid', 'fromNetuid', 'originNetuid'] }
const destColdkey: Wanted = { key: 'destColdkey', kind: 'account', names: ['destColdkey', 'toColdkey', 'destinationColdkey'] }
const destHotkey: Wanted = { key: 'destHotkey', kind: 'account', names: ['destHotkey', 'toHotkey', 'destinationHotkey'] }
const destNetuid: Wanted = { key: 'destNetuid', kind: 'netuid', names: ['destNetuid', 'toNetuid', 'destinationNetuid'] }
const tao: Wanted = { key: 'tao', kind: 'tao', names: ['tao', 'taoAmount', 'amount'] }
const alpha: Wanted = { key: 'alpha', kind: 'alpha', names: ['alpha', 'alphaAmount'] }

/** Tuple fields are taken left to right, so each list is in the order the chain has always used. */
const BY_FIELD_NAMES: Record<string, { kind: StakeKind; wanted: Wanted[] }> = {
    [sm.stakeAdded.name]: {
        kind: 'ADD',
        wanted: [coldkey, hotkey, tao, alpha, netuid, { key: 'fee', kind: 'tao', names: ['fee'], optional: true }],
    },
    [sm.stakeRemoved.name]: {
        kind: 'REMOVE',
        wanted: [coldkey, hotkey, tao, alpha, netuid, { key: 'fee', kind: 'tao', names: ['fee'], optional: true }],
    },
    [sm.stakeMoved.name]: { kind: 'MOVE', wanted: [coldkey, hotkey, destHotkey, netuid, destNetuid, { ...tao, optional: true }] },
    [sm.stakeTransferred.name]: { kind: 'TRANSFER', wanted: [coldkey, destColdkey, hotkey, netuid, destNetuid, tao] },
    [sm.stakeSwapped.name]: { kind: 'SWAP', wanted: [coldkey, hotkey, netuid, destNetuid, tao] },
    [sm.alphaRecycled.name]: { kind: 'RECYCLE', wanted: [coldkey, hotkey, alpha, netuid] },
    [sm.alphaBurned.name]: { kind: 'BURN', wanted: [coldkey, hotkey, alpha, netuid] },
}

/** Exported for tests, which check it against every known shape. */
export function decodeByFieldNames(event: Event): DecodedStakeEvent {
    const spec = BY_FIELD_NAMES[event.name]
    if (!spec) throw new UnknownEventVersionError(event.name, event.block.specVersion)
    const v = readByFieldNames(event, spec.wanted)
    const base = { kind: spec.kind, coldkey: v.coldkey, hotkey: v.hotkey, netuid: v.netuid }
    switch (spec.kind) {
        case 'ADD':
        case 'REMOVE':
            return { ...base, tao: v.tao, alpha: v.alpha, ...(v.fee != null ? { fee: v.fee } : {}) }
        case 'MOVE':
            return { ...base, tao: v.tao ?? null, alpha: null, dest: { coldkey: v.coldkey, hotkey: v.destHotkey, netuid: v.destNetuid } }
        case 'TRANSFER':
            return { ...base, tao: v.tao, alpha: null, dest: { coldkey: v.destColdkey, hotkey: v.hotkey, netuid: v.destNetuid } }
        case 'SWAP':
            return { ...base, tao: v.tao, alpha: null, dest: { coldkey: v.coldkey, hotkey: v.hotkey, netuid: v.destNetuid } }
        case 'RECYCLE':
        case 'BURN':
            return { ...base, tao: null, alpha: v.alpha }
        default:
            throw new UnknownEventVersionError(event.name, event.block.specVersion)
    }
}
