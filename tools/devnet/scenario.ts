/**
 * A deterministic Subtensor activity scenario driven with REAL signed extrinsics (polkadot.js,
 * sr25519 keys) against a Chopsticks devnet (see ./chain.ts), optionally across runtime upgrades.
 *
 * What a runtime "era" does is chosen from the runtime metadata, not from its spec number:
 * - legacy (2023, spec 103): sudo_add_network / sudo_register, pallet-less hyperparameter sudo calls
 * - pre-dTAO (spec 143): register_network(), burned_register, admin-utils, utility.batch
 * - dTAO (spec 204+/218): add_stake(hotkey, netuid, amount), move_stake, proxy, commit/reveal weights
 * Every era also swaps a registered, staked hotkey (swap_hotkey, where the runtime has it) and
 * removes a subnet with neurons and stake (sudo_remove_network on 103, the owner's dissolve_network
 * on 143; on 218 dissolve_network is a no-op: recorded, the subnet stays), then keeps staking and
 * registering. Outcomes are in report.hotkeySwaps / networkRemovals / networksAdded / notes.
 * Facts it relies on: ../shared/notes/devnet-chopsticks.md.
 */
import type { ApiPromise } from '@polkadot/api'
import { Keyring } from '@polkadot/api'
import type { SubmittableExtrinsic } from '@polkadot/api/types'
import type { KeyringPair } from '@polkadot/keyring/types'
import { Metadata, TypeRegistry } from '@polkadot/types'
import { hexToU8a } from '@polkadot/util'
import { blake2AsHex } from '@polkadot/util-crypto'
import * as fs from 'fs'
import * as http from 'http'
import * as https from 'https'
import type { Devnet } from './chain'

export interface ScenarioOptions {
    seed: number
    /** Later runtimes, applied in order: a raw chain spec (.json, wasm under genesis.raw.top[:code]) or a hex wasm file. */
    upgrades: string[]
    log?: (s: string) => void
}

export interface ScenarioExtrinsic {
    block: number
    /** Outer call, as found in the block (e.g. sudo.sudo, utility.batch, proxy.proxy). */
    section: string
    method: string
    /** SS58 (prefix 42) address of the signer. */
    signer: string
    /** false = System.ExtrinsicFailed. */
    ok: boolean
    /** Leaf calls after unwrapping sudo / utility / proxy, e.g. ["subtensorModule.addStake"]. */
    calls: string[]
    /** Decoded dispatch error of a failed extrinsic. */
    error?: string
    /** What the scenario meant the extrinsic to do (free text). */
    label?: string
    /**
     * Events emitted while applying this extrinsic, as "section.Method" in order, without the
     * bookkeeping ones (system.ExtrinsicSuccess/Failed, transactionPayment.TransactionFeePaid).
     */
    events?: string[]
}

/** A swap_hotkey the scenario made, with what the chain did to the old hotkey's uids. */
export interface ScenarioHotkeySwap {
    block: number
    specVersion: number
    coldkey: string
    oldHotkey: string
    newHotkey: string
    /** Every subnet where the old hotkey held a uid before the swap. */
    uids: {
        netuid: number
        uid: number
        /** Uids(netuid, newHotkey) after the swap (null: not registered). */
        newHotkeyUid: number | null
        /** Uids(netuid, oldHotkey) after the swap. */
        oldHotkeyUid: number | null
        /** Keys(netuid, uid) after the swap. */
        keysHolder: string | null
    }[]
    /**
     * Stake of each hotkey (rao): key "total" = TotalHotkeyStake (pre-dTAO runtimes), or a
     * netuid = TotalHotkeyAlpha on that subnet (dTAO runtimes). Zero entries are left out.
     */
    stakeBefore: { old: Record<string, string>; new: Record<string, string> }
    stakeAfter: { old: Record<string, string>; new: Record<string, string> }
}

/** A subnet removal attempt and its outcome. */
export interface ScenarioNetworkRemoval {
    block: number
    specVersion: number
    netuid: number
    /** Leaf call used, e.g. "subtensorModule.sudoRemoveNetwork" (via sudo) or "subtensorModule.dissolveNetwork". */
    call: string
    /** true = SubtensorModule.NetworkRemoved was emitted and NetworksAdded(netuid) is false afterwards. */
    removed: boolean
    /** Registered neurons (Keys entries) before / after the call. */
    neuronsBefore: number
    neuronsAfter: number
    /** Stake on the subnet before the call (rao): sum of its hotkeys' stake (pre-dTAO) or SubnetTAO (dTAO). */
    stakeBefore: string
}

/** A NetworkAdded seen by the scenario. */
export interface ScenarioNetworkAdded {
    block: number
    specVersion: number
    netuid: number
    /** The netuid belonged to a subnet the scenario removed earlier. */
    reused: boolean
}

export interface ScenarioReport {
    /** Head height when the scenario ended. */
    blocks: number
    /** fromBlock = first block executed by that runtime (the setCode block itself still runs the old one). */
    specVersions: { specVersion: number; fromBlock: number }[]
    extrinsics: ScenarioExtrinsic[]
    hotkeySwaps: ScenarioHotkeySwap[]
    networkRemovals: ScenarioNetworkRemoval[]
    networksAdded: ScenarioNetworkAdded[]
    /** What the runtimes could not do or did differently than asked (one line each). */
    notes: string[]
}

const TAO = 1_000_000_000
// Keep the total well below the 21M TAO supply cap: the dTAO emission schedule divides by
// (cap - issuance) and a block panics with "division by zero" when issuance exceeds it.
const FUND_FREE = 10_000 * TAO
const CODE_KEY = '0x3a636f6465'
/** twox128("System") ++ twox128("Events") */
const SYSTEM_EVENTS_KEY = '0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7'
const SS58 = 42

/** Small, fast, seedable PRNG (mulberry32). */
function prng(seed: number): () => number {
    let a = seed >>> 0
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

interface Pending {
    hash: string
    pair: KeyringPair
    /** Decoded at submit time: after a runtime upgrade the same call index means another call. */
    section: string
    method: string
    calls: string[]
    label: string
    expectFailure: boolean
    expectEvents: string[]
}

export interface SubmitOptions {
    /** The extrinsic must fail (ExtrinsicFailed or an inner dispatch error). */
    expectFailure?: boolean
    /** Events ("section.Method") the extrinsic must emit, e.g. "subtensorModule.HotkeySwapped". */
    expectEvents?: string[]
}

/** Events left out of ScenarioExtrinsic.events. */
const BOOKKEEPING_EVENTS = new Set(['system.ExtrinsicSuccess', 'system.ExtrinsicFailed', 'transactionPayment.TransactionFeePaid'])

interface SealedBlock {
    number: number
    hash: string
    events: any[]
}

function isCall(x: any): boolean {
    return x != null && typeof x.section === 'string' && typeof x.method === 'string' && Array.isArray(x.args)
}

function leafCalls(call: any): string[] {
    const nested: any[] = []
    for (const a of call.args as any[]) {
        if (isCall(a)) nested.push(a)
        else if (Array.isArray(a) && a.length > 0 && isCall(a[0])) nested.push(...a)
    }
    if (nested.length === 0) return [`${call.section}.${call.method}`]
    return nested.flatMap(leafCalls)
}

function describeDispatchError(registry: any, err: any): string {
    if (err?.isModule) {
        try {
            const m = registry.findMetaError(err.asModule)
            return `${m.section}.${m.name}`
        } catch {
            return `Module(${err.asModule.toString()})`
        }
    }
    const type: string = err?.type ?? String(err)
    const inner = err?.[`as${type}`]
    return inner && typeof inner.type === 'string' ? `${type}.${inner.type}` : type
}

/** Read the runtime wasm (hex with 0x) out of a raw chain spec or a .hex file. */
export function readRuntimeCode(file: string): string {
    let text: string
    try {
        text = fs.readFileSync(file, 'utf8')
    } catch (e: any) {
        throw new Error(`runtime upgrade ${file}: cannot read (${e?.code ?? e})`, { cause: e })
    }
    const trimmed = text.trim()
    if (trimmed.startsWith('{')) {
        let spec: any
        try {
            spec = JSON.parse(trimmed)
        } catch (e: any) {
            throw new Error(`runtime upgrade ${file}: not valid JSON (${String(e?.message ?? e).split('\n')[0]})`, { cause: e })
        }
        const code = spec?.genesis?.raw?.top?.[CODE_KEY]
        if (typeof code !== 'string') throw new Error(`runtime upgrade ${file}: no wasm under genesis.raw.top['${CODE_KEY}']`)
        return code
    }
    const hex = trimmed.startsWith('0x') ? trimmed : `0x${trimmed}`
    if (!/^0x[0-9a-fA-F]+$/.test(hex) || hex.length % 2 !== 0) throw new Error(`runtime upgrade ${file}: not a hex wasm file`)
    return hex
}

/** One JSON-RPC call over HTTP POST (Chopsticks serves HTTP on the ws port; no global fetch needed). */
function httpRpc(endpoint: string, method: string, params: unknown[]): Promise<any> {
    const url = new URL(endpoint.replace(/^ws(s?):/, 'http$1:'))
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method, params })
    const client = url.protocol === 'https:' ? https : http
    return new Promise((resolve, reject) => {
        const req = client.request(
            url,
            { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
            (res) => {
                const chunks: Buffer[] = []
                res.on('data', (ch: Buffer) => chunks.push(ch))
                res.on('end', () => {
                    try {
                        const out = JSON.parse(Buffer.concat(chunks).toString('utf8'))
                        if (out.error) reject(new Error(`${method}: ${out.error.message ?? JSON.stringify(out.error)}`))
                        else resolve(out.result)
                    } catch (e) {
                        reject(new Error(`${method}: bad JSON-RPC response (${String(e)})`))
                    }
                })
                res.on('error', reject)
            },
        )
        req.on('error', reject)
        req.end(body)
    })
}

