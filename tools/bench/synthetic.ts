/**
 * A synthetic Subtensor chain for benchmarks, in two shapes (DENSE, FINNEY_SHAPE): blocks whose
 * extrinsics and System.Events are SCALE-encoded with a real runtime's type registry (finney spec
 * 224, a runtime typegen knows), and the storage the handler reads (Keys, Owner, Alpha,
 * TotalHotkeyAlpha/Shares, Weights, per-subnet emission and pool items, LastMechansimStepBlock, the
 * epoch vectors, AlphaDividendsPerSubnet), kept per height. Executing the runtime at this density
 * would take far longer than indexing it.
 *
 * Deterministic for a seed. Every signed extrinsic carries the events the chain emits for it
 * (Balances.Withdraw, the pallet event, TransactionPayment.TransactionFeePaid, System.ExtrinsicSuccess;
 * fee-less weight extrinsics only the pallet event and ExtrinsicSuccess).
 */
import { createHash } from 'crypto'
import * as fs from 'fs'
import * as path from 'path'
import * as readline from 'readline'
import { Runtime } from '@subsquid/substrate-runtime'
import { VersionedStorage } from './storage-map'

export const SHARED_METADATA = path.resolve(__dirname, '../../../shared/subtensor/metadata/finney-spec224-2025-06-v14.hex')

export const RUNTIME_VERSION = {
    specName: 'node-subtensor',
    implName: 'node-subtensor',
    authoringVersion: 1,
    specVersion: 224,
    implVersion: 1,
    apis: [] as [string, number][],
    transactionVersion: 1,
    stateVersion: 1,
}

/** System.Events: twox128("System") ++ twox128("Events") */
export const EVENTS_KEY = '0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7'

export interface SyntheticOptions {
    /** which shape, for tables and file names */
    name: string
    /** blocks after genesis */
    blocks: number
    subnets: number
    neurons: number
    /** per block: set_weights, commit_weights (each revealed by a reveal_weights `revealDelay` blocks later) */
    weightSets: number
    commits: number
    revealDelay: number
    /** per block: add_stake/remove_stake, move_stake, burned_register */
    stakeOps: number
    stakeMoves: number
    registrations: number
    /** a subnet runs an epoch every `tempo` blocks (see epochRule) */
    tempo: number
    /** 'staggered': when (block + 2 netuid) % tempo == 0; 'subtensor': when (block + netuid + 1) % (tempo + 1) == 0, as the chain does */
    epochRule: 'staggered' | 'subtensor'
    /**
     * 'subtensor' rule: the chain's block 0 stands for this height, so that a short sync from block 0
     * meets the stretch where the subnets' epochs fall (in subtensor, netuid n's epoch follows n-1's)
     */
    epochPhase?: number
    /** uids below this set weights (validators) */
    validators: number
    /** validator hotkeys are the same accounts on every subnet (as finney's large validators are) */
    sharedValidators: boolean
    /** genesis stake: distinct coldkeys staked on each validator hotkey (besides its owner), and on each other hotkey */
    nominators: number
    minerStakers: number
    /** coldkeys that stake */
    coldkeys: number
    /** weight extrinsics pay no fee (finney: Pays::No), so they carry no Withdraw / TransactionFeePaid events */
    feelessWeights: boolean
    seed: number
}

/** Today's dense chain: many operations per block on few, small subnets; an epoch every 2 blocks. */
export const DENSE: SyntheticOptions = {
    name: 'dense',
    blocks: 2000,
    subnets: 32,
    neurons: 64,
    weightSets: 50,
    commits: 0,
    revealDelay: 0,
    stakeOps: 100,
    stakeMoves: 0,
    registrations: 2,
    tempo: 64,
    epochRule: 'staggered',
    validators: 16,
    sharedValidators: false,
    nominators: 3,
    minerStakers: 3,
    coldkeys: 4096,
    feelessWeights: false,
    seed: 1,
}

/**
 * Mainnet-shaped: finney's subnet count and size, tempo and epoch rule, validators shared across
 * subnets with over a thousand nominators each, about 80 weight extrinsics (a fifth of them
 * commit-reveal) and 380 events per block.
 */
