/**
 * Stake that moves without StakeAdded/StakeRemoved on finney's newer runtimes, decoded from events
 * SCALE-encoded with the real spec 424 registry:
 *  - TransactionFeePaidWithAlpha: the fee is sold from the caller's position on the hotkey and subnet
 *    of the paying call (pallets/transaction-fee `fees_in_alpha`: `hotkey`, or `origin_hotkey` for
 *    move_stake), so that position is re-read;
 *  - SubnetLeaseDividendsDistributed: alpha moves from the lease's coldkey to the contributor on the
 *    lease's hotkey and subnet (subnets/leasing.rs `transfer_stake_within_subnet`), both re-read;
 *    the prefetch reads SubnetLeases first, then both positions in the next round.
 */
import { Runtime } from '@subsquid/substrate-runtime'
import * as ss58 from '@subsquid/ss58'
import { stakeEvent } from '../../src/domains/stakes/map'
import { leaseFrom } from '../../src/domains/stakes/chain'
import { planStakes } from '../../src/domains/stakes/plan'
import { prefetch } from '../../src/indexer/prefetch'
import { StorageCache } from '../../src/indexer/storage-cache'
import { UnknownEventVersionError } from '../../src/util/errors'
import { availableRuntimes, encodeCall, encodeEvent, needRuntime } from '../support/runtimes'

const COLD = '0x' + '11'.repeat(32)
const HOT = '0x' + '22'.repeat(32)
const HOT2 = '0x' + '33'.repeat(32)
const LEASE_COLD = '0x' + '44'.repeat(32)
const LEASE_HOT = '0x' + '55'.repeat(32)
const CONTRIBUTOR = '0x' + '66'.repeat(32)
const ss = (hex: string) => ss58.codec(42).encode(hex)

let rt: Runtime | undefined
beforeAll(async () => {
    rt = (await availableRuntimes()).find((r) => r.specVersion === 424)
}, 120_000)

const need = () => needRuntime(rt, 424)

function feeEvent(r: Runtime, call: { name: string; args: any }) {
    const event = encodeEvent(
        r,
        'SubtensorModule.TransactionFeePaidWithAlpha',
        { who: COLD, netuid: 7, alphaFee: 123_456n, taoAmount: 789n },
        100,
        3,
    )
    return { ...event, call: { ...call, origin: { __kind: 'system', value: { __kind: 'Signed', value: COLD } } }, extrinsicIndex: 1 }
}

test('an alpha fee paid for remove_stake is a FEE row on the call hotkey and re-reads that position', () => {
    const r = need()
    if (!r) return
    const call = encodeCall(r, 'SubtensorModule.remove_stake', { hotkey: HOT, netuid: 7, amountUnstaked: 5_000n })
    const { row, keys } = stakeEvent(feeEvent(r, call) as any)
    expect({
        kind: row.kind,
        coldkey: row.coldkey,
        hotkey: row.hotkey,
        netuid: row.netuid,
        alpha: row.alphaAmount,
        tao: row.taoAmount,
        dest: row.destColdkey,
    }).toEqual({
        kind: 'FEE',
        coldkey: ss(COLD),
        hotkey: ss(HOT),
        netuid: 7,
        alpha: 123_456n,
        tao: 789n,
        dest: null,
    })
    expect(keys).toEqual([{ coldkey: COLD, hotkey: HOT, netuid: 7 }])
})

test('for move_stake the fee comes from the origin hotkey', () => {
    const r = need()
    if (!r) return
    const call = encodeCall(r, 'SubtensorModule.move_stake', {
        originHotkey: HOT,
        destinationHotkey: HOT2,
        originNetuid: 7,
        destinationNetuid: 8,
        alphaAmount: 10n,
    })
    expect(stakeEvent(feeEvent(r, call) as any).keys).toEqual([{ coldkey: COLD, hotkey: HOT, netuid: 7 }])
})

test('a fee whose call names no hotkey is reported, not guessed', () => {
    const r = need()
    if (!r) return
    const call = encodeCall(r, 'System.remark', { remark: '0x00' })
    expect(() => stakeEvent(feeEvent(r, call) as any)).toThrow(UnknownEventVersionError)
})

