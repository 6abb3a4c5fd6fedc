import * as ss58 from '@subsquid/ss58'
import { decodeHex } from '@subsquid/substrate-processor'
import { BoundedCache } from './bounded-cache'

/** Bittensor's ss58 address format (the generic Substrate prefix). */
export const SS58_PREFIX = 42

const codec = ss58.codec(SS58_PREFIX)

// Both directions hash (a blake2b-512 checksum) and the same accounts recur in every block: memoized,
// they were 12% of a finney-shape sync's CPU time before.
const ACCOUNTS_CACHED = 200_000
const encoded = new BoundedCache<string>(ACCOUNTS_CACHED)
const decoded = new BoundedCache<string>(ACCOUNTS_CACHED)

/** Account id as the chain stores it (0x-hex of 32 bytes) -> ss58 text. */
export function toSs58(accountHex: string): string {
    return encoded.get(accountHex, () => codec.encode(decodeHex(accountHex)))
}

/** ss58 text -> 0x-hex public key; throws on a malformed address or a foreign prefix. */
export function fromSs58(address: string): string {
    return decoded.get(address, () => codec.decode(address))
}

export function isSs58(address: string): boolean {
    try {
        fromSs58(address)
        return true
    } catch {
        return false
    }
}