export const FINNEY_SHAPE: SyntheticOptions = {
    name: 'finney-shape',
    // a little over one tempo, so every subnet runs an epoch; generating it takes minutes (once, cached)
    blocks: 400,
    subnets: 128,
    neurons: 256,
    weightSets: 50,
    commits: 15,
    revealDelay: 3,
    stakeOps: 45,
    stakeMoves: 3,
    registrations: 2,
    tempo: 360,
    epochRule: 'subtensor',
    // block 0 = height 222: subnet 128's epoch at block 10, then one subnet per block down to subnet 1 at block 137
    epochPhase: 222,
    validators: 64,
    sharedValidators: true,
    nominators: 1000,
    minerStakers: 1,
    coldkeys: 20000,
    feelessWeights: true,
    seed: 1,
}

export const SHAPES: Record<string, SyntheticOptions> = { dense: DENSE, 'finney-shape': FINNEY_SHAPE }

export function isEpoch(o: SyntheticOptions, height: number, netuid: number): boolean {
    if (o.epochRule === 'staggered') return (height + 2 * netuid) % o.tempo === 0
    return (height + (o.epochPhase ?? 0) + netuid + 1) % (o.tempo + 1) === 0
}

export interface SyntheticBlock {
    height: number
    hash: string
    header: { parentHash: string; number: string; stateRoot: string; extrinsicsRoot: string; digest: { logs: string[] } }
    extrinsics: string[]
    /** SCALE Vec<EventRecord> as stored under System.Events */
    events: string
    eventCount: number
}

export interface SyntheticChain {
    options: SyntheticOptions
    metadata: string
    blocks: SyntheticBlock[]
    storage: VersionedStorage
    /** the storage items the chain models (qualified names): a key of any other item is a bug of the bench, not an absent value */
    items: string[]
    eventCount: number
}

export function loadRuntime(metadataFile = SHARED_METADATA): { runtime: Runtime; metadata: string } {
    if (!fs.existsSync(metadataFile)) {
        throw new Error(`runtime metadata not found: ${metadataFile} (the benchmark needs ../shared beside the repository)`)
    }
    const metadata = fs.readFileSync(metadataFile, 'utf8').trim()
    return { runtime: new Runtime(RUNTIME_VERSION, metadata), metadata }
}

/** mulberry32: small, fast, deterministic */
function prng(seed: number) {
    let a = seed >>> 0
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
    return { next, int: (n: number) => Math.floor(next() * n) }
}

const hash32 = (s: string) => '0x' + createHash('sha256').update(s).digest('hex')
const FIX = 1n << 64n // U64F64 fixed point: bits = value * 2^64
const floor0 = (x: bigint) => (x < 0n ? 0n : x)

/** Encodes values into storage keys / values / events / extrinsics with the runtime's registry. */
export class Encoder {
    constructor(readonly runtime: Runtime) {}

    key(name: string, ...key: unknown[]): string {
        return this.runtime.encodeStorageKey(name, ...key)
    }

    value(name: string, value: unknown): string {
        const [pallet, item] = name.split('.')
        const def = this.runtime.description.storage[pallet].items[item]
        return this.runtime.scaleCodec.encodeToHex(def.value, value)
    }

    events(records: unknown[]): string {
        return this.runtime.scaleCodec.encodeToHex(this.runtime.description.eventRecordList, records)
    }

    extrinsic(call: unknown, signer?: string, nonce = 0): string {
        const signature = signer
            ? {
                  address: { __kind: 'Id', value: signer },
                  // not verified by an indexer; 64 bytes like an sr25519 signature
                  signature: {
                      __kind: 'Sr25519',
                      value:
                          '0x' +
                          createHash('sha512')
                              .update(signer + nonce)
                              .digest('hex'),
                  },
                  // camelCased signed extensions of the runtime that carry data
                  signedExtensions: {
                      checkMortality: { __kind: 'Immortal' },
                      checkNonce: nonce,
                      chargeTransactionPayment: 0n,
                      checkMetadataHash: { mode: { __kind: 'Disabled' } },
                  },
              }
            : undefined
        const bytes = this.runtime.encodeExtrinsic({ version: 4, call: call as any, signature })
        return '0x' + Buffer.from(bytes).toString('hex')
    }
}

