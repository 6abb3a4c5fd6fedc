/**
 * Stake storage across runtimes. Before dTAO: Stake(hotkey, coldkey) -> rao, all counted as
 * netuid 0. dTAO: Alpha(hotkey, coldkey, netuid) -> shares (u64 before spec 224, U64F64 bits from
 * 224), valued through the hotkey's pool: TotalHotkeyAlpha(hotkey, netuid) / TotalHotkeyShares.
 * Spec 204 has no TotalHotkeyShares: Alpha is the alpha amount itself there. From spec 397 shares
 * are also kept as SafeFloat in AlphaV2 / TotalHotkeySharesV2 (same keys), migrated lazily: a key
 * reads from the legacy map where it still has an entry, else from V2 (src/util/share-math.ts).
 */
import { storage } from '../../types'
import type { Block } from '../../processor'
import { collectPages, queryStorageBatch, STORAGE_PAGE } from '../../util/storage'
import { decodeSafeFloat, positionAlpha, safeFloatFromU64F64, Share, shareFraction } from '../../util/share-math'

const sm = storage.subtensorModule

/** A position as the chain stores it; keys are 0x-hex account ids. */
export interface ChainPosition {
    coldkey: string
    hotkey: string
    netuid: number
    alpha: bigint
    shares: bigint | null
    hotkeyAlpha: bigint | null
    hotkeyShares: bigint | null
}

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
function runtimeShare(block: Block, legacy: unknown, v2: unknown): Share {
    const old = legacy === undefined ? 0n : bits(legacy)
    if (!hasV2(block)) return { bits: old }
    return old > 0n ? safeFloatFromU64F64({ bits: old }) : decodeSafeFloat(v2)
}

/** Shares in the StakePosition columns' unit, U64F64 bits (value x 2^64, floored). */
function shareBits(s: Share): bigint {
    const { num, den } = shareFraction(s)
    return (num << 64n) / den
}

interface ShareEntry {
    hotkey: string
    coldkey: string
    netuid: number
    /** the share, or (spec 204, no share pools) the alpha itself */
    share: Share | bigint
}

/** Values dTAO (hotkey, netuid) pools for the given share entries. */
async function valueDtao(block: Block, entries: ShareEntry[]): Promise<ChainPosition[]> {
    const pools = [...new Set(entries.map((e) => `${e.hotkey}|${e.netuid}`))].map((k) => {
        const [hotkey, netuid] = k.split('|')
        return { hotkey, netuid: Number(netuid) }
    })
    const withShares = hasShares(block)
    const legacy = block._runtime.hasStorageItem(TOTAL_SHARES as any)
    const v2 = hasV2(block)
    const items = [
        'SubtensorModule.TotalHotkeyAlpha',
        ...(withShares && legacy ? [TOTAL_SHARES] : []),
        ...(withShares && v2 ? [TOTAL_SHARES_V2] : []),
    ]
    const values = await queryStorageBatch(block, pools.flatMap((p) => items.map((name) => ({ name, key: [p.hotkey, p.netuid] }))))
    const totals = new Map<string, { alpha: bigint; shares: Share | null }>()
    pools.forEach((p, i) => {
        const row = values.slice(i * items.length, (i + 1) * items.length)
        const alpha = bits(row[0])
        const shares = !withShares ? null : runtimeShare(block, legacy ? row[1] : undefined, v2 ? row[row.length - 1] : undefined)
        totals.set(`${p.hotkey}|${p.netuid}`, { alpha, shares })
    })
    return entries.map((e) => {
        const t = totals.get(`${e.hotkey}|${e.netuid}`)!
        const base = { coldkey: e.coldkey, hotkey: e.hotkey, netuid: e.netuid, hotkeyAlpha: t.alpha }
        if (t.shares == null || typeof e.share === 'bigint') {
            return { ...base, alpha: typeof e.share === 'bigint' ? e.share : 0n, shares: null, hotkeyShares: null }
        }
        const alpha = positionAlpha(t.alpha, e.share, t.shares)
        return { ...base, alpha, shares: shareBits(e.share), hotkeyShares: shareBits(t.shares) }
    })
}

/** The chain's positions for specific (coldkey, hotkey, netuid) keys (absent ones come back with alpha 0). */
export async function readPositions(block: Block, keys: { coldkey: string; hotkey: string; netuid: number }[]): Promise<ChainPosition[]> {
    if (keys.length === 0) return []
    const era = stakeEra(block)
    if (era === 'legacy') {
        const values = await queryStorageBatch(block, keys.map((k) => ({ name: 'SubtensorModule.Stake', key: [k.hotkey, k.coldkey] })))
        return keys.map((k, i) => ({ ...k, netuid: 0, alpha: bits(values[i]), shares: null, hotkeyAlpha: null, hotkeyShares: null }))
    }
    if (era === 'dtao') {
        const legacy = block._runtime.hasStorageItem(ALPHA as any)
        const v2 = hasV2(block)
        const items = [...(legacy ? [ALPHA] : []), ...(v2 ? [ALPHA_V2] : [])]
        const values = await queryStorageBatch(block, keys.flatMap((k) => items.map((name) => ({ name, key: [k.hotkey, k.coldkey, k.netuid] }))))
        const entries = keys.map((k, i): ShareEntry => {
            const row = values.slice(i * items.length, (i + 1) * items.length)
            const share = hasShares(block) ? runtimeShare(block, legacy ? row[0] : undefined, v2 ? row[row.length - 1] : undefined) : bits(row[0])
            return { ...k, share }
        })
        return valueDtao(block, entries)
    }
    throw new Error(`stake storage: unknown shape in spec ${block.specVersion}`)
}

/** Every non-zero position of the given hotkeys (all when `hotkeys` is undefined). */
export async function readHotkeyPositions(block: Block, hotkeys?: string[]): Promise<ChainPosition[]> {
    const era = stakeEra(block)
    if (era === 'legacy') {
        const pages = hotkeys ? hotkeys.map((h) => sm.stake.v103.getPairsPaged(STORAGE_PAGE, block, h)) : [sm.stake.v103.getPairsPaged(STORAGE_PAGE, block)]
        const all: ChainPosition[] = []
        for (const p of pages) {
            for (const [[hotkey, coldkey], v] of await collectPages(p)) {
                if (v) all.push({ coldkey, hotkey, netuid: 0, alpha: v, shares: null, hotkeyAlpha: null, hotkeyShares: null })
            }
        }
        return all
    }
    if (era === 'dtao') {
        // legacy and V2 entries of one key: the legacy one wins where it is non-zero, as the runtime reads it
        type Found = { hotkey: string; coldkey: string; netuid: number; legacy?: unknown; v2?: unknown }
        const found = new Map<string, Found>()
        const collect = async (item: any, field: 'legacy' | 'v2') => {
            const pages = hotkeys ? hotkeys.map((h) => item.getPairsPaged(STORAGE_PAGE, block, h)) : [item.getPairsPaged(STORAGE_PAGE, block)]
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
        const entries: ShareEntry[] = []
        for (const e of found.values()) {
            const share = hasShares(block) ? runtimeShare(block, legacyItem ? e.legacy ?? null : undefined, e.v2) : bits(e.legacy)
            if (typeof share === 'bigint' ? share > 0n : shareFraction(share).num > 0n) {
                entries.push({ hotkey: e.hotkey, coldkey: e.coldkey, netuid: e.netuid, share })
            }
        }
        return (await valueDtao(block, entries)).filter((p) => p.alpha > 0n || (p.shares ?? 0n) > 0n)
    }
    throw new Error(`stake storage: unknown shape in spec ${block.specVersion}`)
}