test('lease dividends move stake from the lease coldkey to the contributor on the lease hotkey', () => {
    const r = need()
    if (!r) return
    const event = encodeEvent(
        r,
        'SubtensorModule.SubnetLeaseDividendsDistributed',
        { leaseId: 3, contributor: CONTRIBUTOR, alpha: 5_000_000n },
        200,
        9,
    )
    const lease = { coldkey: LEASE_COLD, hotkey: LEASE_HOT, netuid: 9 }
    const { row, keys } = stakeEvent(event, lease)
    expect({
        kind: row.kind,
        coldkey: row.coldkey,
        hotkey: row.hotkey,
        netuid: row.netuid,
        alpha: row.alphaAmount,
        tao: row.taoAmount,
    }).toEqual({
        kind: 'LEASE',
        coldkey: ss(LEASE_COLD),
        hotkey: ss(LEASE_HOT),
        netuid: 9,
        alpha: 5_000_000n,
        tao: null,
    })
    expect([row.destColdkey, row.destHotkey, row.destNetuid]).toEqual([ss(CONTRIBUTOR), ss(LEASE_HOT), 9])
    expect(keys).toEqual([lease, { coldkey: CONTRIBUTOR, hotkey: LEASE_HOT, netuid: 9 }])
    // a lease no longer stored cannot say whose stake moved
    expect(() => stakeEvent(event, undefined)).toThrow(UnknownEventVersionError)
})

/** The SubnetLeases value as the chain stores it (spec 424 registry). */
function leaseValue(r: Runtime): string {
    const item = r.description.storage.SubtensorModule.items.SubnetLeases
    const value = {
        beneficiary: CONTRIBUTOR,
        coldkey: LEASE_COLD,
        hotkey: LEASE_HOT,
        emissionsShare: 50,
        endBlock: undefined,
        netuid: 9,
        cost: 1_000n,
    }
    return r.scaleCodec.encodeToHex(item.value, value)
}

test('a SubnetLeases value gives the lease coldkey, hotkey and subnet', () => {
    const r = need()
    if (!r) return
    const block = { _runtime: r, specVersion: 424 } as any
    const decoded = r.decodeStorageValue('SubtensorModule.SubnetLeases', leaseValue(r))
    expect(leaseFrom(block, decoded)).toEqual({ coldkey: LEASE_COLD, hotkey: LEASE_HOT, netuid: 9 })
    expect(leaseFrom(block, undefined)).toBeUndefined()
})

test('the prefetch reads the lease, then both positions and their pool, in the next round', async () => {
    const r = need()
    if (!r) return
    const header = { _runtime: r, specVersion: 424, height: 200, hash: '0x' + 'aa'.repeat(32) }
    const event = {
        ...encodeEvent(r, 'SubtensorModule.SubnetLeaseDividendsDistributed', { leaseId: 3, contributor: CONTRIBUTOR, alpha: 5n }, 200, 0),
        block: header,
    }
    const leaseKey = r.encodeStorageKey('SubtensorModule.SubnetLeases', 3)
    const asked: string[][] = []
    const node = {
        async call(method: string, params: any[]) {
            if (method !== 'state_queryStorageAt') throw new Error(method)
            asked.push(params[0])
            return [{ block: params[1], changes: params[0].map((k: string) => [k, k === leaseKey ? leaseValue(r) : null]) }]
        },
    }
    const planner = planStakes({
        epochs: () => ({ epoch: [], afterEpoch: [] }),
        hotkeysOf: async () => [],
        rereadHotkeys: async () => [],
        rereadAll: () => false,
    })
    const stats = await prefetch([{ header, events: [event], calls: [], extrinsics: [] } as any], [planner], new StorageCache(node), node)
    const key = (name: string, ...k: unknown[]) => r.encodeStorageKey(`SubtensorModule.${name}`, ...k)
    expect(stats.rounds).toBe(2)
    expect(asked[0]).toEqual([leaseKey])
    expect(new Set(asked[1])).toEqual(
        new Set([
            ...[LEASE_COLD, CONTRIBUTOR].flatMap((c) => ['Alpha', 'AlphaV2'].map((i) => key(i, LEASE_HOT, c, 9))),
            ...['TotalHotkeyAlpha', 'TotalHotkeyShares', 'TotalHotkeySharesV2'].map((i) => key(i, LEASE_HOT, 9)),
        ]),
    )
})
