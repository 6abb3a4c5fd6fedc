/**
 * Stake storage across runtimes, read as the chain keeps it: shares per position and one pool per
 * (hotkey, netuid); the amounts are derived in SQL (stake_amount). Before dTAO: Stake(hotkey,
 * coldkey) -> rao, all counted as netuid 0, no pools. dTAO: Alpha(hotkey, coldkey, netuid) -> shares (u64 before spec 224, U64F64 bits from
 * 224), valued through the hotkey's pool: TotalHotkeyAlpha(hotkey, netuid) / TotalHotkeyShares.
 * Spec 204 has no TotalHotkeyShares: Alpha is the alpha amount itself there. From spec 397 shares
 * are also kept as SafeFloat in AlphaV2 / TotalHotkeySharesV2 (same keys), migrated lazily: a key
 * reads from the legacy map where it still has an entry, else from V2 (src/util/share-math.ts).
 */
import { storage } from '../../types'
import type { Block } from '../../block'
import { collectPages, queryStorageBatch, STORAGE_PAGE } from '../../util/storage'
import { decodeSafeFloat, safeFloatFromU64F64, Share, shareFraction } from '../../util/share-math'
import { UnknownStorageShapeError } from '../../util/errors'
import { isHex32 } from '../../util/fields'
import type { Lease } from './decode'

const sm = storage.subtensorModule

type Era = 'legacy' | 'dtao'

export function stakeEra(block: Block): Era | undefined {
    if (sm.alpha.v204.is(block) || sm.alpha.v224.is(block) || hasV2(block)) return 'dtao'
    if (sm.stake.v103.is(block)) return 'legacy'
    return undefined
}

const bits = (v: unknown): bigint => (v == null ? 0n : typeof v === 'object' ? BigInt((v as any).bits) : BigInt(v as any))

/** Spec 397+: shares also in AlphaV2 / TotalHotkeySharesV2 (SafeFloat), beside the legacy U64F64 maps. */
function hasV2(block: Block): boolean {
    return sm.alphaV2.v424.is(block) && sm.totalHotkeySharesV2.v424.is(block)
}

function hasShares(block: Block): boolean {
    return sm.totalHotkeyShares.v205.is(block) || sm.totalHotkeyShares.v224.is(block) || hasV2(block)
}

const ALPHA = 'SubtensorModule.Alpha'
const ALPHA_V2 = 'SubtensorModule.AlphaV2'
const TOTAL_SHARES = 'SubtensorModule.TotalHotkeyShares'
const TOTAL_SHARES_V2 = 'SubtensorModule.TotalHotkeySharesV2'

/**
 * A share as the block's runtime reads it: the legacy U64F64 entry where one is stored, else the
 * V2 SafeFloat (spec 397+ migrates lazily: a write deletes the legacy key and writes V2). From 397
 * the runtime converts a legacy entry to SafeFloat before using it, so the same is done here.
 * `legacy` is undefined where the runtime has no legacy map.
 */
function runtimeShare(block: Block, legacy: unknown, v2: unknown): Share | bigint {
    const old = legacy === undefined ? 0n : bits(legacy)
    // before spec 224 shares are plain u64 counts, from 224 U64F64 ({ bits } as typegen decodes it)
    const fixed = legacy != null && typeof legacy === 'object'
    if (!hasV2(block)) return fixed ? { bits: old } : old
    if (old === 0n) return v2 == null ? { mantissa: 0n, exponent: 0n } : decodeSafeFloat(v2)
    return safeFloatFromU64F64({ bits: fixed ? old : old << 64n })
}

/** den is 2^k or 10^k (two kinds per runtime era): the smallest 10^digits it divides, and 10^digits / den */
const scales = new Map<bigint, { digits: number; factor: bigint }>()
function decimalScale(den: bigint): { digits: number; factor: bigint } {
    let scale = scales.get(den)
    if (!scale) {
        let digits = 0
        let pow = 1n
        while (pow % den !== 0n) {
            pow *= 10n
            digits++
        }
        scales.set(den, (scale = { digits, factor: pow / den }))
    }
    return scale
}

/**
 * A share (or, where the runtime keeps no shares, an amount) as an exact decimal string: U64F64 bits
 * / 2^64 and SafeFloat mantissa x 10^exponent both have finite decimal expansions.
 */
export function shareDecimal(s: Share | bigint): string {
    if (typeof s === 'bigint') return s.toString()
    const { num, den } = shareFraction(s)
    const { digits, factor } = decimalScale(den)
    const scaled = (num * factor).toString().padStart(digits + 1, '0')
    if (digits === 0) return scaled
    const text = `${scaled.slice(0, -digits)}.${scaled.slice(-digits)}`.replace(/\.?0+$/, '')
    return text
}

