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
