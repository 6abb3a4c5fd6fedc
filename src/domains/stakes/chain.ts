/**
 * Stake storage across runtimes. Before dTAO: Stake(hotkey, coldkey) -> rao, all counted as
 * netuid 0. dTAO: Alpha(hotkey, coldkey, netuid) -> shares (u64 before spec 224, U64F64 bits from
 * 224), valued through the hotkey's pool: TotalHotkeyAlpha(hotkey, netuid) / TotalHotkeyShares.
 * Spec 204 has no TotalHotkeyShares: Alpha is the alpha amount itself there.
 */
import { storage } from '../../types'
import type { Block } from '../../processor'
import { collectPages, queryStorageBatch, STORAGE_PAGE } from '../../util/storage'

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
    if (sm.alpha.v204.is(block) || sm.alpha.v224.is(block)) return 'dtao'
    if (sm.stake.v103.is(block)) return 'legacy'
    return undefined
}

const bits = (v: unknown): bigint => (v == null ? 0n : typeof v === 'object' ? BigInt((v as any).bits) : BigInt(v as any))

function hasShares(block: Block): boolean {
    return sm.totalHotkeyShares.v205.is(block) || sm.totalHotkeyShares.v224.is(block)
}

/** Values dTAO (hotkey, netuid) pools for the given raw share entries. */
async function valueDtao(block: Block, entries: { hotkey: string; coldkey: string; netuid: number; raw: unknown }[]): Promise<ChainPosition[]> {
    const pools = [...new Set(entries.map((e) => `${e.hotkey}|${e.netuid}`))].map((k) => {
        const [hotkey, netuid] = k.split('|')
        return { hotkey, netuid: Number(netuid) }
    })
    const withShares = hasShares(block)
    const requests = pools.flatMap((p) => [
        { name: 'SubtensorModule.TotalHotkeyAlpha', key: [p.hotkey, p.netuid] },
        ...(withShares ? [{ name: 'SubtensorModule.TotalHotkeyShares', key: [p.hotkey, p.netuid] }] : []),
    ])
    const values = await queryStorageBatch(block, requests)
    const totals = new Map<string, { alpha: bigint; shares: bigint | null }>()
    pools.forEach((p, i) => {
        const step = withShares ? 2 : 1
        totals.set(`${p.hotkey}|${p.netuid}`, { alpha: bits(values[i * step]), shares: withShares ? bits(values[i * step + 1]) : null })
    })
    return entries.map((e) => {
        const t = totals.get(`${e.hotkey}|${e.netuid}`)!
        const raw = bits(e.raw)
        const alpha = t.shares == null ? raw : t.shares === 0n ? 0n : (raw * t.alpha) / t.shares
        return { coldkey: e.coldkey, hotkey: e.hotkey, netuid: e.netuid, alpha, shares: t.shares == null ? null : raw, hotkeyAlpha: t.alpha, hotkeyShares: t.shares }
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
        const values = await queryStorageBatch(block, keys.map((k) => ({ name: 'SubtensorModule.Alpha', key: [k.hotkey, k.coldkey, k.netuid] })))
        return valueDtao(block, keys.map((k, i) => ({ ...k, raw: values[i] })))
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
        const item: any = sm.alpha.v204.is(block) ? sm.alpha.v204 : sm.alpha.v224
        const pages = hotkeys ? hotkeys.map((h) => item.getPairsPaged(STORAGE_PAGE, block, h)) : [item.getPairsPaged(STORAGE_PAGE, block)]
        const entries: { hotkey: string; coldkey: string; netuid: number; raw: unknown }[] = []
        for (const p of pages) {
            for (const [[hotkey, coldkey, netuid], raw] of (await collectPages(p)) as any[]) {
                if (bits(raw) > 0n) entries.push({ hotkey, coldkey, netuid, raw })
            }
        }
        return (await valueDtao(block, entries)).filter((p) => p.alpha > 0n || (p.shares ?? 0n) > 0n)
    }
    throw new Error(`stake storage: unknown shape in spec ${block.specVersion}`)
}