/** Drives the chain: submits signed extrinsics, seals blocks, checks and records outcomes. */
class Driver {
    readonly report: ScenarioReport = {
        blocks: 0,
        specVersions: [],
        extrinsics: [],
        hotkeySwaps: [],
        networkRemovals: [],
        networksAdded: [],
        notes: [],
    }
    private pending: Pending[] = []
    private nonces = new Map<string, number>()

    constructor(
        readonly api: ApiPromise,
        readonly devnet: Devnet,
        readonly log: (s: string) => void,
    ) {}

    get tx() {
        return this.api.tx
    }

    has(section: string, method: string): boolean {
        return (this.api.tx as any)[section]?.[method] != null
    }

    /** Next nonce of an account as tracked by the driver (0 if it never signed). */
    knownNonce(address: string): number {
        return this.nonces.get(address) ?? 0
    }

    private async nextNonce(pair: KeyringPair): Promise<number> {
        let n = this.nonces.get(pair.address)
        if (n == null) {
            const acc: any = await this.api.query.system.account(pair.address)
            n = acc.nonce.toNumber() as number
        }
        this.nonces.set(pair.address, n + 1)
        return n
    }

    /** Sign with `pair` and put into the pool; it is checked when the next block is sealed. */
    async submit(
        pair: KeyringPair,
        tx: SubmittableExtrinsic<'promise'>,
        label: string,
        opts: boolean | SubmitOptions = false,
    ): Promise<void> {
        const { expectFailure = false, expectEvents = [] } = typeof opts === 'boolean' ? { expectFailure: opts } : opts
        const nonce = await this.nextNonce(pair)
        let hash: string
        try {
            // Immortal (era 0): the signature then covers the genesis hash instead of a recent block
            // hash that polkadot.js picks from the best/finalized headers at signing time, which
            // made the very first transaction on a fresh Chopsticks chain fail now and then with
            // "invalid badProof".
            hash = (await tx.signAndSend(pair, { nonce, era: 0 })).toHex()
        } catch (e: any) {
            this.nonces.set(pair.address, nonce)
            throw new Error(`${label}: rejected by the transaction pool: ${String(e?.message ?? e).split('\n')[0]}`, { cause: e })
        }
        this.pending.push({
            hash,
            pair,
            section: tx.method.section,
            method: tx.method.method,
            calls: leafCalls(tx.method),
            label,
            expectFailure,
            expectEvents,
        })
    }

    /** sudo(call) signed by the sudo key. */
    async sudo(sudoPair: KeyringPair, call: SubmittableExtrinsic<'promise'>, label?: string, opts?: SubmitOptions): Promise<void> {
        await this.submit(
            sudoPair,
            this.api.tx.sudo.sudo(call),
            label ?? `sudo ${call.method.section}.${call.method.method}`,
            opts ?? false,
        )
    }

    /** A hyperparameter setter from AdminUtils (later runtimes) or SubtensorModule (2023); undefined if absent. */
    adminCall(name: string, ...args: unknown[]): SubmittableExtrinsic<'promise'> | undefined {
        const tx: any = this.api.tx
        const fn = tx.adminUtils?.[name] ?? tx.subtensorModule?.[name]
        return fn ? fn(...args) : undefined
    }

    async admin(sudoPair: KeyringPair, name: string, ...args: unknown[]): Promise<boolean> {
        const call = this.adminCall(name, ...args)
        if (!call) {
            this.log(`  (runtime has no ${name}: skipped)`)
            return false
        }
        await this.sudo(sudoPair, call, `sudo ${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`)
        return true
    }

    async head(): Promise<number> {
        const h = await this.api.rpc.chain.getHeader()
        return h.number.toNumber()
    }

    /** Build one block with everything pending, check every pending extrinsic, then `extra` empty blocks. */
    async seal(extra = 0): Promise<SealedBlock> {
        const pending = this.pending
        this.pending = []
        await this.devnet.newBlocks(1)
        const number = await this.head()
        const { hash, registry, events, extrinsicHashes: hashes } = await this.readBlock(number)
        for (const p of pending) {
            const idx = hashes.indexOf(p.hash)
            if (idx < 0) throw new Error(`${p.label}: not included in block ${number}`)
            const own = events.filter((r: any) => r.phase.isApplyExtrinsic && r.phase.asApplyExtrinsic.toNumber() === idx)
            let error: string | undefined
            let outerFailed = false
            const names: string[] = []
            for (const { event } of own) {
                const key = `${event.section}.${event.method}`
                if (!BOOKKEEPING_EVENTS.has(key)) names.push(key)
                if (key === 'system.ExtrinsicFailed') {
                    outerFailed = true
                    error = describeDispatchError(registry, event.data[0])
                } else if ((key === 'sudo.Sudid' || key === 'sudo.SudoAsDone' || key === 'proxy.ProxyExecuted') && event.data[0].isErr) {
                    error ??= `${key}: ${describeDispatchError(registry, event.data[0].asErr)}`
                } else if (key === 'utility.BatchInterrupted') {
                    error ??= `${key} at item ${event.data[0].toString()}: ${describeDispatchError(registry, event.data[1])}`
                } else if (key === 'utility.ItemFailed') {
                    error ??= `${key}: ${describeDispatchError(registry, event.data[0])}`
                }
            }
            const rec: ScenarioExtrinsic = {
                block: number,
                section: p.section,
                method: p.method,
                signer: p.pair.address,
                ok: !outerFailed,
                calls: p.calls,
            }
            if (error) rec.error = error
            rec.label = p.label
            rec.events = names
            this.report.extrinsics.push(rec)
            if (p.expectFailure) {
                if (!error) throw new Error(`${p.label}: expected to fail but succeeded in block ${number}`)
                this.log(`  #${number} ${p.label} -> failed as intended: ${error}`)
            } else if (error) {
                throw new Error(`${p.label}: failed in block ${number}: ${error}`)
            }
            const missing = p.expectEvents.filter((e) => !names.includes(e))
            if (missing.length)
                throw new Error(`${p.label}: no ${missing.join(', ')} in block ${number} (events: ${names.join(', ') || 'none'})`)
        }
        this.log(`  sealed #${number}: ${pending.length} extrinsic(s)`)
        if (extra > 0) await this.devnet.newBlocks(extra)
        this.report.blocks = await this.head()
        return { number, hash, events }
    }

    /**
     * Events and extrinsic hashes of block `number`, decoded with a registry of our own for the
     * runtime of its parent. Not with `api`: polkadot.js swaps the metadata of its default
     * registry in place when it notices a runtime upgrade, which races with reading the upgrade
     * block and breaks decoding of older blocks.
     */
    private async readBlock(number: number): Promise<{ hash: string; registry: TypeRegistry; events: any[]; extrinsicHashes: string[] }> {
        const ep = this.devnet.endpoint
        const hash: string = await httpRpc(ep, 'chain_getBlockHash', [number])
        const block: any = await httpRpc(ep, 'chain_getBlock', [hash])
        const parent: string = block.block.header.parentHash
        const registry = await this.registryAt(parent)
        const rawEvents: string | null = await httpRpc(ep, 'state_getStorage', [SYSTEM_EVENTS_KEY, hash])
        const events = rawEvents == null ? [] : ([...(registry.createType(this.eventsType.get(registry)!, rawEvents) as any)] as any[])
        const extrinsicHashes = (block.block.extrinsics as string[]).map((x) => blake2AsHex(hexToU8a(x), 256))
        return { hash, registry, events, extrinsicHashes }
    }

    private registries = new Map<number, TypeRegistry>()
    private eventsType = new Map<TypeRegistry, string>()

    private async registryAt(blockHash: string): Promise<TypeRegistry> {
        const ep = this.devnet.endpoint
        const version: any = await httpRpc(ep, 'state_getRuntimeVersion', [blockHash])
        const spec = Number(version.specVersion)
        let registry = this.registries.get(spec)
        if (registry == null) {
            registry = new TypeRegistry()
            const metadata = new Metadata(registry, await httpRpc(ep, 'state_getMetadata', [blockHash]))
            // Only events and errors are decoded with this registry: declare every signed extension
            // as empty so that unknown ones (SubtensorSignedExtension, ...) do not log warnings.
            const extensions = metadata.asV14.extrinsic.signedExtensions.map((e) => e.identifier.toString())
            registry.setMetadata(metadata, undefined, Object.fromEntries(extensions.map((e) => [e, { extrinsic: {}, payload: {} }])))
            const system = metadata.asLatest.pallets.find((p) => p.name.toString() === 'System')
            const entry = system?.storage.unwrap().items.find((i) => i.name.toString() === 'Events')
            if (!entry) throw new Error(`runtime ${spec}: no System.Events storage in metadata`)
            this.eventsType.set(registry, registry.createLookupType(entry.type.asPlain))
            this.registries.set(spec, registry)
        }
        return registry
    }

