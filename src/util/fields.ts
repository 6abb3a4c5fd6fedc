/**
 * Fallback decoding for an event shape no typegen version knows (a runtime newer than the
 * indexer): its args are read by what the runtime's own metadata says about each field, then
 * validated, so a new runtime that only adds, reorders or renames arguments keeps being indexed.
 *
 * A field is matched to a wanted value by its name where the variant has named fields, else by its
 * type name (`T::AccountId`, `NetUid`, `TaoCurrency`, ...), taking fields left to right. Every value
 * is checked (32-byte account, integer in range), so a field of another meaning is not taken
 * silently; anything missing, ambiguous or out of range throws UnknownEventVersionError.
 */
import type { Event } from '../block'
import { UnknownEventVersionError } from './errors'
import { eventsDecodedByFieldNames } from './metrics'

export type FieldKind = 'account' | 'netuid' | 'netuidIndex' | 'u16' | 'tao' | 'alpha' | 'u64' | 'h256'

export interface Wanted {
    /** key in the result */
    key: string
    kind: FieldKind
    /** field names this value goes by in named variants (camelCase, as SQD gives them) */
    names: readonly string[]
    optional?: boolean
}

const U16_MAX = 0xffff
const U64_MAX = (1n << 64n) - 1n

/** Type names a tuple field may carry for each kind, most specific first; `u16`/`u64` etc. are the pre-rename names. */
const TYPE_NAMES: Record<FieldKind, RegExp[]> = {
    account: [/AccountId/],
    netuid: [/^NetUid$/, /^u16$/],
    netuidIndex: [/^NetUidStorageIndex$/, /^NetUid$/, /^u16$/],
    u16: [/^u16$/],
    tao: [/^Tao(Currency|Balance)$/, /^u64$/, /Balance/],
    alpha: [/^Alpha(Currency|Balance)$/, /^u64$/],
    u64: [/^u64$/],
    h256: [/H256/, /Hash/],
}

function invalid(event: Event, why: string): never {
    throw new UnknownEventVersionError(event.name, event.block.specVersion, `not decodable by field names: ${why}`)
}

/** An account id or hash as SQD hands it over: 32 bytes as 0x-hex (either case). */
export function isHex32(v: unknown): v is string {
    return typeof v === 'string' && /^0x[0-9a-fA-F]{64}$/.test(v)
}

/** Validates one value of a kind and returns it in the domain's type (0x-hex string, number, bigint). */
function check(event: Event, w: Wanted, v: unknown): string | number | bigint {
    switch (w.kind) {
        case 'account':
        case 'h256':
            if (isHex32(v)) return v.toLowerCase()
            return invalid(event, `${w.key} is not 32 bytes of hex`)
        case 'netuid':
        case 'netuidIndex':
        case 'u16':
            if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= U16_MAX) return v
            return invalid(event, `${w.key} is not a u16`)
        case 'tao':
        case 'alpha':
        case 'u64': {
            if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'bigint') return invalid(event, `${w.key} is not an integer`)
            if (typeof v === 'string' && !/^\d+$/.test(v)) return invalid(event, `${w.key} is not an integer`)
            if (typeof v === 'number' && !Number.isInteger(v)) return invalid(event, `${w.key} is not an integer`)
            const n = BigInt(v)
            if (n < 0n || n > U64_MAX) return invalid(event, `${w.key} is out of u64 range`)
            return n
        }
    }
}

/**
 * The wanted values of an event, read by the field names (or type names) of its runtime's metadata.
 * Throws UnknownEventVersionError (reason included) when they cannot all be found and validated.
 */
export function readByFieldNames(event: Event, wanted: Wanted[]): Record<string, any> {
    const rt = (event.block as any)._runtime
    if (!rt?.hasEvent?.(event.name)) invalid(event, 'the runtime has no such event')
    const fields: { name?: string; typeName?: string }[] = rt.events.get(event.name).fields
    // SQD hands a one-field tuple variant's value itself, not a one-element array
    const args: any = event.args
    const named = fields.length > 0 && fields[0].name != null
    const values: unknown[] = named ? fields.map((f) => args?.[f.name!]) : fields.length === 1 ? [args] : Array.isArray(args) ? args : []
    if (values.length !== fields.length) invalid(event, `expected ${fields.length} args`)

    const used = new Set<number>()
    const out: Record<string, any> = {}
    for (const w of wanted) {
        let at = -1
        if (named) {
            at = fields.findIndex((f, i) => !used.has(i) && w.names.includes(f.name!))
        } else {
            for (const re of TYPE_NAMES[w.kind]) {
                at = fields.findIndex((f, i) => !used.has(i) && re.test(f.typeName ?? ''))
                if (at >= 0) break
            }
        }
        if (at < 0) {
            if (w.optional) continue
            invalid(event, `no field for ${w.key}`)
        }
        used.add(at)
        out[w.key] = check(event, w, values[at])
    }
    eventsDecodedByFieldNames.inc({ event: event.name, spec_version: String(event.block.specVersion) })
    return out
}
