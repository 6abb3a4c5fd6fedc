/**
 * Share pool arithmetic (src/util/share-math.ts). SafeFloat values are SCALE-encoded as the value of
 * SubtensorModule.AlphaV2 / TotalHotkeySharesV2 with the real spec 424 registry and decoded back
 * (as a storage read does) before use. Expected figures are worked out by hand in the comments.
 */
import { Runtime } from '@subsquid/substrate-runtime'
import { storage } from '../../src/types'
import { decodeSafeFloat, safeFloatFromU64F64, SafeFloat, shareFraction } from '../../src/util/share-math'
import { positionAlpha } from '../support/share-oracle'
import { availableRuntimes, needRuntime } from '../support/runtimes'

const U64_MAX = 18_446_744_073_709_551_615n
const E21 = 10n ** 21n

let rt424: Runtime | undefined
beforeAll(async () => {
    rt424 = (await availableRuntimes()).find((r) => r.specVersion === 424)
}, 120_000)

const missing = () => !needRuntime(rt424, 424)

/** value -> SCALE bytes of the storage item's value type in spec 424 -> decoded as a storage read is */
function roundTrip(item: 'AlphaV2' | 'TotalHotkeySharesV2', value: { mantissa: bigint; exponent: bigint }): SafeFloat {
    const rt = rt424!
    const ti = rt.description.storage.SubtensorModule.items[item].value
    const hex = rt.scaleCodec.encodeToHex(ti, value)
    return decodeSafeFloat(rt.decodeStorageValue(`SubtensorModule.${item}`, hex))
}

describe('SafeFloat from the spec 424 registry', () => {
    it('AlphaV2 and TotalHotkeySharesV2 hold a SafeFloat { mantissa: u128, exponent: i64 } (typegen knows them from 424)', () => {
        if (missing()) return
        const block = { _runtime: rt424!, specVersion: 424 } as any
        expect(storage.subtensorModule.alphaV2.v424.is(block)).toBe(true)
        expect(storage.subtensorModule.totalHotkeySharesV2.v424.is(block)).toBe(true)
        // 16 bytes of u128 then 8 bytes of i64, little endian: 1 x 10^-1
        const ti = rt424!.description.storage.SubtensorModule.items.AlphaV2.value
        expect(rt424!.scaleCodec.encodeToHex(ti, { mantissa: 1n, exponent: -1n })).toBe('0x' + '01' + '00'.repeat(15) + 'ff'.repeat(8))
    })

    it('round-trips the largest u128 mantissa and extreme i64 exponents unchanged', () => {
        if (missing()) return
        const big = { mantissa: 2n ** 128n - 1n, exponent: -(2n ** 63n) }
        expect(roundTrip('AlphaV2', big)).toEqual(big)
        const pos = { mantissa: E21, exponent: 2n ** 63n - 1n }
        expect(roundTrip('TotalHotkeySharesV2', pos)).toEqual(pos)
    })

    it('values a position: 1 alpha pool, share 5 of 20 -> 0.25 alpha', () => {
        if (missing()) return
        // 5 = 5 x 10^20 x 10^-20; 20 = 2 x 10^20 x 10^-19 (normalized mantissas, as the runtime stores them)
        const share = roundTrip('AlphaV2', { mantissa: 5n * 10n ** 20n, exponent: -20n })
        const total = roundTrip('TotalHotkeySharesV2', { mantissa: 2n * 10n ** 20n, exponent: -19n })
        expect(positionAlpha(1_000_000_000n, share, total)).toBe(250_000_000n)
    })

    it('huge mantissa, negative exponent: u64::MAX x 0.333333333333333333333 floors below u64::MAX / 3', () => {
        if (missing()) return
        // u64::MAX = 3 x 6148914691236517205, so u64::MAX x (1/3 - 1/(3 x 10^21)) = 6148914691236517205 - 0.0061...
        const share = roundTrip('AlphaV2', { mantissa: 333_333_333_333_333_333_333n, exponent: -21n })
        const total = roundTrip('TotalHotkeySharesV2', { mantissa: E21, exponent: -21n })
        expect(positionAlpha(U64_MAX, share, total)).toBe(6_148_914_691_236_517_204n)
    })

    it('positive exponents: share 10^26 of 4 x 10^26 in a pool of 7 rao -> 1', () => {
        if (missing()) return
        const share = roundTrip('AlphaV2', { mantissa: E21, exponent: 5n })
        const total = roundTrip('TotalHotkeySharesV2', { mantissa: 4n * 10n ** 20n, exponent: 6n })
        expect(positionAlpha(7n, share, total)).toBe(1n)
    })

    it('a legacy U64F64 share beside a V2 total (lazy migration half done): 1.5 of 6 of 1000000001 -> 250000000', () => {
        if (missing()) return
        const share = { bits: 3n << 63n } // 3 x 2^63 / 2^64 = 1.5
        const total = roundTrip('TotalHotkeySharesV2', { mantissa: 6n * 10n ** 20n, exponent: -20n })
        expect(positionAlpha(1_000_000_001n, share, total)).toBe(250_000_000n) // 250000000.25
        // and the reverse: a V2 share of a legacy total, 1.5 of 6 (6 x 2^64 bits)
        const v2Share = roundTrip('AlphaV2', { mantissa: 15n * 10n ** 19n, exponent: -20n })
        expect(positionAlpha(1_000_000_001n, v2Share, { bits: 6n << 64n })).toBe(250_000_000n)
    })

    it('no shares in the pool (zero SafeFloat is mantissa 0, exponent 0) -> 0, as the runtime defaults a failed mul_div', () => {
        if (missing()) return
        const zero = roundTrip('TotalHotkeySharesV2', { mantissa: 0n, exponent: 0n })
        expect(positionAlpha(5_000n, { mantissa: E21, exponent: -21n }, zero)).toBe(0n)
        expect(positionAlpha(5_000n, { bits: 1n << 64n }, { bits: 0n })).toBe(0n)
    })
})