    async advance(n: number, why: string): Promise<void> {
        if (this.pending.length) throw new Error('advance() with pending extrinsics: seal() first')
        await this.devnet.newBlocks(n)
        this.report.blocks = await this.head()
        this.log(`  +${n} blocks (${why}) -> #${this.report.blocks}`)
    }

    async setStorage(storage: Record<string, unknown>): Promise<void> {
        await httpRpc(this.devnet.endpoint, 'dev_setStorage', [storage])
    }

    specVersion(): number {
        return this.api.runtimeVersion.specVersion.toNumber()
    }

    async waitForSpec(minSpec: number, timeoutMs = 60_000): Promise<void> {
        const t0 = Date.now()
        while (this.specVersion() < minSpec) {
            if (Date.now() - t0 > timeoutMs) throw new Error(`polkadot.js did not pick up runtime ${minSpec} within ${timeoutMs} ms`)
            await new Promise((r) => setTimeout(r, 100))
        }
        await this.api.isReady
    }
}

function eventsOf(sealed: SealedBlock, section: string, method: string): any[] {
    return sealed.events.filter((r: any) => r.event.section === section && r.event.method === method).map((r: any) => r.event)
}

/** Keys: fixed dev URIs for Alice..Eve, seed-dependent URIs for the extra coldkeys and all hotkeys. */
class Keys {
    readonly alice: KeyringPair
    readonly colds: KeyringPair[]
    readonly coldNames: string[]
    private hots = new Map<string, KeyringPair>()
    private keyring = new Keyring({ type: 'sr25519', ss58Format: SS58 })

    constructor(
        readonly seed: number,
        extraColds: number,
    ) {
        this.coldNames = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve']
        this.colds = this.coldNames.map((n) => this.keyring.addFromUri(`//${n}`))
        for (let i = 0; i < extraColds; i++) {
            this.coldNames.push(`X${i}`)
            this.colds.push(this.keyring.addFromUri(`//taoindex//seed-${seed}//cold-${i}`))
        }
        this.alice = this.colds[0]
    }

    cold(name: string): KeyringPair {
        const i = this.coldNames.indexOf(name)
        if (i < 0) throw new Error(`unknown coldkey ${name}`)
        return this.colds[i]
    }

    /** Hotkey number `i` of coldkey `owner` (created on first use). */
    hot(owner: string, i: number): KeyringPair {
        const k = `${owner}/${i}`
        let p = this.hots.get(k)
        if (!p) {
            p = this.keyring.addFromUri(`//taoindex//seed-${this.seed}//hot-${owner}-${i}`)
            this.hots.set(k, p)
        }
        return p
    }

    /** Every hotkey created so far (allHots plus the ones made for hotkey swaps). */
    created(): KeyringPair[] {
        return [...this.hots.values()]
    }

    /** Every hotkey the scenario may use (they sign set_weights, so they are funded too). */
    allHots(perCold: number): KeyringPair[] {
        const out: KeyringPair[] = []
        for (const n of this.coldNames) for (let i = 0; i < perCold; i++) out.push(this.hot(n, i))
        return out
    }
}

type Era = 'legacy' | 'pre-dtao' | 'dtao'

function detectEra(api: ApiPromise): Era {
    const st: any = api.tx.subtensorModule
    if (!st) throw new Error('runtime has no SubtensorModule pallet')
    if (st.addStake.meta.args.length >= 3) return 'dtao'
    if (st.sudoAddNetwork) return 'legacy'
    return 'pre-dtao'
}

interface Ctx {
    d: Driver
    k: Keys
    rng: () => number
    /** Random whole-TAO amount in [lo, hi] (rao). */
    amount(lo: number, hi: number): number
    shuffle<T>(xs: T[]): T[]
    log: (s: string) => void
    /** Subnets created by the scenario so far. */
    subnets: number[]
    /** How many eras of each kind already ran. */
    eraCount: Partial<Record<Era, number>>
    /** Netuids removed by the scenario (NetworkRemoved), with the block. */
    removed: Map<number, number>
}

async function uidOf(api: ApiPromise, netuid: number, hotkey: string): Promise<number | undefined> {
    const u: any = await api.query.subtensorModule.uids(netuid, hotkey)
    return u.isSome ? u.unwrap().toNumber() : undefined
}

async function subnetKeys(api: ApiPromise, netuid: number): Promise<Map<number, string>> {
    const entries = await api.query.subtensorModule.keys.entries(netuid)
    const m = new Map<number, string>()
    for (const [key, value] of entries) m.set((key.args[1] as any).toNumber(), (value as any).toString())
    return m
}

/** Weights from `hot` to every other uid of the subnet (seeded values). */
async function weightsFor(c: Ctx, netuid: number, hot: string): Promise<{ dests: number[]; weights: number[] }> {
    const keys = await subnetKeys(c.d.api, netuid)
    const own = await uidOf(c.d.api, netuid, hot)
    const dests = [...keys.keys()].filter((u) => u !== own).sort((a, b) => a - b)
    const weights = dests.map(() => 1 + Math.floor(c.rng() * 65534))
    return { dests, weights }
}

/** Build blocks one by one until every hotkey holds a validator permit on the subnet (an epoch ran). */
async function waitForPermits(c: Ctx, netuid: number, hotkeys: string[], maxBlocks: number): Promise<void> {
    const api = c.d.api
    for (let i = 0; ; i++) {
        const permits = [...((await api.query.subtensorModule.validatorPermit(netuid)) as any)].map((b: any) => b.isTrue)
        const missing: string[] = []
        for (const h of hotkeys) {
            const uid = await uidOf(api, netuid, h)
            if (uid == null) throw new Error(`hotkey ${h} is not registered on subnet ${netuid}`)
            if (!permits[uid]) missing.push(h)
        }
        if (missing.length === 0) return
        if (i >= maxBlocks) throw new Error(`no validator permit on subnet ${netuid} after ${maxBlocks} blocks for ${missing.join(', ')}`)
        await c.d.advance(1, `waiting for validator permits on subnet ${netuid}`)
    }
}

/** Netuids of the NetworkAdded events of a sealed block, recorded in the report. */
async function newNetuids(c: Ctx, sealed: SealedBlock): Promise<number[]> {
    const netuids: number[] = eventsOf(sealed, 'subtensorModule', 'NetworkAdded').map((e) => e.data[0].toNumber())
    for (const netuid of netuids) {
        const reused = c.removed.has(netuid)
        c.d.report.networksAdded.push({ block: sealed.number, specVersion: c.d.specVersion(), netuid, reused })
        if (reused) {
            c.log(`  netuid ${netuid} reused: removed in block ${c.removed.get(netuid)}, added again in block ${sealed.number}`)
            c.removed.delete(netuid)
        }
    }
    return netuids
}

async function existingNetuids(api: ApiPromise): Promise<number[]> {
    const entries = await api.query.subtensorModule.networksAdded.entries()
    return entries
        .filter(([, v]) => (v as any).isTrue)
        .map(([k]) => (k.args[0] as any).toNumber())
        .sort((a: number, b: number) => a - b)
}

/** Per-subnet hyperparameters that make a short scenario possible (all via sudo). */
async function configureSubnet(c: Ctx, netuid: number, tempo: number, maxUids?: number): Promise<void> {
    const { d, k } = c
    const a = k.alice
    await d.admin(a, 'sudoSetTempo', netuid, tempo)
    await d.admin(a, 'sudoSetWeightsSetRateLimit', netuid, 0)
    await d.admin(a, 'sudoSetMaxWeightLimit', netuid, 65535)
    await d.admin(a, 'sudoSetMinAllowedWeights', netuid, 1)
    await d.admin(a, 'sudoSetMaxRegistrationsPerBlock', netuid, 32)
    await d.admin(a, 'sudoSetTargetRegistrationsPerInterval', netuid, 32)
    await d.admin(a, 'sudoSetImmunityPeriod', netuid, 0)
    await d.admin(a, 'sudoSetActivityCutoff', netuid, 5000)
    if (maxUids != null) {
        await d.admin(a, 'sudoSetMaxAllowedUids', netuid, maxUids)
        await d.admin(a, 'sudoSetMaxAllowedValidators', netuid, maxUids)
    }
    if (d.adminCall('sudoSetNetworkRegistrationAllowed', netuid, true)) {
        await d.admin(a, 'sudoSetNetworkRegistrationAllowed', netuid, true)
        await d.admin(a, 'sudoSetMinBurn', netuid, 1_000_000)
        await d.admin(a, 'sudoSetMaxBurn', netuid, 100 * TAO)
    }
    if (d.adminCall('sudoSetCommitRevealWeightsEnabled', netuid, false))
        await d.admin(a, 'sudoSetCommitRevealWeightsEnabled', netuid, false)
}

