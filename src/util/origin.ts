import type { Event } from '../block'

/**
 * The account a call was dispatched for: SQD's call parser already resolves wrappers (a proxy's
 * `real` account, sudo_as's `who`, batch items inherit the batch's origin), so the innermost call's
 * origin is the account the chain acted for. Falls back to the extrinsic signer.
 * Returns a 0x-hex account id, or undefined for Root/None origins.
 */
export function dispatchAccount(event: Event): string | undefined {
    const fromOrigin = signedOrigin(event.call?.origin)
    if (fromOrigin) return fromOrigin
    const address = event.extrinsic?.signature?.address as any
    if (typeof address === 'string') return address
    if (address?.__kind === 'Id' && typeof address.value === 'string') return address.value
    return undefined
}

export function signedOrigin(origin: unknown): string | undefined {
    const o = origin as any
    if (o?.__kind !== 'system') return undefined
    const v = o.value
    if (v?.__kind === 'Signed' && typeof v.value === 'string') return v.value
    return undefined
}