/** A position's shares as the chain stores them; keys are 0x-hex account ids. */
export interface ChainShare {
    coldkey: string
    hotkey: string
    netuid: number
    /** exact decimal: the share as the runtime reads it, or the amount where the runtime has no share pool */
    shares: string
}

/** A (hotkey, netuid) pool as the chain stores it (dTAO). */
export interface ChainPool {
    hotkey: string
    netuid: number
    totalAlpha: bigint
    /** exact decimal; null where the runtime keeps no shares (spec 204) */
    totalShares: string | null
    /** how the runtime keeps and values the shares (see shareFormat); null with totalShares */
    shareFormat: ShareFormat | null
}

export type ShareFormat = 'U64' | 'U64F64' | 'SAFE_FLOAT'

/** The representation of a share as runtimeShare returns it: it decides how the runtime rounds a position's value. */
function shareFormat(s: Share | bigint): ShareFormat {
    return typeof s === 'bigint' ? 'U64' : 'bits' in s ? 'U64F64' : 'SAFE_FLOAT'
}

function isZero(s: Share | bigint): boolean {
    return typeof s === 'bigint' ? s === 0n : shareFraction(s).num === 0n
}

/** The chain's pools for the given (hotkey, netuid) keys (absent ones come back as zero). */
export async function readPools(block: Block, keys: { hotkey: string; netuid: number }[]): Promise<ChainPool[]> {
    if (keys.length === 0) return []
    const withShares = hasShares(block)
    const legacy = block._runtime.hasStorageItem(TOTAL_SHARES as any)
    const v2 = hasV2(block)
    const items = [
        'SubtensorModule.TotalHotkeyAlpha',
        ...(withShares && legacy ? [TOTAL_SHARES] : []),
        ...(withShares && v2 ? [TOTAL_SHARES_V2] : []),
    ]
    const values = await queryStorageBatch(
        block,
        keys.flatMap((p) => items.map((name) => ({ name, key: [p.hotkey, p.netuid] }))),
    )
    return keys.map((p, i) => {
        const row = values.slice(i * items.length, (i + 1) * items.length)
        const share = withShares ? runtimeShare(block, legacy ? row[1] : undefined, v2 ? row[row.length - 1] : undefined) : undefined
        return {
            hotkey: p.hotkey,
            netuid: p.netuid,
            totalAlpha: bits(row[0]),
            totalShares: share === undefined ? null : shareDecimal(share),
            shareFormat: share === undefined ? null : shareFormat(share),
        }
    })
}

/** Owner(hotkey): the coldkey that owns each hotkey (0x-hex; undefined where none is stored). */
export async function readOwners(block: Block, hotkeys: string[]): Promise<(string | undefined)[]> {
    if (hotkeys.length === 0) return []
    const values = await queryStorageBatch(
        block,
        hotkeys.map((h) => ({ name: 'SubtensorModule.Owner', key: [h] })),
    )
    return values.map((v) => (v == null ? undefined : String(v)))
}

/** The chain's shares for specific (coldkey, hotkey, netuid) keys (absent ones come back as 0). */
export async function readShares(block: Block, keys: { coldkey: string; hotkey: string; netuid: number }[]): Promise<ChainShare[]> {
    if (keys.length === 0) return []
    const era = stakeEra(block)
    if (era === 'legacy') {
        const values = await queryStorageBatch(
            block,
            keys.map((k) => ({ name: 'SubtensorModule.Stake', key: [k.hotkey, k.coldkey] })),
        )
        return keys.map((k, i) => ({ ...k, netuid: 0, shares: bits(values[i]).toString() }))
    }
    if (era === 'dtao') {
        const legacy = block._runtime.hasStorageItem(ALPHA as any)
        const v2 = hasV2(block)
        const items = [...(legacy ? [ALPHA] : []), ...(v2 ? [ALPHA_V2] : [])]
        const values = await queryStorageBatch(
            block,
            keys.flatMap((k) => items.map((name) => ({ name, key: [k.hotkey, k.coldkey, k.netuid] }))),
        )
        return keys.map((k, i) => {
            const row = values.slice(i * items.length, (i + 1) * items.length)
            const share = hasShares(block)
                ? runtimeShare(block, legacy ? row[0] : undefined, v2 ? row[row.length - 1] : undefined)
                : bits(row[0])
            return { ...k, shares: shareDecimal(share) }
        })
    }
    throw new UnknownStorageShapeError(`stake storage: unknown shape in spec ${block.specVersion}`)
}