async function globalSettings(c: Ctx): Promise<void> {
    const { d, k } = c
    const a = k.alice
    await d.admin(a, 'sudoSetTxRateLimit', 0)
    if (d.adminCall('sudoSetNetworkRateLimit', 0)) {
        await d.admin(a, 'sudoSetNetworkRateLimit', 0)
        await d.admin(a, 'sudoSetNetworkMinLockCost', 10 * TAO)
        await d.admin(a, 'sudoSetLockReductionInterval', 1)
        await d.admin(a, 'sudoSetSubnetLimit', 32)
        await d.admin(a, 'sudoSetWeightsMinStake', 0)
    }
    if (d.adminCall('sudoSetTxDelegateTakeRateLimit', 0)) await d.admin(a, 'sudoSetTxDelegateTakeRateLimit', 0)
    if (d.adminCall('sudoSetNominatorMinRequiredStake', 0)) await d.admin(a, 'sudoSetNominatorMinRequiredStake', 0)
}

/** Stake of a hotkey: {total} on pre-dTAO runtimes, {netuid: alpha} on dTAO ones; zero entries left out. */
async function stakeOf(api: ApiPromise, hotkey: string): Promise<Record<string, string>> {
    const q: any = api.query.subtensorModule
    if (q.totalHotkeyStake) {
        const v = BigInt(((await q.totalHotkeyStake(hotkey)) as any).toString())
        return v > 0n ? { total: v.toString() } : {}
    }
    const out: Record<string, string> = {}
    for (const netuid of await existingNetuids(api)) {
        const v = BigInt(((await q.totalHotkeyAlpha(hotkey, netuid)) as any).toString())
        if (v > 0n) out[String(netuid)] = v.toString()
    }
    return out
}

/**
 * swap_hotkey(old -> new) signed by the owning coldkey, in a block of its own. The old hotkey must
 * hold a uid somewhere and have stake; HotkeySwapped must be emitted. What became of its uids
 * (Uids / Keys storage) is recorded in report.hotkeySwaps and logged, not enforced.
 */
async function swapHotkey(c: Ctx, owner: string, oldHot: KeyringPair, newHot: KeyringPair): Promise<ScenarioHotkeySwap | undefined> {
    const { d, k } = c
    const api = d.api
    if (!d.has('subtensorModule', 'swapHotkey')) {
        const note = `spec ${d.specVersion()}: no SubtensorModule.swap_hotkey (no hotkey swap in this era)`
        d.report.notes.push(note)
        c.log(`  ${note}`)
        return undefined
    }
    const before: { netuid: number; uid: number }[] = []
    for (const netuid of await existingNetuids(api)) {
        const uid = await uidOf(api, netuid, oldHot.address)
        if (uid != null) before.push({ netuid, uid })
    }
    if (before.length === 0) throw new Error(`swap_hotkey: ${owner}'s hotkey ${oldHot.address} holds no uid`)
    const stakeBefore = { old: await stakeOf(api, oldHot.address), new: await stakeOf(api, newHot.address) }
    if (Object.keys(stakeBefore.old).length === 0) throw new Error(`swap_hotkey: ${owner}'s hotkey ${oldHot.address} has no stake`)
    const where = before.map((b) => `uid ${b.uid} on ${b.netuid}`).join(', ')
    await d.submit(k.cold(owner), api.tx.subtensorModule.swapHotkey(oldHot.address, newHot.address), `${owner} swap_hotkey (${where})`, {
        expectEvents: ['subtensorModule.HotkeySwapped'],
    })
    const sealed = await d.seal()
    const ev = eventsOf(sealed, 'subtensorModule', 'HotkeySwapped')[0]
    const [evCold, evOld, evNew] = [0, 1, 2].map((i) => ev.data[i].toString())
    if (evCold !== k.cold(owner).address || evOld !== oldHot.address || evNew !== newHot.address) {
        throw new Error(`swap_hotkey: HotkeySwapped(${evCold}, ${evOld}, ${evNew}) does not match the call`)
    }
    const uids: ScenarioHotkeySwap['uids'] = []
    for (const { netuid, uid } of before) {
        const holder: any = await api.query.subtensorModule.keys(netuid, uid)
        const keysHolder = holder.isEmpty ? null : holder.toString()
        const newHotkeyUid = (await uidOf(api, netuid, newHot.address)) ?? null
        const oldHotkeyUid = (await uidOf(api, netuid, oldHot.address)) ?? null
        uids.push({ netuid, uid, newHotkeyUid, oldHotkeyUid, keysHolder })
        const same = newHotkeyUid === uid && keysHolder === newHot.address && oldHotkeyUid == null
        const msg = `subnet ${netuid}: uid ${uid} -> new hotkey uid ${newHotkeyUid}, Keys(${netuid}, ${uid}) = ${
            keysHolder === newHot.address ? 'new hotkey' : keysHolder === oldHot.address ? 'OLD hotkey' : keysHolder
        }, old hotkey uid ${oldHotkeyUid}`
        c.log(`  swap_hotkey ${same ? 'kept the uid' : 'DID NOT keep the uid'}: ${msg}`)
        if (!same)
            d.report.notes.push(`spec ${d.specVersion()} block ${sealed.number}: swap_hotkey did not move the uid as expected: ${msg}`)
    }
    const stakeAfter = { old: await stakeOf(api, oldHot.address), new: await stakeOf(api, newHot.address) }
    c.log(
        `  stake before: old ${JSON.stringify(stakeBefore.old)}; after: old ${JSON.stringify(stakeAfter.old)}, new ${JSON.stringify(stakeAfter.new)}`,
    )
    const rec: ScenarioHotkeySwap = {
        block: sealed.number,
        specVersion: d.specVersion(),
        coldkey: k.cold(owner).address,
        oldHotkey: oldHot.address,
        newHotkey: newHot.address,
        uids,
        stakeBefore,
        stakeAfter,
    }
    d.report.hotkeySwaps.push(rec)
    return rec
}

/**
 * Remove a subnet with whatever the runtime offers, in a block of its own:
 * sudo(sudo_remove_network) (2023), dissolve_network(netuid) signed by the owner (2024), or
 * sudo(dissolve_network(coldkey, netuid)) (later). `mustRemove`: NetworkRemoved is required;
 * otherwise a call that succeeds without removing anything is recorded as such.
 * Returns true if the subnet is gone.
 */
async function removeSubnet(c: Ctx, netuid: number, owner: string, mustRemove: boolean): Promise<boolean> {
    const { d, k } = c
    const api = d.api
    const st: any = api.tx.subtensorModule
    const q: any = api.query.subtensorModule
    const neuronsBefore = (await subnetKeys(api, netuid)).size
    let stakeBefore = 0n
    if (q.subnetTAO) stakeBefore = BigInt(((await q.subnetTAO(netuid)) as any).toString())
    else
        for (const hot of (await subnetKeys(api, netuid)).values())
            stakeBefore += BigInt(((await q.totalHotkeyStake(hot)) as any).toString())
    if (neuronsBefore === 0 || stakeBefore === 0n)
        throw new Error(`subnet ${netuid} to remove has ${neuronsBefore} neurons and ${stakeBefore} stake`)
    const opts: SubmitOptions = { expectEvents: mustRemove ? ['subtensorModule.NetworkRemoved'] : [] }
    let call: string
    if (st.sudoRemoveNetwork) {
        call = 'subtensorModule.sudoRemoveNetwork'
        await d.sudo(k.alice, st.sudoRemoveNetwork(netuid), `sudo sudo_remove_network(${netuid}) (${neuronsBefore} neurons)`, opts)
    } else if (st.dissolveNetwork && st.dissolveNetwork.meta.args.length === 1) {
        call = 'subtensorModule.dissolveNetwork'
        await d.submit(k.cold(owner), st.dissolveNetwork(netuid), `${owner} dissolve_network(${netuid}) (${neuronsBefore} neurons)`, opts)
    } else if (st.dissolveNetwork) {
        call = 'subtensorModule.dissolveNetwork'
        await d.sudo(
            k.alice,
            st.dissolveNetwork(k.cold(owner).address, netuid),
            `sudo dissolve_network(${owner}, ${netuid}) (${neuronsBefore} neurons)`,
            opts,
        )
    } else {
        const note = `spec ${d.specVersion()}: no call removes a subnet (no subnet removal in this era)`
        d.report.notes.push(note)
        c.log(`  ${note}`)
        return false
    }
    const sealed = await d.seal()
    const event = eventsOf(sealed, 'subtensorModule', 'NetworkRemoved').some((e) => e.data[0].toNumber() === netuid)
    const stillAdded = ((await q.networksAdded(netuid)) as any).isTrue as boolean
    const neuronsAfter = (await subnetKeys(api, netuid)).size
    const removed = event && !stillAdded
    if (event !== !stillAdded)
        throw new Error(`subnet ${netuid}: NetworkRemoved ${event ? 'emitted' : 'not emitted'} but NetworksAdded = ${stillAdded}`)
    d.report.networkRemovals.push({
        block: sealed.number,
        specVersion: d.specVersion(),
        netuid,
        call,
        removed,
        neuronsBefore,
        neuronsAfter,
        stakeBefore: stakeBefore.toString(),
    })
    if (removed) {
        c.removed.set(netuid, sealed.number)
        c.subnets = c.subnets.filter((n) => n !== netuid)
        c.log(`  subnet ${netuid} removed in block ${sealed.number}: ${neuronsBefore} neurons before, ${neuronsAfter} Keys entries left`)
    } else {
        const note = `spec ${d.specVersion()}: ${call}(${netuid}) succeeded without NetworkRemoved; the subnet still exists (a no-op in this runtime)`
        d.report.notes.push(note)
        c.log(`  ${note}`)
    }
    return removed
}

