/**
 * Every runtime typegen knows (typegen.sources.json), loaded with its real type registry, and
 * events encoded with it and decoded back the way the SQD processor does for blocks from a node:
 * SCALE-encode a System.Events value, decode it with substrate-data's own `decodeEvents`, JSON the
 * args (ds-rpc does `toJSON`). The mapping then sees exactly what it sees in production.
 */
import * as fs from 'fs'
import * as path from 'path'
import { Runtime } from '@subsquid/substrate-runtime'
import { decodeEvents } from '@subsquid/substrate-data/lib/parsing/event'
import { toJSON } from '@subsquid/util-internal-json'
import { loadSource, readSources, ROOT } from '../../tools/typegen/spec-versions'

const cache = new Map<string, Promise<Runtime>>()

/**
 * The runtimes whose source files are present, in spec order. A missing file is skipped with a
 * message outside CI and fails under CI=true.
 */
export async function availableRuntimes(): Promise<Runtime[]> {
    const out: Runtime[] = []
    for (const src of readSources().sources) {
        // what a user fetched from a live node: not part of the repository's data
        if (src.kind === 'explorer-jsonl') continue
        const file = path.resolve(ROOT, src.file)
        if (!fs.existsSync(file)) {
            if (process.env.CI === 'true') throw new Error(`missing runtime source ${file}`)
            console.warn(`skipping runtime ${src.file}: file not found (../shared missing?)`)
            continue
        }
        if (!cache.has(src.file)) {
            cache.set(
                src.file,
                loadSource(src).then(
                    (m) =>
                        new Runtime({ specName: m.specName, specVersion: m.specVersion, implName: m.specName, implVersion: 1 }, m.metadata),
                ),
            )
        }
        out.push(await cache.get(src.file)!)
    }
    return out.sort((a, b) => a.specVersion - b.specVersion)
}

/**
 * `rt`, a runtime a test loaded from ../shared; when its metadata file was missing, undefined with a
 * message that the test is skipped, or an error under CI=true (integration data never silently vanishes).
 */
export function needRuntime(rt: Runtime | undefined, specVersion: number): Runtime | undefined {
    if (rt) return rt
    if (process.env.CI === 'true') throw new Error(`spec ${specVersion} metadata missing`)
    console.warn(`skipped: spec ${specVersion} metadata (../shared) missing`)
}

/** The argument list of an event variant in a runtime: field names (null for tuple fields) and type ids. */
export function eventFields(rt: Runtime, name: string): { name: string | null; type: number }[] | undefined {
    if (!rt.hasEvent(name)) return undefined
    return rt.events.get(name).fields.map((f) => ({ name: f.name ?? null, type: f.type }))
}

/**
 * `args` -> bytes with the runtime's registry -> the event as the processor hands it to a mapping.
 * `args` is an array for tuple variants, an object for named fields; accounts and hashes are 0x-hex,
 * integers numbers or bigints.
 */
export function encodeEvent(rt: Runtime, name: string, args: unknown, height = 1, index = 0): any {
    const [pallet, variant] = name.split('.')
    const fields = eventFields(rt, name)
    if (!fields) throw new Error(`spec ${rt.specVersion} has no event ${name}`)
    const inner =
        fields[0]?.name == null
            ? { __kind: variant, value: fields.length === 1 ? (args as unknown[])[0] : args }
            : { __kind: variant, ...(args as object) }
    const record = { phase: { __kind: 'ApplyExtrinsic', value: 1 }, event: { __kind: pallet, value: inner }, topics: [] }
    const bytes = rt.scaleCodec.encodeToHex(rt.description.eventRecordList, [record])
    const [decoded] = decodeEvents(rt, bytes)
    return {
        id: `${height}-${index}`,
        index,
        name: decoded.name,
        args: toJSON(decoded.args),
        phase: decoded.phase,
        block: { _runtime: rt, specVersion: rt.specVersion, height, hash: '0x00', timestamp: 0 },
    }
}

export interface EventField {
    name?: string
    type: number
    typeName?: string
    docs: string[]
}

/**
 * A runtime that does not exist yet: `base`'s real metadata with some SubtensorModule event
 * variants changed by `edit` (fields added, dropped, reordered, renamed), as a future runtime
 * upgrade would change them. Everything else (types, storage, calls) is the base runtime's.
 */
export function futureRuntime(
    base: Runtime,
    specVersion: number,
    edit: (variants: Map<string, EventField[]>) => void,
    /** SubtensorModule storage: items to leave out, and items to give the value type of another item */
    storageEdit: { drop?: string[]; valueTypeOf?: Record<string, string> } = {},
): Runtime {
    const md = structuredClone(base.metadata) as any
    if (md.__kind !== 'V14') throw new Error('futureRuntime: base must have V14 metadata')
    const pallet = md.value.pallets.find((p: any) => p.name === 'SubtensorModule')
    const def = md.value.lookup.types[pallet.events.type].type.def
    const variants = new Map<string, EventField[]>(def.value.variants.map((v: any) => [v.name, v.fields]))
    edit(variants)
    for (const v of def.value.variants) v.fields = variants.get(v.name)
    const item = (name: string) => {
        const found = pallet.storage.items.find((i: any) => i.name === name)
        if (!found) throw new Error(`futureRuntime: no storage item ${name}`)
        return found
    }
    for (const [name, other] of Object.entries(storageEdit.valueTypeOf ?? {})) item(name).type.value = item(other).type.value
    const drop = storageEdit.drop ?? []
    for (const name of drop) item(name)
    pallet.storage.items = pallet.storage.items.filter((i: any) => !drop.includes(i.name))
    return new Runtime({ specName: base.specName, specVersion, implName: base.implName, implVersion: 1 }, md)
}

/**
 * A SubtensorModule/other call encoded with the runtime's registry and decoded back as the
 * processor's call parser does (decodeCall -> toCallRecord -> toJSON). `args` by field name.
 */
export function encodeCall(rt: Runtime, name: string, args: Record<string, unknown>): { name: string; args: any } {
    const [pallet, method] = name.split('.')
    const bytes = rt.encodeCall({ __kind: pallet, value: { __kind: method, ...args } } as any)
    const record = rt.toCallRecord(rt.decodeCall(bytes))
    return { name: record.name, args: toJSON(record.args) }
}