// tuple variants carry `value`, struct variants carry their fields (the codec's convention)
const event = (pallet: string, name: string, value: unknown[] | Record<string, unknown>) => ({
    __kind: pallet,
    value: Array.isArray(value) ? { __kind: name, value } : { __kind: name, ...value },
})
const call = (pallet: string, name: string, args: Record<string, unknown>) => ({ __kind: pallet, value: { __kind: name, ...args } })
const DISPATCH_INFO = { weight: { refTime: 250_000_000n, proofSize: 5_000n }, class: { __kind: 'Normal' }, paysFee: { __kind: 'Yes' } }

interface Pool {
    alpha: bigint
    shares: bigint
}

/** Per-block u64 items of a subnet that spec 224 keeps beside the emission values (the emissions domain reads them). */
const PENDING_ITEMS = ['PendingAlphaSwapped', 'PendingRootDivs', 'PendingOwnerCut']

/** Builds the chain in memory. */
export function generate(options: SyntheticOptions = DENSE, metadataFile = SHARED_METADATA): SyntheticChain {
    const { runtime, metadata } = loadRuntime(metadataFile)
    const enc = new Encoder(runtime)
    const o = options
    const rnd = prng(o.seed)
    const acct = (kind: string, i: number) => hash32(`${o.seed}:${kind}:${i}`)
    const storage = new VersionedStorage()
    const items = new Set<string>()
    const put = (h: number, name: string, key: unknown[], value: unknown) => {
        items.add(name)
        storage.set(h, enc.key(name, ...key), value == null ? null : enc.value(name, value))
    }
    const sm = (item: string) => `SubtensorModule.${item}`
    const pendingItems = PENDING_ITEMS.filter((i) => runtime.hasStorageItem(sm(i)))

    const netuids = Array.from({ length: o.subnets }, (_, i) => i + 1)
    const hotkeys = new Map<number, string[]>()
    /** WeightCommits(netuid, hotkey): the unrevealed hash commits, (hash, commit block, first and last reveal block) */
    const commitQueues = new Map<string, [string, bigint, bigint, bigint][]>()
    const queue = (netuid: number, hotkey: string) => {
        let q = commitQueues.get(`${netuid}|${hotkey}`)
        if (!q) commitQueues.set(`${netuid}|${hotkey}`, (q = []))
        return q
    }
    const putQueue = (h: number, netuid: number, hotkey: string) => {
        const q = queue(netuid, hotkey)
        put(h, sm('WeightCommits'), [netuid, hotkey], q.length ? [...q] : null)
    }
    const pools = new Map<string, Pool>()
    const positions = new Map<string, bigint>()
    const positionList: string[] = []
    const coldkeys = Array.from({ length: o.coldkeys }, (_, i) => acct('cold', i))
    let hotkeyCount = 0
    const pool = (hotkey: string, netuid: number) => {
        const k = `${hotkey}|${netuid}`
        let p = pools.get(k)
        if (!p) pools.set(k, (p = { alpha: 0n, shares: 0n }))
        return p
    }
    const writePool = (h: number, hotkey: string, netuid: number) => {
        const p = pool(hotkey, netuid)
        put(h, sm('TotalHotkeyAlpha'), [hotkey, netuid], p.alpha)
        put(h, sm('TotalHotkeyShares'), [hotkey, netuid], { bits: p.shares })
    }
    const writePosition = (h: number, key: string) => {
        const [hotkey, coldkey, netuid] = key.split('|')
        const shares = positions.get(key) ?? 0n
        put(h, sm('Alpha'), [hotkey, coldkey, Number(netuid)], shares > 0n ? { bits: shares } : null)
    }
    /** stakes `alpha` for (coldkey, hotkey, netuid): pool and position */
    const stake = (coldkey: string, hotkey: string, netuid: number, alpha: bigint) => {
        const p = pool(hotkey, netuid)
        const shares = p.shares === 0n || p.alpha === 0n ? alpha * FIX : (alpha * p.shares) / p.alpha
        p.alpha += alpha
        p.shares += shares
        const key = `${hotkey}|${coldkey}|${netuid}`
        if (!positions.has(key)) positionList.push(key)
        positions.set(key, (positions.get(key) ?? 0n) + shares)
        return key
    }
    /** takes `shares` of a position out of its pool; returns the alpha they were worth */
    const unstake = (key: string, shares: bigint) => {
        const [hotkey, , n] = key.split('|')
        const p = pool(hotkey, Number(n))
        const alpha = p.shares === 0n ? 0n : (shares * p.alpha) / p.shares
        p.alpha -= alpha
        p.shares -= shares
        positions.set(key, (positions.get(key) ?? 0n) - shares)
        return alpha
    }
    const weightsVector = () => Array.from({ length: o.neurons }, (_, uid) => [uid, rnd.int(65536)] as [number, number])
    const u16Vector = () => Array.from({ length: o.neurons }, () => rnd.int(65536))

    // genesis state
    const shared = o.sharedValidators ? Array.from({ length: o.validators }, () => acct('hot', hotkeyCount++)) : []
    const owners = new Map<string, string>()
    const subnetPools = new Map<number, { tao: bigint; alphaIn: bigint; alphaOut: bigint }>()
    type Emission = { taoIn: bigint; alphaIn: bigint; alphaOut: bigint; pending: bigint; ownerCut: bigint; values: bigint }
    const emission = new Map<number, Emission>()
    for (const netuid of netuids) {
        put(0, sm('NetworksAdded'), [netuid], true)
        put(0, sm('SubnetOwner'), [netuid], acct('owner', netuid))
        put(0, sm('SubnetLocked'), [netuid], 1_000_000_000_000n)
        put(0, sm('Burn'), [netuid], 1_000_000_000n)
        put(0, sm('LastMechansimStepBlock'), [netuid], 0n)
        const keys: string[] = []
        for (let uid = 0; uid < o.neurons; uid++) {
            const validator = uid < o.validators
            const hotkey = validator && o.sharedValidators ? shared[uid] : acct('hot', hotkeyCount++)
            keys.push(hotkey)
            put(0, sm('Keys'), [netuid, uid], hotkey)
            let owner = owners.get(hotkey)
            if (!owner) {
                owners.set(hotkey, (owner = coldkeys[rnd.int(coldkeys.length)]))
                put(0, sm('Owner'), [hotkey], owner)
            }
            writePosition(0, stake(owner, hotkey, netuid, BigInt(1 + rnd.int(10_000)) * 1_000_000_000n))
            if (!validator || !o.sharedValidators) {
                for (let i = 0; i < (validator ? o.nominators : o.minerStakers); i++) {
                    const coldkey = coldkeys[rnd.int(coldkeys.length)]
                    writePosition(0, stake(coldkey, hotkey, netuid, BigInt(1 + rnd.int(10_000)) * 1_000_000_000n))
                }
            }
            if (validator) put(0, sm('Weights'), [netuid, uid], weightsVector())
        }
        hotkeys.set(netuid, keys)
        const taoIn = 5_000_000n + BigInt(rnd.int(1_000_000))
        const e: Emission = { taoIn, alphaIn: 900_000_000n, alphaOut: 1_000_000_000n, pending: 0n, ownerCut: 0n, values: 10_000_000n }
        emission.set(netuid, e)
        put(0, sm('EmissionValues'), [netuid], e.values)
        put(0, sm('SubnetTaoInEmission'), [netuid], e.taoIn)
        put(0, sm('SubnetAlphaInEmission'), [netuid], e.alphaIn)
        put(0, sm('SubnetAlphaOutEmission'), [netuid], e.alphaOut)
        put(0, sm('PendingEmission'), [netuid], e.pending)
        for (const item of pendingItems) put(0, sm(item), [netuid], 0n)
        const sp = { tao: 100_000_000_000_000n, alphaIn: 1_000_000_000_000_000n, alphaOut: 0n }
        subnetPools.set(netuid, sp)
        put(0, sm('SubnetMechanism'), [netuid], 1) // dynamic: priced by its pool
        for (const item of ['Emission', 'Incentive', 'Dividends', 'Rank', 'Trust', 'Consensus']) {
            put(
                0,
                sm(item),
                [netuid],
                Array.from({ length: o.neurons }, () => (item === 'Emission' ? 0n : 0)),
            )
        }
        for (const hotkey of keys) put(0, sm('AlphaDividendsPerSubnet'), [netuid, hotkey], 0n)
    }
    // a shared validator's nominators: distinct coldkeys, each staked on one of its subnets
    shared.forEach((hotkey, v) => {
        for (let i = 0; i < o.nominators; i++) {
            const coldkey = coldkeys[(v * 7919 + i) % coldkeys.length]
            writePosition(0, stake(coldkey, hotkey, netuids[rnd.int(netuids.length)], BigInt(1 + rnd.int(10_000)) * 1_000_000_000n))
        }
    })
    for (const [k, p] of pools) {
        const [hotkey, n] = k.split('|')
        writePool(0, hotkey, Number(n))
        subnetPools.get(Number(n))!.alphaOut += p.alpha
    }
    for (const netuid of netuids) {
        const sp = subnetPools.get(netuid)!
        sp.tao += sp.alphaOut / 10n
        writeSubnetPool(0, netuid)
    }
    function writeSubnetPool(h: number, netuid: number) {
        const p = subnetPools.get(netuid)!
        put(h, sm('SubnetTAO'), [netuid], p.tao)
        put(h, sm('SubnetAlphaIn'), [netuid], p.alphaIn)
        put(h, sm('SubnetAlphaOut'), [netuid], p.alphaOut)
    }

    const blocks: SyntheticBlock[] = [
        {
            height: 0,
            hash: hash32(`${o.seed}:block:0`),
            header: header(0, '0x' + '00'.repeat(32), o.seed),
            extrinsics: [],
            events: enc.events([]),
            eventCount: 0,
        },
    ]
    let eventCount = 0
    const T0 = 1_735_689_600_000n // 2025-01-01, ms
    const nonces = new Map<string, number>()
    const nonce = (who: string) => {
        const n = nonces.get(who) ?? 0
        nonces.set(who, n + 1)
        return n
    }
    /** open commits, oldest first: revealed `revealDelay` blocks later with the vector committed to */
    const commits: { height: number; netuid: number; uid: number; hash: string; vector: [number, number][]; salt: number[] }[] = []

    for (let h = 1; h <= o.blocks; h++) {
        const extrinsics = [enc.extrinsic(call('Timestamp', 'set', { now: T0 + BigInt(h) * 12_000n }))]
        const success = event('System', 'ExtrinsicSuccess', { dispatchInfo: DISPATCH_INFO })
        const records: unknown[] = [{ phase: { __kind: 'ApplyExtrinsic', value: 0 }, event: success, topics: [] }]
        const touchedPositions = new Set<string>()
        const touchedPools = new Set<string>()
        const touchedSubnets = new Set<number>()
        const signed = (signer: string, c: unknown, palletEvents: unknown[], pays = true) => {
            const index = extrinsics.length
            extrinsics.push(enc.extrinsic(c, signer, nonce(signer)))
            const fee = BigInt(100_000 + rnd.int(100_000))
            const phase = { __kind: 'ApplyExtrinsic', value: index }
            if (pays) records.push({ phase, event: event('Balances', 'Withdraw', { who: signer, amount: fee }), topics: [] })
            for (const e of palletEvents) records.push({ phase, event: e, topics: [] })
            const paid = event('TransactionPayment', 'TransactionFeePaid', { who: signer, actualFee: fee, tip: 0n })
            if (pays) records.push({ phase, event: paid, topics: [] })
            records.push({ phase, event: event('System', 'ExtrinsicSuccess', { dispatchInfo: DISPATCH_INFO }), topics: [] })
        }
        const reveals = commits.filter((c) => c.height <= h - o.revealDelay).slice(0, o.commits)
        commits.splice(0, reveals.length)
        // interleave the kinds of extrinsics as a real block would
        type Kind = 'stake' | 'move' | 'weights' | 'commit' | 'reveal' | 'register'
        const kinds: Kind[] = [
            ...Array<Kind>(o.stakeOps).fill('stake'),
            ...Array<Kind>(o.stakeMoves).fill('move'),
            ...Array<Kind>(o.weightSets).fill('weights'),
            ...Array<Kind>(o.commits).fill('commit'),
            ...Array<Kind>(reveals.length).fill('reveal'),
            ...Array<Kind>(o.registrations).fill('register'),
        ]
        for (let i = kinds.length - 1; i > 0; i--) {
            const j = rnd.int(i + 1)
            ;[kinds[i], kinds[j]] = [kinds[j], kinds[i]]
        }
        const pays = !o.feelessWeights
        for (const kind of kinds) {
            if (kind === 'stake') {
                const remove = rnd.next() < 0.4 && positionList.length > 0
                if (remove) {
                    const key = positionList[rnd.int(positionList.length)]
                    const [hotkey, coldkey, n] = key.split('|')
                    const netuid = Number(n)
                    const held = positions.get(key) ?? 0n
                    const alpha = unstake(key, rnd.next() < 0.3 ? held : held / 2n)
                    touchedPositions.add(key)
                    touchedPools.add(`${hotkey}|${netuid}`)
                    const tao = alpha / 10n
                    const sp = subnetPools.get(netuid)!
                    // reserves are floored at 0: positions also grow by epoch emission, which they do not follow
                    sp.tao = floor0(sp.tao - tao)
                    sp.alphaIn += alpha
                    sp.alphaOut = floor0(sp.alphaOut - alpha)
                    touchedSubnets.add(netuid)
                    signed(coldkey, call('SubtensorModule', 'remove_stake', { hotkey, netuid, amountUnstaked: alpha }), [
                        event('SubtensorModule', 'StakeRemoved', [coldkey, hotkey, tao, alpha, netuid]),
                    ])
                } else {
                    const netuid = netuids[rnd.int(netuids.length)]
                    const hotkey = hotkeys.get(netuid)![rnd.int(o.neurons)]
                    const coldkey = coldkeys[rnd.int(coldkeys.length)]
                    const tao = BigInt(1 + rnd.int(1000)) * 1_000_000_000n
                    const alpha = tao * 10n
                    touchedPositions.add(stake(coldkey, hotkey, netuid, alpha))
                    touchedPools.add(`${hotkey}|${netuid}`)
                    const sp = subnetPools.get(netuid)!
                    sp.tao += tao
                    sp.alphaIn = floor0(sp.alphaIn - alpha)
                    sp.alphaOut += alpha
                    touchedSubnets.add(netuid)
                    signed(coldkey, call('SubtensorModule', 'add_stake', { hotkey, netuid, amountStaked: tao }), [
                        event('SubtensorModule', 'StakeAdded', [coldkey, hotkey, tao, alpha, netuid]),
                    ])
                }
            } else if (kind === 'move') {
                // to a validator of the same subnet, so the subnet's reserves do not change
                const key = positionList[rnd.int(positionList.length)]
                const [from, coldkey, n] = key.split('|')
                const netuid = Number(n)
                const to = hotkeys.get(netuid)![rnd.int(Math.max(1, o.validators))]
                const alpha = unstake(key, (positions.get(key) ?? 0n) / 2n)
                touchedPositions.add(key)
                touchedPositions.add(stake(coldkey, to, netuid, alpha))
                touchedPools.add(`${from}|${netuid}`)
                touchedPools.add(`${to}|${netuid}`)
                signed(
                    coldkey,
                    call('SubtensorModule', 'move_stake', {
                        originHotkey: from,
                        destinationHotkey: to,
                        originNetuid: netuid,
                        destinationNetuid: netuid,
                        alphaAmount: alpha,
                    }),
                    [event('SubtensorModule', 'StakeMoved', [coldkey, from, netuid, to, netuid, alpha / 10n])],
                )
            } else if (kind === 'weights' || kind === 'commit') {
                const netuid = netuids[rnd.int(netuids.length)]
                const uid = rnd.int(o.validators)
                const hotkey = hotkeys.get(netuid)![uid]
                const vector = weightsVector()
                if (kind === 'weights') {
                    put(h, sm('Weights'), [netuid, uid], vector)
                    signed(
                        hotkey,
                        call('SubtensorModule', 'set_weights', {
                            netuid,
                            dests: vector.map(([d]) => d),
                            weights: vector.map(([, w]) => w),
                            versionKey: 1000n,
                        }),
                        [event('SubtensorModule', 'WeightsSet', [netuid, uid])],
                        pays,
                    )
                } else {
                    const salt = Array.from({ length: 8 }, () => rnd.int(65536))
                    const hash = hash32(`${hotkey}:${netuid}:${JSON.stringify(vector)}:${salt}`)
                    commits.push({ height: h, netuid, uid, hash, vector, salt })
                    queue(netuid, hotkey).push([hash, BigInt(h), BigInt(h + o.revealDelay), BigInt(h + 2 * o.revealDelay)])
                    putQueue(h, netuid, hotkey)
                    const committed = event('SubtensorModule', 'WeightsCommitted', [hotkey, netuid, hash])
                    signed(hotkey, call('SubtensorModule', 'commit_weights', { netuid, commitHash: hash }), [committed], pays)
                }
            } else if (kind === 'reveal') {
                const c = reveals.shift()!
                const hotkey = hotkeys.get(c.netuid)![c.uid]
                put(h, sm('Weights'), [c.netuid, c.uid], c.vector)
                const q = queue(c.netuid, hotkey)
                q.splice(
                    q.findIndex(([hash]) => hash === c.hash),
                    1,
                )
                putQueue(h, c.netuid, hotkey)
                // the chain sets the weights (WeightsSet), then reports the reveal
                signed(
                    hotkey,
                    call('SubtensorModule', 'reveal_weights', {
                        netuid: c.netuid,
                        uids: c.vector.map(([d]) => d),
                        values: c.vector.map(([, w]) => w),
                        salt: c.salt,
                        versionKey: 1000n,
                    }),
                    [
                        event('SubtensorModule', 'WeightsSet', [c.netuid, c.uid]),
                        event('SubtensorModule', 'WeightsRevealed', [hotkey, c.netuid, c.hash]),
                    ],
                    pays,
                )
            } else {
                const netuid = netuids[rnd.int(netuids.length)]
                const uid = o.validators + rnd.int(o.neurons - o.validators)
                const hotkey = acct('hot', hotkeyCount++)
                const coldkey = coldkeys[rnd.int(coldkeys.length)]
                hotkeys.get(netuid)![uid] = hotkey
                put(h, sm('Keys'), [netuid, uid], hotkey)
                put(h, sm('Owner'), [hotkey], coldkey)
                put(h, sm('Burn'), [netuid], 1_000_000_000n + BigInt(rnd.int(1_000_000_000)))
                const registered = event('SubtensorModule', 'NeuronRegistered', [netuid, uid, hotkey])
                signed(coldkey, call('SubtensorModule', 'burned_register', { netuid, hotkey }), [registered])
            }
        }
        for (const netuid of netuids) {
            const e = emission.get(netuid)!
            const sp = subnetPools.get(netuid)!
            e.pending += e.alphaOut
            e.ownerCut += e.alphaOut / 18n
            sp.tao += e.taoIn
            sp.alphaIn += e.alphaIn
            sp.alphaOut += e.alphaOut
            touchedSubnets.add(netuid)
            if (rnd.next() < 0.1) {
                e.taoIn = 5_000_000n + BigInt(rnd.int(1_000_000))
                put(h, sm('SubnetTaoInEmission'), [netuid], e.taoIn)
            }
            if (isEpoch(o, h, netuid)) {
                // epoch: per-uid results, and the pending emission paid into the subnet's hotkey pools
                put(h, sm('LastMechansimStepBlock'), [netuid], BigInt(h))
                const emitted = Array.from({ length: o.neurons }, () => BigInt(rnd.int(1_000_000_000)))
                put(h, sm('Emission'), [netuid], emitted)
                for (const item of ['Incentive', 'Dividends', 'Rank', 'Trust', 'Consensus']) put(h, sm(item), [netuid], u16Vector())
                hotkeys.get(netuid)!.forEach((hotkey, uid) => {
                    pool(hotkey, netuid).alpha += emitted[uid]
                    touchedPools.add(`${hotkey}|${netuid}`)
                    put(h, sm('AlphaDividendsPerSubnet'), [netuid, hotkey], emitted[uid] / 2n)
                })
                e.pending = 0n
                e.ownerCut = 0n
            }
            put(h, sm('PendingEmission'), [netuid], e.pending)
            if (pendingItems.includes('PendingOwnerCut')) put(h, sm('PendingOwnerCut'), [netuid], e.ownerCut)
        }
        for (const key of touchedPositions) writePosition(h, key)
        for (const k of touchedPools) {
            const [hotkey, netuid] = k.split('|')
            writePool(h, hotkey, Number(netuid))
        }
        for (const netuid of touchedSubnets) writeSubnetPool(h, netuid)
        const parent = blocks[h - 1]
        const hash = hash32(`${o.seed}:block:${h}`)
        const events = enc.events(records)
        blocks.push({ height: h, hash, header: header(h, parent.hash, o.seed), extrinsics, events, eventCount: records.length })
        eventCount += records.length
    }
    return { options: o, metadata, blocks, storage, items: [...items].sort(), eventCount }
}