/** Every non-zero share of the given hotkeys (of every hotkey when `hotkeys` is undefined). */
export async function readHotkeyShares(block: Block, hotkeys?: string[]): Promise<ChainShare[]> {
    const era = stakeEra(block)
    if (era === 'legacy') {
        const pages = hotkeys
            ? hotkeys.map((h) => sm.stake.v103.getPairsPaged(STORAGE_PAGE, block, h))
            : [sm.stake.v103.getPairsPaged(STORAGE_PAGE, block)]
        const all: ChainShare[] = []
        for (const p of pages) {
            for (const [[hotkey, coldkey], v] of await collectPages(p)) {
                if (v) all.push({ coldkey, hotkey, netuid: 0, shares: v.toString() })
            }
        }
        return all
    }
    if (era === 'dtao') {
        // legacy and V2 entries of one key: the legacy one wins where it is non-zero, as the runtime reads it
        type Found = { hotkey: string; coldkey: string; netuid: number; legacy?: unknown; v2?: unknown }
        const found = new Map<string, Found>()
        const collect = async (item: any, field: 'legacy' | 'v2') => {
            const pages = hotkeys
                ? hotkeys.map((h) => item.getPairsPaged(STORAGE_PAGE, block, h))
                : [item.getPairsPaged(STORAGE_PAGE, block)]
            for (const p of pages) {
                for (const [[hotkey, coldkey, netuid], raw] of (await collectPages(p)) as any[]) {
                    const id = `${hotkey}|${coldkey}|${netuid}`
                    const e: Found = found.get(id) ?? { hotkey, coldkey, netuid }
                    e[field] = raw
                    found.set(id, e)
                }
            }
        }
        const legacyItem = sm.alpha.v204.is(block) ? sm.alpha.v204 : sm.alpha.v224.is(block) ? sm.alpha.v224 : undefined
        if (legacyItem) await collect(legacyItem, 'legacy')
        if (hasV2(block)) await collect(sm.alphaV2.v424, 'v2')
        const out: ChainShare[] = []
        for (const e of found.values()) {
            const share = hasShares(block) ? runtimeShare(block, legacyItem ? (e.legacy ?? null) : undefined, e.v2) : bits(e.legacy)
            if (!isZero(share)) out.push({ hotkey: e.hotkey, coldkey: e.coldkey, netuid: e.netuid, shares: shareDecimal(share) })
        }
        return out
    }
    throw new UnknownStorageShapeError(`stake storage: unknown shape in spec ${block.specVersion}`)
}

/** Every pool of the chain (a scan of TotalHotkeyAlpha; dTAO only). */
export async function readAllPools(block: Block): Promise<ChainPool[]> {
    if (!sm.totalHotkeyAlpha.v204.is(block))
        throw new UnknownStorageShapeError(`TotalHotkeyAlpha: unknown shape in spec ${block.specVersion}`)
    const keys: { hotkey: string; netuid: number }[] = []
    for (const [[hotkey, netuid]] of await collectPages(sm.totalHotkeyAlpha.v204.getPairsPaged(STORAGE_PAGE, block)))
        keys.push({ hotkey, netuid })
    return readPools(block, keys)
}

/** Spec 397+ (AlphaV2): shares are SafeFloats, whose sums round to 21 significant digits. */
export function keepsSafeFloatShares(block: Block): boolean {
    return hasV2(block)
}

/** Whether the block's runtime keeps share pools (TotalHotkeyShares): then epochs change pools, not shares. */
export function keepsSharePools(block: Block): boolean {
    return stakeEra(block) === 'dtao' && hasShares(block)
}

const LEASES = 'SubtensorModule.SubnetLeases'

/**
 * A SubnetLeases value (as typegen or the prefetch cache decodes it) -> the lease's coldkey, hotkey
 * and subnet; undefined where no lease is stored. Throws on a shape without those fields.
 */
export function leaseFrom(block: Block, value: unknown): Lease | undefined {
    if (value == null) return undefined
    const v = value as Record<string, unknown>
    if (!isHex32(v.coldkey) || !isHex32(v.hotkey) || typeof v.netuid !== 'number') {
        throw new UnknownStorageShapeError(`${LEASES}: unknown shape in spec ${block.specVersion}`)
    }
    return { coldkey: v.coldkey.toLowerCase(), hotkey: v.hotkey.toLowerCase(), netuid: v.netuid }
}

/** SubnetLeases(leaseId) at the end of the block. */
export async function readLease(block: Block, leaseId: number): Promise<Lease | undefined> {
    if (!block._runtime.hasStorageItem(LEASES as any)) return undefined
    const value = sm.subnetLeases.v315.is(block)
        ? await sm.subnetLeases.v315.get(block, leaseId)
        : (await queryStorageBatch(block, [{ name: LEASES, key: [leaseId] }]))[0]
    return leaseFrom(block, value)
}