/** At least two different hotkeys set weights successfully since report.extrinsics[from]. */
function requireTwoValidators(c: Ctx, from: number): void {
    const signers = new Set(
        c.d.report.extrinsics
            .slice(from)
            .filter((x) => x.ok && !x.error && x.calls.includes('subtensorModule.setWeights'))
            .map((x) => x.signer),
    )
    if (signers.size < 2) throw new Error(`spec ${c.d.specVersion()}: only ${signers.size} hotkey(s) called set_weights in this era`)
    c.log(`  set_weights by ${signers.size} different hotkeys in this era`)
}

// ---------------------------------------------------------------------------------------------
// Era: 2023 runtime (spec 103): sudo_add_network, sudo_register, no utility/proxy pallets.
// ---------------------------------------------------------------------------------------------
async function eraLegacy(c: Ctx): Promise<void> {
    const { d, k, api } = { ...c, api: c.d.api }
    const a = k.alice
    const tempo = 7
    const existing = await existingNetuids(api)
    const free: number[] = []
    for (let n = 1; free.length < 2; n++) if (!existing.includes(n)) free.push(n)
    const [sn1, sn2] = free
    const eraStart = d.report.extrinsics.length
    c.log(`legacy era (spec ${d.specVersion()}): subnets ${sn1} (weights, staking) and ${sn2} (max 4 uids, churn)`)

    // Block 1: networks + global settings.
    await d.admin(a, 'sudoSetTxRateLimit', 0)
    await d.sudo(a, api.tx.subtensorModule.sudoAddNetwork(sn1, tempo, 0))
    await d.sudo(a, api.tx.subtensorModule.sudoAddNetwork(sn2, tempo, 0))
    const sealed1 = await d.seal()
    c.subnets.push(...(await newNetuids(c, sealed1)))

    // Block 2: emissions + per-subnet hyperparameters.
    const blockEmission = ((await api.query.subtensorModule.blockEmission()) as any).toNumber() as number
    const share = Math.floor(blockEmission * (0.5 + c.rng() * 0.25))
    // The emission vector must cover every existing subnet and sum to the block emission.
    const nets = await existingNetuids(api)
    const emission = nets.map((n) => (n === sn1 ? share : n === sn2 ? blockEmission - share : 0))
    await d.sudo(a, api.tx.subtensorModule.sudoSetEmissionValues(nets, emission))
    await configureSubnet(c, sn1, tempo)
    await configureSubnet(c, sn2, tempo)
    // This runtime's sudo_set_max_allowed_uids only accepts increases: shrink subnet 2 via storage.
    await d.setStorage({ SubtensorModule: { MaxAllowedUids: [[[sn2], 4]], MaxAllowedValidators: [[[sn2], 4]] } })
    await d.seal()

    // Block 3: sudo_register. Subnet 1: two staked validators (Alice, Bob) + miners; subnet 2: 6 > 4 uids.
    const reg1: [string, number, number][] = [
        ['Alice', 0, 1000 * TAO],
        ['Bob', 0, 800 * TAO],
        ['Charlie', 0, 0],
        ['X0', 0, 0],
    ]
    for (const [owner, i, stake] of reg1) {
        await d.sudo(a, api.tx.subtensorModule.sudoRegister(sn1, k.hot(owner, i).address, k.cold(owner).address, stake, 0))
    }
    const churn = c.shuffle(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'X1'])
    for (const owner of churn.slice(0, 4)) {
        await d.sudo(a, api.tx.subtensorModule.sudoRegister(sn2, k.hot(owner, 1).address, k.cold(owner).address, c.amount(1, 50), 0))
    }
    await d.seal()

    // Block 4: delegates (needed before anyone else may stake to a hotkey on this runtime).
    await d.submit(a, api.tx.subtensorModule.becomeDelegate(k.hot('Alice', 0).address), 'Alice become_delegate')
    await d.submit(k.cold('Bob'), api.tx.subtensorModule.becomeDelegate(k.hot('Bob', 0).address), 'Bob become_delegate')
    await d.seal()

    // Block 5: add_stake by several coldkeys, including nominations of other coldkeys' hotkeys.
    const stakes: [string, string][] = c.shuffle([
        ['Bob', 'Bob'],
        ['Charlie', 'Alice'],
        ['Dave', 'Bob'],
        ['Eve', 'Alice'],
        ['X0', 'Alice'],
    ])
    for (const [staker, hotOwner] of stakes) {
        await d.submit(
            k.cold(staker),
            api.tx.subtensorModule.addStake(k.hot(hotOwner, 0).address, c.amount(20, 200)),
            `${staker} add_stake -> ${hotOwner}'s hotkey`,
        )
    }
    await d.seal()
    await d.advance(tempo + 1, 'one epoch: validator permits')

    // Block: set_weights by both validators; 2 more registrations on the full subnet (uid replacement).
    for (const owner of ['Alice', 'Bob']) {
        const hot = k.hot(owner, 0)
        const w = await weightsFor(c, sn1, hot.address)
        await d.submit(hot, api.tx.subtensorModule.setWeights(sn1, w.dests, w.weights, 0), `${owner} set_weights on ${sn1}`)
    }
    for (const owner of churn.slice(4)) {
        await d.sudo(a, api.tx.subtensorModule.sudoRegister(sn2, k.hot(owner, 1).address, k.cold(owner).address, 0, 0))
    }
    await d.seal()

    // Block: remove_stake by three coldkeys + one intentional failure (more than staked).
    await d.submit(
        k.cold('Charlie'),
        api.tx.subtensorModule.removeStake(k.hot('Alice', 0).address, c.amount(1, 10)),
        'Charlie remove_stake',
    )
    await d.submit(k.cold('Dave'), api.tx.subtensorModule.removeStake(k.hot('Bob', 0).address, c.amount(1, 10)), 'Dave remove_stake')
    await d.submit(k.cold('Bob'), api.tx.subtensorModule.removeStake(k.hot('Bob', 0).address, c.amount(1, 10)), 'Bob remove_stake')
    await d.submit(
        k.cold('Eve'),
        api.tx.subtensorModule.removeStake(k.hot('Alice', 0).address, 1_000_000 * TAO),
        'Eve remove_stake more than staked (intentional failure)',
        true,
    )
    await d.seal()

    // This runtime has no swap_hotkey (recorded as a note). Block: sudo_remove_network of the churn
    // subnet: it has 4 registered neurons whose hotkeys hold stake.
    await swapHotkey(c, 'Bob', k.hot('Bob', 0), k.hot('Bob', 5))
    await removeSubnet(c, sn2, 'Alice', true)

    // Block: activity after the removal: a hotkey of the removed subnet registers on subnet 1, stake moves.
    const back = churn[0]
    await d.sudo(
        a,
        api.tx.subtensorModule.sudoRegister(sn1, k.hot(back, 1).address, k.cold(back).address, c.amount(1, 20), 0),
        `sudo_register ${back}'s hotkey of removed subnet ${sn2} on ${sn1}`,
    )
    await d.submit(
        k.cold('Eve'),
        api.tx.subtensorModule.addStake(k.hot('Bob', 0).address, c.amount(5, 50)),
        'Eve add_stake -> Bob (after the removal)',
    )
    await d.submit(
        k.cold('X0'),
        api.tx.subtensorModule.removeStake(k.hot('Alice', 0).address, c.amount(1, 10)),
        'X0 remove_stake (after the removal)',
    )
    await d.seal()
    requireTwoValidators(c, eraStart)
    await d.advance(2 * (tempo + 1), 'two epochs')
}