function header(height: number, parentHash: string, seed: number): SyntheticBlock['header'] {
    return {
        parentHash,
        number: '0x' + height.toString(16),
        stateRoot: hash32(`${seed}:state:${height}`),
        extrinsicsRoot: hash32(`${seed}:extrinsics:${height}`),
        digest: { logs: [] },
    }
}

// ---- cache on disk (generated data stays out of git: data/ is ignored) ----

export const CACHE_ROOT = path.resolve(__dirname, '../../data/bench')

/** Bumped when generate() changes what it writes, so an old cache is not served as the new chain. */
const GENERATOR_VERSION = 4

export function cacheDir(o: SyntheticOptions): string {
    const id = createHash('sha256')
        .update(JSON.stringify({ o, v: GENERATOR_VERSION }))
        .digest('hex')
        .slice(0, 12)
    return path.join(CACHE_ROOT, `synthetic-${o.name}-${o.blocks}b-${id}`)
}

async function writeLines(file: string, lines: Iterable<unknown>) {
    const out = fs.createWriteStream(file)
    for (const l of lines) {
        if (!out.write(JSON.stringify(l, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) + '\n')) {
            await new Promise<void>((r) => out.once('drain', () => r()))
        }
    }
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())))
}

async function* readLines(file: string): AsyncGenerator<any> {
    const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })
    for await (const line of rl) if (line) yield JSON.parse(line)
}