describe("exact arithmetic and the runtime's figures", () => {
    it('legacy U64F64 on both sides: bits cancel, floor(total x bits / total bits)', () => {
        // 10 rao pool, share 1 of 3: floor(10/3) = 3
        expect(positionAlpha(10n, { bits: 1n << 64n }, { bits: 3n << 64n })).toBe(3n)
    })

    it("saturates at u64::MAX like the runtime's u64 conversion", () => {
        expect(positionAlpha(U64_MAX, { mantissa: 2n * 10n ** 20n, exponent: -20n }, { mantissa: E21, exponent: -21n })).toBe(U64_MAX)
    })

    it('the exact fraction of each representation', () => {
        expect(shareFraction({ mantissa: 25n, exponent: -1n })).toEqual({ num: 25n, den: 10n })
        expect(shareFraction({ mantissa: 25n, exponent: 2n })).toEqual({ num: 2500n, den: 1n })
        expect(shareFraction({ bits: 5n })).toEqual({ num: 5n, den: 2n ** 64n })
    })

    it('converts U64F64 to SafeFloat as the runtime does (From<U64F64>, 21 truncated digits)', () => {
        // 1.5: whole part 1 -> (10^21, -21); 2^63 / 2^64 -> (5 x 10^20, -21); sum 1.5 x 10^21 -> /10
        expect(safeFloatFromU64F64({ bits: (1n << 64n) + (1n << 63n) })).toEqual({ mantissa: 150_000_000_000_000_000_000n, exponent: -20n })
        // 2^-64 = 5.42101086242752217003726400434970855712890625 x 10^-20: 21 digits kept, the rest cut
        expect(safeFloatFromU64F64({ bits: 1n })).toEqual({ mantissa: 542_101_086_242_752_217_003n, exponent: -40n })
        expect(safeFloatFromU64F64({ bits: 0n })).toEqual({ mantissa: 0n, exponent: 0n })
        // 1: normalize multiplies by 10 while mantissa <= 10^20, so 10^20 itself becomes 10^21
        expect(safeFloatFromU64F64({ bits: 1n << 64n })).toEqual({ mantissa: E21, exponent: -21n })
    })

    it('a legacy share valued by spec 397+ (converted first) can be 1 rao below the exact value', () => {
        // share 1 - 2^-64 (bits 2^64 - 1) of a pool of 1 share holding u64::MAX:
        // exact: floor(u64::MAX - u64::MAX / 2^64) = u64::MAX - 1
        const share = { bits: (1n << 64n) - 1n }
        const one = { mantissa: E21, exponent: -21n }
        expect(positionAlpha(U64_MAX, share, one)).toBe(U64_MAX - 1n)
        // runtime: frac (184467440737095516150, -1) / 2^64 (184467440737095516160, -1) -> mantissa
        // floor(10^21 x 18446744073709551615 / 18446744073709551616) = 999999999999999999945, exponent -21;
        // u64::MAX x 999999999999999999945 / 10^21 = 18446744073709551613.98... -> u64::MAX - 2
        const converted = safeFloatFromU64F64(share)
        expect(converted).toEqual({ mantissa: 999_999_999_999_999_999_945n, exponent: -21n })
        expect(positionAlpha(U64_MAX, converted, one)).toBe(U64_MAX - 2n)
    })

    it("matches a port of the runtime's mul_div + u64 conversion on normalized values (2000 seeded cases)", () => {
        // test-side port of primitives/share-pool SharePool::get_value (spec 397 .. 425), kept apart from src
        const MAX = E21
        const norm = (m: bigint, e: bigint): [bigint, bigint] => {
            if (m === 0n) return [0n, 0n]
            while (m > MAX) [m, e] = [m / 10n, e + 1n]
            while (m <= MAX / 10n) [m, e] = [m * 10n, e - 1n]
            return [m, e]
        }
        const toU64 = ([m, e]: [bigint, bigint]): bigint => {
            const q = e === 0n ? m : e > 0n ? m * 10n ** (e > 22n ? 22n : e) : m / 10n ** (-e > 22n ? 22n : -e)
            return q > U64_MAX ? U64_MAX : q
        }
        const getValue = (total: bigint, s: [bigint, bigint], d: [bigint, bigint]): bigint => {
            if (d[0] === 0n) return 0n
            const [mv, ev] = norm(total, 0n)
            return toU64(norm((mv * s[0]) / d[0], ev + s[1] - d[1]))
        }
        let seed = 12345n
        const rnd = (n: bigint) => {
            seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n
            return seed % n
        }
        for (let i = 0; i < 2000; i++) {
            const total = rnd(2n) === 0n ? rnd(U64_MAX) : rnd(10n ** (1n + rnd(19n)))
            const d = norm(MAX / 10n + 1n + rnd(MAX - MAX / 10n), -rnd(45n))
            // shares from about the total shares down to 10^-30 of them; every 50th exactly the total
            const s = i % 50 === 0 ? d : norm(MAX / 10n + 1n + rnd(MAX - MAX / 10n), d[1] - rnd(30n))
            const expected = getValue(total, s, d)
            expect([i, positionAlpha(total, { mantissa: s[0], exponent: s[1] }, { mantissa: d[0], exponent: d[1] })]).toEqual([i, expected])
        }
    })
})

describe('decoding storage values', () => {
    it('accepts bigints, safe numbers and integer strings (JSON), and refuses out-of-range values', () => {
        expect(decodeSafeFloat({ mantissa: '1000000000000000000000', exponent: -21 })).toEqual({ mantissa: E21, exponent: -21n })
        expect(() => decodeSafeFloat({ mantissa: 2n ** 128n, exponent: 0n })).toThrow('not a u128')
        expect(() => decodeSafeFloat({ mantissa: 1n, exponent: 2n ** 63n })).toThrow('not an i64')
        expect(() => decodeSafeFloat({ mantissa: 1.5, exponent: 0 })).toThrow('not an integer')
        expect(() => decodeSafeFloat(null)).toThrow('not a SafeFloat')
    })
})
