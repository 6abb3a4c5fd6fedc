/**
 * V15 / V16 runtime metadata -> V14, for tools that only read V14 (@subsquid/substrate-runtime and
 * squid-substrate-typegen).
 *
 * Nothing of what the indexer decodes is lost: V15 and V16 carry the same portable type registry
 * (type ids unchanged) and the same pallet storage/call/event/constant/error entries as V14. What is
 * dropped is what V14 has no place for: runtime API descriptions, outer enums, custom metadata,
 * pallet docs, associated types, view functions and deprecation notes.
 * V14 also names the UncheckedExtrinsic type (SQD reads the address, call and signature types from
 * its type parameters); V15 and V16 list those types separately but still keep the
 * UncheckedExtrinsic type in the registry, so it is looked up by path.
 */
import { Metadata, TypeRegistry } from '@polkadot/types'
import { u8aConcat, u8aToHex, hexToU8a } from '@polkadot/util'

const MAGIC = new Uint8Array([0x6d, 0x65, 0x74, 0x61]) // "meta"

/** Metadata bytes ("meta" + version + body), from the forms ../shared holds them in. */
export function metadataBytes(content: Buffer | string, form: 'scale' | 'hex' | 'opt-hex'): Uint8Array {
    if (form === 'scale') return new Uint8Array(content as Buffer)
    const bytes = hexToU8a(String(content).trim())
    if (form === 'hex') return bytes
    // `Metadata_metadata_at_version` returns Option<OpaqueMetadata>: 0x01, compact length, bytes
    if (bytes[0] !== 1) throw new Error('Option<OpaqueMetadata> is None')
    const mode = bytes[1] & 3
    const prefix = 1 + (mode === 0 ? 1 : mode === 1 ? 2 : mode === 2 ? 4 : 1 + (bytes[1] >> 2) + 4)
    return bytes.subarray(prefix)
}

/** Any metadata version polkadot.js can read (V14, V15, V16) -> V14 as 0x-hex. */
export function toMetadataV14Hex(bytes: Uint8Array): string {
    if (bytes[4] === 14) return u8aToHex(bytes)
    const registry = new TypeRegistry()
    const md = new Metadata(registry, bytes)
    const version = md.version
    if (version !== 15 && version !== 16) throw new Error(`metadata V${version}: only V14, V15 and V16 are supported`)
    const m = version === 15 ? md.asV15 : md.asV16

    const pallets = m.pallets.map((p) => ({
        name: p.name,
        storage: p.storage.isSome
            ? {
                  prefix: p.storage.unwrap().prefix,
                  items: p.storage
                      .unwrap()
                      .items.map((i) => ({ name: i.name, modifier: i.modifier, type: i.type, fallback: i.fallback, docs: i.docs })),
              }
            : null,
        calls: p.calls.isSome ? { type: p.calls.unwrap().type } : null,
        events: p.events.isSome ? { type: p.events.unwrap().type } : null,
        constants: p.constants.map((c) => ({ name: c.name, type: c.type, value: c.value, docs: c.docs })),
        errors: p.errors.isSome ? { type: p.errors.unwrap().type } : null,
        index: p.index,
    }))

    const unchecked = m.lookup.types.filter((t) => {
        const path = t.type.path.map((s) => s.toString())
        return path[0] === 'sp_runtime' && path[path.length - 1] === 'UncheckedExtrinsic'
    })
    if (unchecked.length !== 1) throw new Error(`expected one sp_runtime UncheckedExtrinsic type, found ${unchecked.length}`)

    let signedExtensions: { identifier: unknown; type: unknown; additionalSigned: unknown }[]
    if (version === 15) {
        signedExtensions = md.asV15.extrinsic.signedExtensions.map((e) => ({
            identifier: e.identifier,
            type: e.type,
            additionalSigned: e.additionalSigned,
        }))
    } else {
        // V16 lists the extensions once and, per extrinsic version, which of them apply; signed
        // (v4) extrinsics use the list of version 0.
        const ext = md.asV16.extrinsic
        const all = ext.transactionExtensions
        let indexes: number[] = all.map((_e, i) => i)
        for (const [v, idx] of ext.transactionExtensionsByVersion) {
            if (v.toNumber() === 0) indexes = idx.map((i) => i.toNumber())
        }
        signedExtensions = indexes.map((i) => ({ identifier: all[i].identifier, type: all[i].type, additionalSigned: all[i].implicit }))
    }

    const v14 = registry.createType('MetadataV14', {
        lookup: m.lookup,
        pallets,
        extrinsic: { type: unchecked[0].id, version: 4, signedExtensions },
        type: version === 15 ? md.asV15.type : runtimeTypeId(m.lookup.types),
    })
    return u8aToHex(u8aConcat(MAGIC, new Uint8Array([14]), v14.toU8a()))
}

/** V16 dropped the id of the `Runtime` type that V14 and V15 name; it is the one `<crate>::Runtime`. */
function runtimeTypeId(types: Metadata['asV16']['lookup']['types']): number {
    const found = types.filter((t) => {
        const path = t.type.path.map((s) => s.toString())
        return path.length === 2 && path[1] === 'Runtime' && path[0].endsWith('runtime')
    })
    if (found.length !== 1) throw new Error(`expected one <crate>_runtime::Runtime type, found ${found.length}`)
    return found[0].id.toNumber()
}