/** The chain for `o`, from the cache when it was generated before, else generated and cached. */
export async function loadOrGenerate(o: SyntheticOptions, log: (m: string) => void = () => {}): Promise<SyntheticChain> {
    const dir = cacheDir(o)
    const done = path.join(dir, 'meta.json')
    if (fs.existsSync(done)) {
        const meta = JSON.parse(fs.readFileSync(done, 'utf8'))
        const blocks: SyntheticBlock[] = []
        for await (const b of readLines(path.join(dir, 'blocks.jsonl'))) blocks.push(b)
        const entries: [string, number[], (string | null)[]][] = []
        for await (const e of readLines(path.join(dir, 'storage.jsonl'))) entries.push(e)
        const { metadata } = loadRuntime()
        log(`synthetic chain from cache ${path.relative(process.cwd(), dir)}`)
        const storage = VersionedStorage.fromEntries(entries)
        return { options: o, metadata, blocks, storage, items: meta.items, eventCount: meta.eventCount }
    }
    const t0 = Date.now()
    const chain = generate(o)
    const s = ((Date.now() - t0) / 1000).toFixed(1)
    log(`generated ${chain.blocks.length - 1} blocks, ${chain.eventCount} events, ${chain.storage.keyCount()} storage keys in ${s} s`)
    fs.mkdirSync(dir, { recursive: true })
    await writeLines(path.join(dir, 'blocks.jsonl'), chain.blocks)
    await writeLines(path.join(dir, 'storage.jsonl'), chain.storage.entries())
    const meta = { options: o, eventCount: chain.eventCount, blocks: chain.blocks.length, items: chain.items }
    fs.writeFileSync(done, JSON.stringify(meta, null, 2))
    return chain
}