// ---------------------------------------------------------------------------------------------
// Era: pre-dTAO runtime with register_network(), burned_register, admin-utils, utility (spec 143).
// ---------------------------------------------------------------------------------------------
async function eraPreDtao(c: Ctx): Promise<void> {
    const { d, k } = c
    const api = d.api
    const a = k.alice
    const tempo = 7
    const eraStart = d.report.extrinsics.length
    c.log(`pre-dTAO era (spec ${d.specVersion()})`)

    // Block 1: global settings, then Bob registers a new subnet.
    await globalSettings(c)
    const before = await existingNetuids(api)
    for (const n of before.filter((n) => n !== 0)) await d.admin(a, 'sudoSetNetworkRegistrationAllowed', n, true)
    await d.submit(k.cold('Bob'), api.tx.subtensorModule.registerNetwork(), 'Bob register_network')
    const sealed = await d.seal()
    const created = await newNetuids(c, sealed)
    if (created.length !== 1) throw new Error(`register_network: expected one NetworkAdded, got ${created.length}`)
    const sn = created[0]
    c.subnets.push(sn)
    const sn1 = c.subnets[0]
    c.log(`  Bob's new subnet: ${sn}`)

    // Block 2: hyperparameters of the new subnet (+ keep the older ones usable). Its short tempo
    // gives it five epochs before it is dissolved, so two subnets have five pre-dTAO epochs.
    await configureSubnet(c, sn, 2, 4)
    await d.admin(a, 'sudoSetMinBurn', sn1, 1_000_000)
    await d.admin(a, 'sudoSetMaxBurn', sn1, 100 * TAO)
    await d.admin(a, 'sudoSetTempo', sn1, tempo)
    await d.seal()

    // Block 3: burned_register: 6 hotkeys for 4 slots on the new subnet, Dave + Eve join subnet 1.
    const regs = c.shuffle(['Bob', 'Charlie', 'Dave', 'X1', 'X2', 'Eve'])
    for (const owner of regs) {
        await d.submit(
            k.cold(owner),
            api.tx.subtensorModule.burnedRegister(sn, k.hot(owner, 2).address),
            `${owner} burned_register on ${sn}`,
        )
    }
    await d.submit(k.cold('Dave'), api.tx.subtensorModule.burnedRegister(sn1, k.hot('Dave', 0).address), `Dave burned_register on ${sn1}`)
    await d.submit(k.cold('Eve'), api.tx.subtensorModule.burnedRegister(sn1, k.hot('Eve', 0).address), `Eve burned_register on ${sn1}`)
    await d.seal()

    // Which of the new subnet's hotkeys survived the churn: the validators are picked among them.
    const survivors: string[] = []
    for (const owner of regs) if ((await uidOf(api, sn, k.hot(owner, 2).address)) != null) survivors.push(owner)
    const [v1, v2] = survivors
    c.log(`  subnet ${sn} validators: ${v1}, ${v2} (registered: ${survivors.join(', ')})`)

    // Block 4: delegate + stake (own, nominating, and one in utility.batch).
    await d.submit(k.cold(v1), api.tx.subtensorModule.becomeDelegate(k.hot(v1, 2).address), `${v1} become_delegate`)
    await d.submit(k.cold('Dave'), api.tx.subtensorModule.becomeDelegate(k.hot('Dave', 0).address), 'Dave become_delegate')
    await d.seal()
    await d.submit(k.cold(v1), api.tx.subtensorModule.addStake(k.hot(v1, 2).address, c.amount(300, 600)), `${v1} add_stake own`)
    await d.submit(k.cold(v2), api.tx.subtensorModule.addStake(k.hot(v2, 2).address, c.amount(200, 400)), `${v2} add_stake own`)
    await d.submit(
        k.cold('Eve'),
        api.tx.subtensorModule.addStake(k.hot('Alice', 0).address, c.amount(10, 100)),
        'Eve add_stake -> Alice (nominate)',
    )
    await d.submit(
        k.cold('Charlie'),
        api.tx.utility.batch([
            api.tx.subtensorModule.addStake(k.hot(v1, 2).address, c.amount(10, 100)),
            api.tx.subtensorModule.addStake(k.hot('Dave', 0).address, c.amount(10, 100)),
        ]),
        'Charlie utility.batch[add_stake x2]',
    )
    await d.seal()
    await d.advance(tempo + 1, 'one epoch: validator permits')

    // Block 5: set_weights (two validators on each of two subnets) and remove_stake by 3 coldkeys.
    for (const [owner, i, net] of [
        [v1, 2, sn],
        [v2, 2, sn],
        ['Alice', 0, sn1],
        ['Bob', 0, sn1],
    ] as [string, number, number][]) {
        const hot = k.hot(owner, i)
        const w = await weightsFor(c, net, hot.address)
        await d.submit(hot, api.tx.subtensorModule.setWeights(net, w.dests, w.weights, 0), `${owner} set_weights on ${net}`)
    }
    await d.submit(k.cold(v1), api.tx.subtensorModule.removeStake(k.hot(v1, 2).address, c.amount(1, 50)), `${v1} remove_stake`)
    await d.submit(k.cold('Charlie'), api.tx.subtensorModule.removeStake(k.hot('Dave', 0).address, c.amount(1, 5)), 'Charlie remove_stake')
    await d.submit(k.cold('Eve'), api.tx.subtensorModule.removeStake(k.hot('Alice', 0).address, c.amount(1, 5)), 'Eve remove_stake')
    await d.seal()

    // Block: Alice swaps her subnet-1 validator hotkey (uid, own stake, nominators) to a new one.
    // Block: Bob dissolves his subnet (4 neurons, two staked validators).
    const aliceOld = k.hot('Alice', 0)
    const aliceNew = k.hot('Alice', 5)
    const swapped = await swapHotkey(c, 'Alice', aliceOld, aliceNew)
    await removeSubnet(c, sn, 'Bob', true)

    // Blocks: activity after swap and removal. The new hotkey is funded by a transfer, gets a
    // nomination, then sets weights with the uid it took over; a validator hotkey of the
    // removed subnet registers on subnet 1.
    const aliceHot = swapped ? aliceNew : aliceOld
    if (swapped)
        await d.submit(a, api.tx.balances.transferKeepAlive(aliceNew.address, TAO), 'Alice transfer_keep_alive 1 TAO to her new hotkey')
    await d.submit(
        k.cold('Eve'),
        api.tx.subtensorModule.addStake(aliceHot.address, c.amount(10, 50)),
        "Eve add_stake -> Alice's new hotkey (nominate)",
    )
    await d.submit(
        k.cold(v1),
        api.tx.subtensorModule.burnedRegister(sn1, k.hot(v1, 2).address),
        `${v1} burned_register on ${sn1} (hotkey of removed subnet ${sn})`,
    )
    await d.seal()
    {
        const w = await weightsFor(c, sn1, aliceHot.address)
        await d.submit(
            aliceHot,
            api.tx.subtensorModule.setWeights(sn1, w.dests, w.weights, 0),
            `Alice set_weights on ${sn1} with the new hotkey`,
        )
    }
    await d.submit(
        k.cold('Bob'),
        api.tx.subtensorModule.addStake(k.hot('Bob', 0).address, c.amount(10, 50)),
        'Bob add_stake own (after the removal)',
    )
    await d.submit(
        k.cold('Charlie'),
        api.tx.subtensorModule.removeStake(k.hot('Dave', 0).address, c.amount(1, 5)),
        'Charlie remove_stake (after the removal)',
    )
    await d.seal()
    requireTwoValidators(c, eraStart)
    await d.advance(2 * (tempo + 1), 'two epochs')
}

