/**
 * The independent oracle: what polkadot.js, with each block's own runtime metadata, reads from the
 * chain. Nothing here uses taoindex code, so a test comparing the two can really fail.
 */
import { ApiPromise, WsProvider } from '@polkadot/api'
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto'
import type { Call } from '@polkadot/types/interfaces'

export async function connect(endpoint: string): Promise<ApiPromise> {
    return ApiPromise.create({ provider: new WsProvider(endpoint), noInitWarn: true, throwOnConnect: true })
}

/** Any polkadot.js account-like value (AccountId, MultiAddress::Id, old LookupSource) as prefix-42 ss58. */
export function ss58(account: { toString(): string } | Uint8Array): string {
    return encodeAddress(account instanceof Uint8Array ? account : decodeAddress(account.toString()), 42)
}

export interface BlockView {
    height: number
    hash: string
    specVersion: number
    timestamp: string
    events: any[]
    extrinsics: any[]
}

export async function readBlock(api: ApiPromise, height: number): Promise<BlockView> {
    const hash = await api.rpc.chain.getBlockHash(height)
    const [signed, apiAt, version] = await Promise.all([api.rpc.chain.getBlock(hash), api.at(hash), api.rpc.state.getRuntimeVersion(hash)])
    const [events, now] = await Promise.all([apiAt.query.system.events(), apiAt.query.timestamp.now()])
    return {
        height,
        hash: hash.toHex(),
        specVersion: version.specVersion.toNumber(),
        timestamp: new Date(Number(now.toString())).toISOString(),
        events: events as any,
        extrinsics: signed.block.extrinsics as any,
    }
}

/**
 * The account on whose behalf `target` (section.method) ran inside an extrinsic: the signer,
 * replaced by proxy's `real` / sudo_as's `who` on the way down the call tree.
 */
export function dispatcherOf(extrinsic: any, target: (call: Call) => boolean): string | undefined {
    const walk = (call: Call, origin: string): string | undefined => {
        if (target(call)) return origin
        const { section, method } = call
        const args = call.args as any[]
        if (section === 'proxy' && (method === 'proxy' || method === 'proxyAnnounced')) {
            const real = method === 'proxy' ? args[0] : args[1]
            return walk(args[method === 'proxy' ? 2 : 3], ss58(real))
        }
        if (section === 'sudo' && method === 'sudoAs') {
            const who = args[0]
            return walk(args[1], ss58(who))
        }
        if (section === 'sudo' && (method === 'sudo' || method === 'sudoUncheckedWeight')) return walk(args[0], origin)
        if (section === 'utility' && ['batch', 'batchAll', 'forceBatch'].includes(method)) {
            for (const c of args[0]) {
                const r = walk(c, origin)
                if (r) return r
            }
        }
        return undefined
    }
    if (!extrinsic.isSigned) return undefined
    return walk(extrinsic.method, ss58(extrinsic.signer))
}

const U64_MAX = 2n ** 64n - 1n
const U128_MAX = 2n ** 128n - 1n

/**
 * A position's value as the runtime rounds it, written for this oracle from the runtime's share
 * pool: integer share counts (runtimes before spec 224) go through (alpha / total shares) with 32
 * fractional bits (I96F32), U64F64 shares (given as bits) through (alpha / total) in U64F64; each
 * step truncates, the result is a u64.
 */
function runtimeValue(poolAlpha: bigint, share: bigint, totalShares: bigint, fixed: boolean): bigint {
    if (totalShares === 0n || share === 0n || poolAlpha === 0n) return 0n
    const frac = fixed ? 64n : 32n
    // fixed: share and total are bits (x 2^64), so alpha x 2^64 / (total / 2^64) = alpha x 2^128 / total
    const perShare = fixed ? (poolAlpha << 128n) / totalShares : (poolAlpha << frac) / totalShares
    if (fixed && perShare > U128_MAX) return 0n
    const product = fixed ? (perShare * share) >> 64n : perShare * share
    const value = (product > U128_MAX && fixed ? U128_MAX : product) >> frac
    return value > U64_MAX ? U64_MAX : value
}

/** id -> alpha (and shares on dTAO) of every position the chain holds at a block, from its own storage */
export async function chainPositions(api: ApiPromise, height: number): Promise<Record<string, { alpha: string; shares: string | null }>> {
    const at: any = await api.at(await api.rpc.chain.getBlockHash(height))
    const q = at.query.subtensorModule
    const out: Record<string, { alpha: string; shares: string | null }> = {}
    const raw = (v: any): bigint => BigInt((v.bits ?? v).toString())
    if (!q.alpha) {
        for (const [k, v] of await q.stake.entries()) {
            const [hot, cold] = k.args
            if (raw(v) > 0n) out[`${ss58(cold)}-${ss58(hot)}-0`] = { alpha: raw(v).toString(), shares: null }
        }
        return out
    }
    // a U64F64 share is bits / 2^64: 10^64 / 2^64 = 5^64 is an integer, so the decimal is exact
    const shareText = (v: any): string => {
        if (v.bits == null) return raw(v).toString()
        const digits = (raw(v) * 5n ** 64n).toString().padStart(65, '0')
        return `${digits.slice(0, -64)}.${digits.slice(-64)}`.replace(/0+$/, '').replace(/\.$/, '')
    }
    for (const [k, v] of await q.alpha.entries()) {
        const [hot, cold, netuid] = k.args
        const shares = raw(v)
        if (shares === 0n) continue
        const totalAlpha = raw(await q.totalHotkeyAlpha(hot, netuid))
        const totalShares = q.totalHotkeyShares ? raw(await q.totalHotkeyShares(hot, netuid)) : null
        const alpha = totalShares == null ? shares : runtimeValue(totalAlpha, shares, totalShares, v.bits != null)
        out[`${ss58(cold)}-${ss58(hot)}-${netuid.toNumber()}`] = {
            alpha: alpha.toString(),
            shares: totalShares == null ? null : shareText(v),
        }
    }
    return out
}

/** netuid -> (uid -> hotkey) from the chain's own storage at a block */
export async function chainUidMap(api: ApiPromise, height: number): Promise<Record<number, Record<number, string>>> {
    const at = await api.at(await api.rpc.chain.getBlockHash(height))
    const networks = await at.query.subtensorModule.networksAdded.entries()
    const result: Record<number, Record<number, string>> = {}
    for (const [key, added] of networks) {
        if (!(added as any).isTrue) continue
        const netuid = (key.args[0] as any).toNumber()
        result[netuid] = {}
        for (const [k, hotkey] of await at.query.subtensorModule.keys.entries(netuid)) {
            result[netuid][(k.args[1] as any).toNumber()] = ss58(hotkey as any)
        }
    }
    return result
}
