/**
 * Builds the spec-version file that squid-substrate-typegen reads (one JSON record per line:
 * specName, specVersion, blockNumber, blockHash, metadata).
 *
 * Sources, in this order:
 *   - runtime wasm in raw chain specs / hex wasm files: metadata is produced by executing the
 *     runtime's own `Metadata_metadata` API in Chopsticks' wasm executor (no chain needed);
 *   - metadata files: V14 hex (as `state_getMetadata` returns it), V15 hex as
 *     `Metadata_metadata_at_version(15)` returns it (Option<OpaqueMetadata>), or binary V15/V16
 *     (.scale); V15/V16 are converted to V14 (tools/typegen/metadata-v14.ts), the only version
 *     @subsquid/substrate-runtime and typegen read.
 *   - a spec-version file written by squid-substrate-metadata-explorer from a live archive node
 *     (`npm run typegen:explore -- <archive rpc url>` writes .typegen/explored.jsonl; kind
 *     `explorer-jsonl`, skipped while absent): every runtime the chain ever ran, with the block it
 *     started at. Its records win over file sources of the same spec version.
 * Which files are used is listed in typegen.sources.json, with paths relative to the repo root.
 * Tests load the same runtimes through `loadSource` (test/support/runtimes.ts).
 *
 * Usage: npm run typegen  (runs this, then squid-substrate-typegen typegen.json)
 */
import * as fs from 'fs'
import * as path from 'path'
import { runTask, getRuntimeVersion } from '@acala-network/chopsticks-core'
import { decodeMetadata } from '@subsquid/substrate-runtime/lib/metadata'
import { metadataBytes, toMetadataV14Hex } from './metadata-v14'

type HexString = `0x${string}`

export interface Source {
    /** path relative to the repository root */
    file: string
    kind: 'chainspec' | 'wasm-hex' | 'metadata-v14-hex' | 'metadata-v15opt-hex' | 'metadata-scale' | 'explorer-jsonl'
}

export interface RuntimeMetadata {
    specName: string
    specVersion: number
    /** V14, 0x-hex */
    metadata: string
}

interface SpecVersionRecord {
    specName: string
    specVersion: number
    blockNumber: number
    blockHash: string
    metadata: string
}

export const ROOT = path.resolve(__dirname, '../..')
export const SOURCES_FILE = path.join(ROOT, 'typegen.sources.json')
const CODE_KEY = '0x3a636f6465' // twox-free well-known key ":code"

function readWasm(file: string, kind: Source['kind']): HexString {
    const text = fs.readFileSync(file, 'utf8').trim()
    if (kind === 'wasm-hex') return (text.startsWith('0x') ? text : '0x' + text) as HexString
    const spec = JSON.parse(text)
    const code = spec?.genesis?.raw?.top?.[CODE_KEY]
    if (typeof code !== 'string') throw new Error(`${file}: not a raw chain spec (no :code in genesis.raw.top)`)
    return code as HexString
}

/** `Metadata_metadata` returns SCALE `OpaqueMetadata` (a compact-length-prefixed byte vector). */
function stripCompactLength(hex: string): string {
    const bytes = Buffer.from(hex.slice(2), 'hex')
    const mode = bytes[0] & 3
    const prefix = mode === 0 ? 1 : mode === 1 ? 2 : mode === 2 ? 4 : 1 + (bytes[0] >> 2) + 4
    return '0x' + bytes.subarray(prefix).toString('hex')
}

async function metadataFromWasm(wasm: HexString): Promise<RuntimeMetadata> {
    const version = await getRuntimeVersion(wasm)
    const res: any = await runTask({
        wasm,
        calls: [['Metadata_metadata', ['0x']]],
        mockSignatureHost: false,
        allowUnresolvedImports: true,
        runtimeLogLevel: 0,
    })
    if (!res.Call) throw new Error(`Metadata_metadata failed: ${res.Error}`)
    return { specName: version.specName, specVersion: version.specVersion, metadata: stripCompactLength(res.Call.result) }
}