// ---------------------------------------------------------------------------------------------
// Era: dTAO runtime (spec 204+/218): stake per subnet, pools, move_stake, proxy, commit-reveal.
// ---------------------------------------------------------------------------------------------
async function eraDtao(c: Ctx): Promise<void> {
    const { d, k } = c
    const api = d.api
    const st: any = api.tx.subtensorModule
    const a = k.alice
    const tempo = 5
    const eraStart = d.report.extrinsics.length
    c.log(`dTAO era (spec ${d.specVersion()})`)
    // Era-local hotkeys; a second dTAO era (e.g. 204 -> 218) uses fresh ones, funded here.
    const base = 10 * (c.eraCount.dtao ?? 0)
    const hk = (owner: string, i: number) => k.hot(owner, base + i)
    if (base > 0) {
        const fresh = k.coldNames.flatMap((o) => [hk(o, 3), hk(o, 4)])
        await d.setStorage({ System: { Account: fresh.map((p) => [[p.address], { providers: 1, data: { free: String(FUND_FREE) } }]) } })
    }

    // Block 1: globals, a Staking proxy (Eve for Dave), two new subnets.
    await globalSettings(c)
    const hasProxy = d.has('proxy', 'proxy')
    if (hasProxy) {
        const [proxies]: any = await api.query.proxy.proxies(k.cold('Dave').address)
        if (![...proxies].some((p: any) => p.delegate.toString() === k.cold('Eve').address)) {
            await d.submit(k.cold('Dave'), api.tx.proxy.addProxy(k.cold('Eve').address, 'Staking', 0), 'Dave add_proxy(Eve, Staking)')
        }
    }
    const regArgs = st.registerNetwork.meta.args.length
    const owners = ['Charlie', 'Dave']
    for (const o of owners) {
        const call =
            regArgs >= 2
                ? st.registerNetwork(hk(o, 3).address, 1)
                : regArgs === 1
                  ? st.registerNetwork(hk(o, 3).address)
                  : st.registerNetwork()
        await d.submit(k.cold(o), call, `${o} register_network`)
    }
    const sealed = await d.seal()
    const created = await newNetuids(c, sealed)
    if (created.length !== owners.length) throw new Error(`register_network: expected ${owners.length} NetworkAdded, got ${created.length}`)
    c.subnets.push(...created)
    const [snA, snB] = created // snA: set_weights; snB: commit-reveal, 4 uids
    const all = (await existingNetuids(api)).filter((n) => n !== 0)

    // Block 2: hyperparameters; pools seeded (a new pool holds 1 rao TAO / 1 rao alpha).
    await configureSubnet(c, snA, tempo, 16)
    await configureSubnet(c, snB, tempo, 4)
    const cr = d.has('subtensorModule', 'commitWeights') && d.adminCall('sudoSetCommitRevealWeightsEnabled', snB, true) != null
    if (cr) {
        await d.admin(a, 'sudoSetCommitRevealWeightsEnabled', snB, true)
        await d.admin(a, 'sudoSetCommitRevealWeightsInterval', snB, 1)
    }
    const seedPool: [number[], string][] = all.map((n) => [[n], String(10_000 * TAO)])
    await d.setStorage({ SubtensorModule: { SubnetTAO: seedPool, SubnetAlphaIn: seedPool } })
    await d.seal()
    c.log(`  new subnets ${snA} (weights) and ${snB} (commit-reveal=${cr}, max 4 uids); pools seeded for ${all.join(',')}`)

    // Block 3: burned_register; snB gets 5 more hotkeys for 4 slots (the owner's hotkey holds one).
    const validatorsA = ['Alice', 'Bob']
    for (const o of validatorsA) await d.submit(k.cold(o), st.burnedRegister(snA, hk(o, 3).address), `${o} burned_register on ${snA}`)
    await d.submit(k.cold('Eve'), st.burnedRegister(snA, hk('Eve', 3).address), `Eve burned_register on ${snA}`)
    const churn = c.shuffle(['Alice', 'Bob', 'Eve', 'X0', 'X1'])
    for (const o of churn) await d.submit(k.cold(o), st.burnedRegister(snB, hk(o, 4).address), `${o} burned_register on ${snB}`)
    // The hotkey swapped later (Alice's) also takes a uid on an older subnet: it then holds two.
    const older = c.subnets.find((n) => n !== snA && n !== snB && all.includes(n))
    if (older != null)
        await d.submit(
            a,
            st.burnedRegister(older, hk('Alice', 3).address),
            `Alice burned_register on ${older} (second subnet of her hotkey)`,
        )
    await d.seal()
    // The commit-reveal validator of snB: its owner's hotkey if still registered, else a survivor.
    const candidatesB: [string, KeyringPair][] = [['Dave', hk('Dave', 3)], ...churn.map((o): [string, KeyringPair] => [o, hk(o, 4)])]
    let crOwner: string | undefined
    let crHot: KeyringPair | undefined
    for (const [o, hot] of candidatesB) {
        if ((await uidOf(api, snB, hot.address)) != null) {
            crOwner = o
            crHot = hot
            break
        }
    }
    if (!crOwner || !crHot) throw new Error(`no registered hotkey left on subnet ${snB}`)
    c.log(`  subnet ${snB}: ${(await subnetKeys(api, snB)).size} uids; commit-reveal validator ${crOwner}`)

    // Block 4: add_stake on root (0) and on two subnets, by several coldkeys, nominating, batched, proxied.
    const rootHot = hk('Alice', 3) // registered on snA: a hotkey account exists
    await d.submit(a, st.addStake(rootHot.address, 0, c.amount(100, 300)), 'Alice add_stake on root')
    await d.submit(k.cold('Bob'), st.addStake(rootHot.address, 0, c.amount(50, 100)), 'Bob add_stake on root -> Alice (nominate)')
    for (const o of validatorsA)
        await d.submit(k.cold(o), st.addStake(hk(o, 3).address, snA, c.amount(500, 900)), `${o} add_stake own on ${snA}`)
    await d.submit(k.cold('Charlie'), st.addStake(hk('Charlie', 3).address, snA, c.amount(50, 100)), `Charlie add_stake own on ${snA}`)
    await d.submit(k.cold(crOwner), st.addStake(crHot.address, snB, c.amount(300, 500)), `${crOwner} add_stake own on ${snB}`)
    await d.submit(
        k.cold('X0'),
        api.tx.utility.batch([st.addStake(hk('Bob', 3).address, snA, c.amount(10, 50)), st.addStake(crHot.address, snB, c.amount(10, 50))]),
        'X0 utility.batch[add_stake x2] (nominate)',
    )
    if (hasProxy) {
        await d.submit(
            k.cold('Eve'),
            api.tx.proxy.proxy(k.cold('Dave').address, null, st.addStake(hk('Alice', 3).address, snA, c.amount(20, 80))),
            'Eve proxy.proxy(Dave, add_stake)',
        )
    }
    await d.seal()
    await waitForPermits(
        c,
        snA,
        validatorsA.map((o) => hk(o, 3).address),
        2 * (tempo + 1),
    )
    if (cr) await waitForPermits(c, snB, [crHot.address], 2 * (tempo + 1))

    // Block 5: set_weights by two validators; commit_weights on the commit-reveal subnet.
    for (const o of validatorsA) {
        const hot = hk(o, 3)
        const w = await weightsFor(c, snA, hot.address)
        await d.submit(hot, st.setWeights(snA, w.dests, w.weights, 0), `${o} set_weights on ${snA}`)
    }
    let reveal: { dests: number[]; weights: number[]; salt: number[]; commitBlock: number } | undefined
    if (cr) {
        const w = await weightsFor(c, snB, crHot.address)
        const salt = [1, 2, 3, 4, 5, 6, 7, 8].map(() => Math.floor(c.rng() * 65536))
        const enc = api.createType('(AccountId32, u16, Vec<u16>, Vec<u16>, Vec<u16>, u64)', [
            crHot.address,
            snB,
            w.dests,
            w.weights,
            salt,
            0,
        ])
        await d.submit(crHot, st.commitWeights(snB, blake2AsHex(enc.toU8a(), 256)), `${crOwner} commit_weights on ${snB}`)
        reveal = { ...w, salt, commitBlock: (await d.head()) + 1 }
    }
    // remove_stake by three coldkeys (root, two subnets) and a move_stake between subnets.
    const alphaOf = async (hot: string, cold: string, net: number): Promise<bigint> => {
        const v: any = await api.query.subtensorModule.alpha(hot, cold, net)
        return BigInt(v.toString().split('.')[0] || '0')
    }
    await d.submit(k.cold('Bob'), st.removeStake(rootHot.address, 0, c.amount(1, 10)), 'Bob remove_stake on root')
    const bobAlpha = await alphaOf(hk('Bob', 3).address, k.cold('Bob').address, snA)
    await d.submit(k.cold('Bob'), st.removeStake(hk('Bob', 3).address, snA, (bobAlpha / 10n).toString()), `Bob remove_stake on ${snA}`)
    const x0Alpha = await alphaOf(crHot.address, k.cold('X0').address, snB)
    await d.submit(k.cold('X0'), st.removeStake(crHot.address, snB, (x0Alpha / 2n).toString()), `X0 remove_stake on ${snB} (nominator)`)
    const charlieAlpha = await alphaOf(hk('Charlie', 3).address, k.cold('Charlie').address, snA)
    await d.submit(
        k.cold('Charlie'),
        st.removeStake(hk('Charlie', 3).address, snA, (charlieAlpha / 5n).toString()),
        `Charlie remove_stake on ${snA}`,
    )
    if (st.moveStake) {
        const aliceAlpha = await alphaOf(hk('Alice', 3).address, a.address, snA)
        await d.submit(
            a,
            st.moveStake(hk('Alice', 3).address, crHot.address, snA, snB, (aliceAlpha / 4n).toString()),
            `Alice move_stake ${snA} -> ${snB}`,
        )
    }
    for (const name of ['transferStake', 'swapStake']) {
        if (st[name]) c.log(`  note: runtime has ${name}; not exercised by this scenario`)
    }
    await d.seal()

    if (reveal) {
        // Reveal is accepted only in epoch index commit_epoch + reveal_period, with
        // epoch index = (block + netuid + 1) / (tempo + 1).
        const t = ((await api.query.subtensorModule.tempo(snB)) as any).toNumber() as number
        const period = Number(((await api.query.subtensorModule.revealPeriodEpochs(snB)) as any).toString())
        const epochOf = (b: number) => Math.floor((b + snB + 1) / (t + 1))
        const target = epochOf(reveal.commitBlock) + period
        let next = (await d.head()) + 1
        const skip = Math.max(0, target * (t + 1) - snB - 1 - next)
        if (skip > 0) await d.advance(skip, `to the reveal epoch of subnet ${snB}`)
        next = (await d.head()) + 1
        if (epochOf(next) !== target) throw new Error(`reveal timing: block ${next} is in epoch ${epochOf(next)}, want ${target}`)
        await d.submit(crHot, st.revealWeights(snB, reveal.dests, reveal.weights, reveal.salt, 0), `${crOwner} reveal_weights on ${snB}`)
        await d.seal()

        // A commit left unrevealed: the chain drops it (no event) once it has expired and the hotkey
        // commits again; that newer commit stays open until the subnet is removed below, which
        // clears it (no event either).
        const commitHash = (tag: number) =>
            blake2AsHex(
                api
                    .createType('(AccountId32, u16, Vec<u16>, Vec<u16>, Vec<u16>, u64)', [
                        crHot.address,
                        snB,
                        reveal.dests,
                        reveal.weights,
                        [tag],
                        0,
                    ])
                    .toU8a(),
                256,
            )
        await d.submit(crHot, st.commitWeights(snB, commitHash(7)), `${crOwner} commit_weights on ${snB} (never revealed)`)
        const lost = await d.seal()
        const expired = (epochOf(lost.number) + period + 1) * (t + 1) - snB - 1 // first block of an epoch past the reveal one
        const wait = expired - ((await d.head()) + 1)
        if (wait > 0) await d.advance(wait, `until the unrevealed commit of subnet ${snB} has expired`)
        await d.submit(crHot, st.commitWeights(snB, commitHash(8)), `${crOwner} commit_weights on ${snB} (drops the expired one)`)
        await d.seal()
    }

    // Block: Alice swaps her hotkey (uids on snA and an older subnet; root and snA stake, nominators).
    // Block: Dave dissolves his subnet snB (4 neurons, staked) if this runtime can.
    const aliceOld = hk('Alice', 3)
    const aliceNew = hk('Alice', 6)
    const swapped = await swapHotkey(c, 'Alice', aliceOld, aliceNew)
    const removedB = await removeSubnet(c, snB, 'Dave', false)

    // Blocks: activity after swap and removal: fund + nominate the new hotkey, a registration,
    // then the new hotkey sets weights with the uid it took over, stake moves on both subnets.
    const aliceHot = swapped ? aliceNew : aliceOld
    if (swapped)
        await d.submit(a, api.tx.balances.transferKeepAlive(aliceNew.address, TAO), 'Alice transfer_keep_alive 1 TAO to her new hotkey')
    await d.submit(
        k.cold('Bob'),
        st.addStake(aliceHot.address, snA, c.amount(10, 50)),
        `Bob add_stake -> Alice's new hotkey on ${snA} (nominate)`,
    )
    await d.submit(k.cold('X2'), st.burnedRegister(snA, hk('X2', 3).address), `X2 burned_register on ${snA}`)
    if (removedB) {
        // The runtime removed snB: register a subnet again and record whether the netuid came back.
        const call =
            regArgs >= 2
                ? st.registerNetwork(hk('Eve', 3).address, 1)
                : regArgs === 1
                  ? st.registerNetwork(hk('Eve', 3).address)
                  : st.registerNetwork()
        await d.submit(k.cold('Eve'), call, `Eve register_network (after the removal of ${snB})`)
    }
    const sealedT = await d.seal()
    if (removedB) {
        const again = await newNetuids(c, sealedT)
        c.log(
            `  after the removal of ${snB}, register_network created ${again.join(',')} (${again.includes(snB) ? 'netuid reused' : 'not reused'})`,
        )
    }
    {
        const w = await weightsFor(c, snA, aliceHot.address)
        await d.submit(aliceHot, st.setWeights(snA, w.dests, w.weights, 0), `Alice set_weights on ${snA} with the new hotkey`)
    }
    const charlieAlpha2 = await alphaOf(hk('Charlie', 3).address, k.cold('Charlie').address, snA)
    await d.submit(
        k.cold('Charlie'),
        st.removeStake(hk('Charlie', 3).address, snA, (charlieAlpha2 / 5n).toString()),
        `Charlie remove_stake on ${snA} (after the swap)`,
    )
    if (!removedB) {
        await d.submit(
            k.cold(crOwner),
            st.addStake(crHot.address, snB, c.amount(10, 50)),
            `${crOwner} add_stake own on ${snB} (after the dissolve call)`,
        )
    }
    await d.seal()
    requireTwoValidators(c, eraStart)
    await d.advance(3 * (tempo + 1), 'three tempos')
}

