/**
 * Stake share pools: a coldkey's alpha on (hotkey, subnet) is its share of the hotkey's pool,
 * TotalHotkeyAlpha x share / TotalHotkeyShares. Pure bigint arithmetic, no I/O.
 *
 * Two storage representations of a share (and of the pool's total shares) exist:
 * - U64F64 (substrate_fixed, typegen calls it FixedU128 `{ bits }`): value = bits / 2^64. `Alpha` and
 *   `TotalHotkeyShares` from spec 224.
 * - SafeFloat `{ mantissa: u128, exponent: i64 }`: value = mantissa x 10^exponent. `AlphaV2` and
 *   `TotalHotkeySharesV2`, on opentensor/subtensor main from spec 397 (2026-04-22). The runtime reads the
 *   legacy key first and falls back to V2; its next write of that position deletes the legacy key and
 *   writes V2, so one pool can hold a legacy share beside a V2 total (or the reverse).
 */

/** 2^64: the U64F64 scale */
const U64F64_ONE = 1n << 64n
const U64_MAX = (1n << 64n) - 1n
const U128_MAX = (1n << 128n) - 1n
const I64_MIN = -(1n << 63n)
const I64_MAX = (1n << 63n) - 1n

export interface SafeFloat {
    mantissa: bigint
    exponent: bigint
}

export interface U64F64 {
    bits: bigint
}

export type Share = SafeFloat | U64F64

function int(v: unknown, what: string): bigint {
    if (typeof v === 'bigint') return v
    if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v)
    // storage values from JSON (RPC, typegen's toJSON) carry large integers as decimal or 0x strings
    if (typeof v === 'string' && /^(-?\d+|0x[0-9a-fA-F]+)$/.test(v)) return BigInt(v)
    throw new Error(`share-math: ${what} is not an integer: ${String(v)}`)
}

/** A SafeFloat storage value `{ mantissa, exponent }` (bigint, safe number or integer string), range-checked. */
export function decodeSafeFloat(raw: unknown): SafeFloat {
    if (raw == null || typeof raw !== 'object') throw new Error(`share-math: not a SafeFloat: ${String(raw)}`)
    const r = raw as Record<string, unknown>
    const mantissa = int(r.mantissa, 'SafeFloat.mantissa')
    const exponent = int(r.exponent, 'SafeFloat.exponent')
    if (mantissa < 0n || mantissa > U128_MAX) throw new Error(`share-math: SafeFloat.mantissa ${mantissa} is not a u128`)
    if (exponent < I64_MIN || exponent > I64_MAX) throw new Error(`share-math: SafeFloat.exponent ${exponent} is not an i64`)
    return { mantissa, exponent }
}

export function isSafeFloat(s: Share): s is SafeFloat {
    return 'mantissa' in s
}

/** The exact value of a share as a fraction num / den (den > 0). */
export function shareFraction(s: Share): { num: bigint; den: bigint } {
    if (!isSafeFloat(s)) return { num: s.bits, den: U64F64_ONE }
    return s.exponent >= 0n ? { num: s.mantissa * 10n ** s.exponent, den: 1n } : { num: s.mantissa, den: 10n ** -s.exponent }
}

// --- the runtime's SafeFloat arithmetic, for converting legacy shares the way it does ---

/** primitives/share-pool SAFE_FLOAT_MAX and SAFE_FLOAT_MAX_EXP */
const SF_MAX = 10n ** 21n
const SF_MAX_EXP = 21n

/** share-pool `cappow10`: powers above 10^22 are capped at 10^22. */
function cappow10(e: bigint): bigint {
    return e > SF_MAX_EXP + 1n ? SF_MAX * 10n : 10n ** e
}

/** share-pool `normalize`: 10^20 < mantissa <= 10^21, truncating when shrinking; zero is (0, 0). */
function normalize(m: bigint, e: bigint): SafeFloat {
    if (m === 0n) return { mantissa: 0n, exponent: 0n }
    while (m > SF_MAX) {
        m /= 10n
        e += 1n
    }
    while (m <= SF_MAX / 10n) {
        m *= 10n
        e -= 1n
    }
    return { mantissa: m, exponent: e }
}

function sfDiv(a: SafeFloat, b: SafeFloat): SafeFloat {
    if (b.mantissa === 0n) return { mantissa: 0n, exponent: 0n }
    return normalize((a.mantissa * SF_MAX) / b.mantissa, a.exponent - b.exponent - SF_MAX_EXP)
}

function sfAdd(a: SafeFloat, b: SafeFloat): SafeFloat {
    if (a.mantissa === 0n) return b
    if (b.mantissa === 0n) return a
    if (a.exponent >= b.exponent) return normalize(a.mantissa + b.mantissa / cappow10(a.exponent - b.exponent), a.exponent)
    return normalize(a.mantissa / cappow10(b.exponent - a.exponent) + b.mantissa, b.exponent)
}

/**
 * `impl From<U64F64> for SafeFloat` of primitives/share-pool (spec 397 to 425): the integer part
 * exactly, plus frac / 2^64 divided and added in 21-digit SafeFloat arithmetic (truncating). This
 * is how the runtime values a legacy `Alpha` / `TotalHotkeyShares` entry, and what a lazy
 * migration writes to V2.
 */
export function safeFloatFromU64F64(v: U64F64): SafeFloat {
    if (v.bits === 0n) return { mantissa: 0n, exponent: 0n }
    const whole = normalize(v.bits >> 64n, 0n)
    const frac = sfDiv(normalize(v.bits & U64_MAX, 0n), normalize(U64F64_ONE, 0n))
    return sfAdd(whole, frac)
}