function specVersionOfV14(hex: string): { specName: string; specVersion: number } {
    const md = decodeMetadata(hex)
    if (md.__kind !== 'V14') throw new Error(`expected V14 metadata, got ${md.__kind}`)
    // The System pallet's `Version` constant is a SCALE RuntimeVersion: spec_name (string), impl_name,
    // authoring_version u32, spec_version u32, ...
    const system = md.value.pallets.find((p) => p.name === 'System')
    const c = system?.constants.find((c) => c.name === 'Version')
    if (!c) throw new Error('metadata has no System.Version constant')
    const v: unknown = c.value
    const b = typeof v === 'string' ? Buffer.from(v.slice(2), 'hex') : Buffer.from(v as Uint8Array)
    let off = 0
    const readStr = () => {
        const [len, n] = readCompact(b, off)
        off += n
        const s = b.subarray(off, off + len).toString('utf8')
        off += len
        return s
    }
    const specName = readStr()
    readStr() // impl_name
    off += 4 // authoring_version
    const specVersion = b.readUInt32LE(off)
    return { specName, specVersion }
}

function readCompact(b: Buffer, off: number): [number, number] {
    const mode = b[off] & 3
    if (mode === 0) return [b[off] >> 2, 1]
    if (mode === 1) return [b.readUInt16LE(off) >> 2, 2]
    if (mode === 2) return [b.readUInt32LE(off) >>> 2, 4]
    throw new Error('compact too large for a string length')
}

export function readSources(): { out: string; sources: Source[] } {
    return JSON.parse(fs.readFileSync(SOURCES_FILE, 'utf8'))
}

/** One source's runtime: its name, version and V14 metadata. */
export async function loadSource(src: Source): Promise<RuntimeMetadata> {
    const file = path.resolve(ROOT, src.file)
    let metadata: string
    switch (src.kind) {
        case 'chainspec':
        case 'wasm-hex':
            return metadataFromWasm(readWasm(file, src.kind))
        case 'metadata-v14-hex':
            metadata = fs.readFileSync(file, 'utf8').trim()
            break
        case 'metadata-v15opt-hex':
            metadata = toMetadataV14Hex(metadataBytes(fs.readFileSync(file, 'utf8'), 'opt-hex'))
            break
        case 'metadata-scale':
            metadata = toMetadataV14Hex(metadataBytes(fs.readFileSync(file), 'scale'))
            break
        default:
            throw new Error(`${src.file}: unknown kind ${(src as Source).kind}`)
    }
    return { ...specVersionOfV14(metadata), metadata }
}

/** squid-substrate-metadata-explorer output: one {specName, specVersion, blockNumber, blockHash, metadata} per line. */
export function readExplored(file: string): SpecVersionRecord[] {
    return fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => {
            const r = JSON.parse(l) as SpecVersionRecord
            // nodes serve V14 from state_getMetadata today; convert should one serve newer
            return { ...r, metadata: toMetadataV14Hex(metadataBytes(r.metadata, 'hex')) }
        })
}

async function main() {
    const { out, sources } = readSources()
    const records = new Map<number, SpecVersionRecord>()
    for (const src of sources) {
        const file = path.resolve(ROOT, src.file)
        if (!fs.existsSync(file)) {
            console.error(`spec-versions: skipping missing ${src.file}`)
            continue
        }
        if (src.kind === 'explorer-jsonl') {
            const explored = readExplored(file)
            for (const rec of explored) records.set(rec.specVersion, rec)
            console.error(`spec-versions: ${src.file} -> ${explored.length} runtimes from a live node`)
            continue
        }
        const rec = await loadSource(src)
        if (records.has(rec.specVersion)) {
            console.error(`spec-versions: ${src.file}: spec ${rec.specVersion} already known, kept the first`)
            continue
        }
        // No chain block is behind these records; typegen only uses specName/specVersion/metadata.
        records.set(rec.specVersion, { ...rec, blockNumber: 0, blockHash: '0x00' })
        console.error(`spec-versions: ${src.file} -> ${rec.specName} v${rec.specVersion}`)
    }
    const sorted = [...records.values()].sort((a, b) => a.specVersion - b.specVersion)
    const outFile = path.resolve(ROOT, out)
    fs.mkdirSync(path.dirname(outFile), { recursive: true })
    fs.writeFileSync(outFile, sorted.map((r) => JSON.stringify(r)).join('\n') + '\n')
    console.error(`spec-versions: wrote ${sorted.length} runtimes to ${out}`)
    process.exit(0)
}

if (require.main === module) {
    main().catch((e) => {
        console.error(`spec-versions: ${e instanceof Error ? e.message : e}`)
        process.exit(1)
    })
}