/** True if the raw System.Account row of `address` decodes exactly with the current metadata. */
async function accountDecodes(d: Driver, address: string): Promise<boolean> {
    const api = d.api
    const key = api.query.system.account.key(address)
    const raw: string | null = await httpRpc(d.devnet.endpoint, 'state_getStorage', [key])
    if (raw == null) return false
    const entry: any = api.query.system.account.creator.meta.type
    const typeName = api.registry.createLookupType(entry.asMap.value)
    try {
        return api.registry.createType(typeName, raw).encodedLength === (raw.length - 2) / 2
    } catch {
        return false
    }
}

async function applyUpgrade(c: Ctx, file: string): Promise<void> {
    const { d, k } = c
    const api = d.api
    const code = readRuntimeCode(file)
    const before = d.specVersion()
    c.log(`runtime upgrade from spec ${before} with ${file} (${Math.round((code.length - 2) / 2048)} KiB)`)
    const setCode = api.tx.system.setCodeWithoutChecks(code)
    await d.submit(
        k.alice,
        api.tx.sudo.sudoUncheckedWeight(setCode, { refTime: 0, proofSize: 0 } as any),
        'sudo_unchecked_weight(system.set_code_without_checks)',
    )
    const sealed = await d.seal()
    if (eventsOf(sealed, 'system', 'CodeUpdated').length !== 1)
        throw new Error(`runtime upgrade ${file}: no System.CodeUpdated in block ${sealed.number}`)
    const after = ((await api.rpc.state.getRuntimeVersion()) as any).specVersion.toNumber() as number
    if (after <= before) throw new Error(`runtime upgrade ${file}: spec version ${before} -> ${after} (not newer)`)
    // The new code runs (with its migrations) from the next block on.
    await d.advance(1, 'first block of the new runtime (migrations)')
    await d.waitForSpec(after)
    d.report.specVersions.push({ specVersion: after, fromBlock: sealed.number + 1 })
    // Balances' AccountData layout changed between these runtimes (u64 misc_frozen/fee_frozen ->
    // frozen + u128 flags) without a migration: old account rows no longer decode, so every
    // account reads as empty ("invalid payment"). Re-fund the scenario keys with the new layout.
    if (!(await accountDecodes(d, k.alice.address))) {
        c.log('  System.Account rows written by the old runtime do not decode any more: re-funding the scenario keys')
        await fundAccounts(c)
    }
}

/**
 * One dev_setStorage: System.Account of every scenario key (keeping the nonces the driver knows)
 * and Sudo.Key = //Alice. Also used after upgrades that change the AccountData layout.
 */
async function fundAccounts(c: Ctx): Promise<void> {
    const { d, k } = c
    const accounts = [...k.colds, ...new Set([...k.allHots(5), ...k.created()])]
    const issuance = ((await d.api.query.balances.totalIssuance()) as any).toString() as string
    await d.setStorage({
        System: {
            Account: accounts.map((p) => [
                [p.address],
                { nonce: d.knownNonce(p.address), providers: 1, data: { free: String(FUND_FREE) } },
            ]),
        },
        // fungible::can_withdraw refuses withdrawals larger than the total issuance (dTAO runtimes).
        Balances: { TotalIssuance: String(BigInt(issuance) + BigInt(FUND_FREE) * BigInt(accounts.length)) },
        Sudo: { Key: k.alice.address },
    })
    c.log(`funded ${accounts.length} accounts with ${FUND_FREE / TAO} TAO each; sudo key = //Alice`)
}

/** Lowest block <= head that already runs `spec` (0 when the chain started with it). */
async function firstBlockOfSpec(api: ApiPromise, spec: number, head: number): Promise<number> {
    for (let n = 0; n < head; n++) {
        try {
            const v: any = await api.rpc.state.getRuntimeVersion(await api.rpc.chain.getBlockHash(n))
            if (v.specVersion.toNumber() === spec) return n
        } catch {
            // block not reachable: keep looking
        }
    }
    return head
}

export async function runScenario(api: ApiPromise, devnet: Devnet, opts: ScenarioOptions): Promise<ScenarioReport> {
    const log = opts.log ?? (() => undefined)
    const seed = Number.isInteger(opts.seed) ? opts.seed : 0
    for (const f of opts.upgrades ?? []) readRuntimeCode(f) // fail fast on a bad path
    await api.isReady
    const rng = prng(seed)
    const c: Ctx = {
        d: new Driver(api, devnet, log),
        k: new Keys(seed, 3),
        rng,
        amount: (lo, hi) => (lo + Math.floor(rng() * (hi - lo + 1))) * TAO,
        shuffle: <T>(xs: T[]): T[] => {
            const out = xs.slice()
            for (let i = out.length - 1; i > 0; i--) {
                const j = Math.floor(rng() * (i + 1))
                ;[out[i], out[j]] = [out[j], out[i]]
            }
            return out
        },
        log,
        subnets: [],
        eraCount: {},
        removed: new Map(),
    }
    const d = c.d
    const start = await d.head()
    const firstSpec = d.specVersion()
    // The genesis runtime (or whatever runs at the start) is in force from block `start` on.
    d.report.specVersions.push({ specVersion: firstSpec, fromBlock: await firstBlockOfSpec(api, firstSpec, start) })
    await fundAccounts(c)

    const upgrades = [...(opts.upgrades ?? [])]
    for (;;) {
        const era = detectEra(api)
        if (era !== 'dtao' && c.eraCount[era]) {
            throw new Error(
                `scenario: a second ${era} runtime (spec ${d.specVersion()}) in a row is not supported; upgrade to a later kind of runtime`,
            )
        }
        if (era === 'legacy') await eraLegacy(c)
        else if (era === 'pre-dtao') await eraPreDtao(c)
        else await eraDtao(c)
        c.eraCount[era] = (c.eraCount[era] ?? 0) + 1
        const next = upgrades.shift()
        if (next == null) break
        await applyUpgrade(c, next)
    }
    d.report.blocks = await d.head()
    return d.report
}
