/**
 * The valuation of a stake position written as plain bigint arithmetic, apart from the indexer
 * (which stores shares and pools and values positions in SQL): what the tests hold the runtime's
 * own share-pool arithmetic and the indexed amounts against.
 */
import { Share, shareFraction } from '../../src/util/share-math'

const U64_MAX = (1n << 64n) - 1n

/**
 * A position's alpha: floor(totalHotkeyAlpha x share / totalShares), exact, in any mix of
 * representations; 0 when the total shares are 0; at most u64::MAX.
 *
 * Matched against opentensor/subtensor primitives/share-pool (SharePool::get_value, spec 397 on, and
 * unchanged at 425): `SafeFloat::new(TotalHotkeyAlpha, 0).mul_div(share, denominator)` floors the
 * U256 quotient of the mantissas, `normalize` then only divides by 10 with truncation (floor of a
 * floor by an integer is the floor of the exact value) or multiplies an integer mantissa by 10, and
 * the u64 conversion floors mantissa / 10^-exponent and saturates at u64::MAX; with normalized
 * operands (10^20 < mantissa <= 10^21, as every stored SafeFloat) that is exactly this floor. A zero
 * denominator makes mul_div fail and the runtime takes the default 0, as here.
 * Not matched, knowingly:
 * - a legacy U64F64 key read by spec 397+: the runtime first converts it with its lossy
 *   `From<U64F64> for SafeFloat` (21 digits); pass it through safeFloatFromU64F64() to get the
 *   runtime's figure instead of the exact one;
 * - runtimes before 397 computed (alpha / shares) in U64F64 and then x share, truncating to 64
 *   fractional bits twice; they can come out below the exact floor.
 */
export function positionAlpha(totalHotkeyAlpha: bigint, share: Share, totalShares: Share): bigint {
    const s = shareFraction(share)
    const d = shareFraction(totalShares)
    if (d.num === 0n || s.num === 0n || totalHotkeyAlpha <= 0n) return 0n
    const v = (totalHotkeyAlpha * s.num * d.den) / (s.den * d.num)
    return v > U64_MAX ? U64_MAX : v
}
