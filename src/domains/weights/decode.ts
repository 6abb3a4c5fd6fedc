import { events, storage } from '../../types'
import type { Block, Event } from '../../block'
import { UnknownEventVersionError } from '../../util/errors'
import { readByFieldNames } from '../../util/fields'
import { STORAGE_PAGE } from '../../util/storage'

const sm = events.subtensorModule

export const WEIGHT_EVENT_NAMES = [
    sm.weightsSet.name,
    sm.weightsCommitted.name,
    sm.weightsRevealed.name,
    sm.weightsBatchRevealed.name,
    sm.crv3WeightsCommitted.name,
    sm.crv3WeightsRevealed.name,
    sm.timelockedWeightsCommitted.name,
    sm.timelockedWeightsRevealed.name,
] as const

export type DecodedWeightEvent =
    | { kind: 'WeightsSet'; netuidIndex: number; uid: number }
    | { kind: 'WeightsCommitted' | 'WeightsRevealed' | 'CRV3WeightsCommitted'; who: string; netuidIndex: number; hash: string }
    | { kind: 'TimelockedWeightsCommitted'; who: string; netuidIndex: number; hash: string; revealRound: bigint }
    | { kind: 'WeightsBatchRevealed'; who: string; netuidIndex: number; hashes: string[] }
    | { kind: 'CRV3WeightsRevealed' | 'TimelockedWeightsRevealed'; who: string; netuidIndex: number }

/**
 * Shapes: WeightsSet (netuid index, uid) since 103; WeightsCommitted / WeightsRevealed (who, netuid
 * index, hash) and WeightsBatchRevealed (who, netuid index, hashes) since 204. The netuid index is
 * the netuid until 320, then mechanism * 4096 + netuid (same u16 encoding): split it with
 * splitNetuidIndex (src/util/netuid-index.ts). Other shapes are read by field names.
 *
 * Drand-timelocked commits, which the chain decrypts and applies itself (the reveal events name no
 * hash, only who and where): CRV3WeightsCommitted (who, netuid index, hash) emitted 216-305,
 * CRV3WeightsRevealed (netuid, who) emitted 261-305; from 306 TimelockedWeightsCommitted (who,
 * netuid index, hash, drand reveal round) and TimelockedWeightsRevealed (netuid index, who). The CRV3
 * variants stay declared, never emitted, to 425. Typegen knows them from 224 and 315; their fields
 * changed only from u16 to the NetUid / NetUidStorageIndex newtypes, which encode the same.
 */
export function decodeWeightEvent(event: Event): DecodedWeightEvent {
    return decodeKnownVersion(event) ?? decodeByFieldNames(event)
}

function decodeKnownVersion(event: Event): DecodedWeightEvent | undefined {
    switch (event.name) {
        case sm.weightsSet.name:
            if (sm.weightsSet.v103.is(event)) {
                const [netuidIndex, uid] = sm.weightsSet.v103.decode(event)
                return { kind: 'WeightsSet', netuidIndex, uid }
            }
            break
        case sm.weightsCommitted.name:
            if (sm.weightsCommitted.v204.is(event)) {
                const [who, netuidIndex, hash] = sm.weightsCommitted.v204.decode(event)
                return { kind: 'WeightsCommitted', who, netuidIndex, hash }
            }
            break
        case sm.weightsRevealed.name:
            if (sm.weightsRevealed.v204.is(event)) {
                const [who, netuidIndex, hash] = sm.weightsRevealed.v204.decode(event)
                return { kind: 'WeightsRevealed', who, netuidIndex, hash }
            }
            break
        case sm.weightsBatchRevealed.name:
            if (sm.weightsBatchRevealed.v204.is(event)) {
                const [who, netuidIndex, hashes] = sm.weightsBatchRevealed.v204.decode(event)
                return { kind: 'WeightsBatchRevealed', who, netuidIndex, hashes }
            }
            break
        case sm.crv3WeightsCommitted.name:
            if (sm.crv3WeightsCommitted.v224.is(event)) {
                const [who, netuidIndex, hash] = sm.crv3WeightsCommitted.v224.decode(event)
                return { kind: 'CRV3WeightsCommitted', who, netuidIndex, hash }
            }
            break
        case sm.timelockedWeightsCommitted.name:
            if (sm.timelockedWeightsCommitted.v315.is(event)) {
                const [who, netuidIndex, hash, revealRound] = sm.timelockedWeightsCommitted.v315.decode(event)
                return { kind: 'TimelockedWeightsCommitted', who, netuidIndex, hash, revealRound }
            }
            break
        case sm.crv3WeightsRevealed.name:
            if (sm.crv3WeightsRevealed.v315.is(event)) {
                const [netuidIndex, who] = sm.crv3WeightsRevealed.v315.decode(event)
                return { kind: 'CRV3WeightsRevealed', who, netuidIndex }
            }
            break
        case sm.timelockedWeightsRevealed.name:
            if (sm.timelockedWeightsRevealed.v315.is(event)) {
                const [netuidIndex, who] = sm.timelockedWeightsRevealed.v315.decode(event)
                return { kind: 'TimelockedWeightsRevealed', who, netuidIndex }
            }
            break
    }
    return undefined
}

/** Exported for tests, which check it against every known shape. */
export function decodeByFieldNames(event: Event): DecodedWeightEvent {
    const netuidIndex = { key: 'netuidIndex', kind: 'netuidIndex', names: ['netuid', 'netuidIndex'] } as const
    switch (event.name) {
        case sm.weightsSet.name: {
            const v = readByFieldNames(event, [netuidIndex, { key: 'uid', kind: 'u16', names: ['uid', 'neuronUid'] }])
            return { kind: 'WeightsSet', netuidIndex: v.netuidIndex, uid: v.uid }
        }
        case sm.weightsCommitted.name:
        case sm.weightsRevealed.name: {
            const v = readByFieldNames(event, [
                { key: 'who', kind: 'account', names: ['who', 'hotkey', 'account'] },
                netuidIndex,
                { key: 'hash', kind: 'h256', names: ['hash', 'commitHash'] },
            ])
            const kind = event.name === sm.weightsCommitted.name ? 'WeightsCommitted' : 'WeightsRevealed'
            return { kind, who: v.who, netuidIndex: v.netuidIndex, hash: v.hash }
        }
        case sm.crv3WeightsCommitted.name:
        case sm.timelockedWeightsCommitted.name: {
            const timelocked = event.name === sm.timelockedWeightsCommitted.name
            const v = readByFieldNames(event, [
                { key: 'who', kind: 'account', names: ['who', 'hotkey', 'account'] },
                netuidIndex,
                { key: 'hash', kind: 'h256', names: ['hash', 'commitHash'] },
                ...(timelocked ? [{ key: 'revealRound', kind: 'u64', names: ['revealRound', 'round'] } as const] : []),
            ])
            return timelocked
                ? { kind: 'TimelockedWeightsCommitted', who: v.who, netuidIndex: v.netuidIndex, hash: v.hash, revealRound: v.revealRound }
                : { kind: 'CRV3WeightsCommitted', who: v.who, netuidIndex: v.netuidIndex, hash: v.hash }
        }
        case sm.crv3WeightsRevealed.name:
        case sm.timelockedWeightsRevealed.name: {
            const v = readByFieldNames(event, [{ key: 'who', kind: 'account', names: ['who', 'hotkey', 'account'] }, netuidIndex])
            const kind = event.name === sm.crv3WeightsRevealed.name ? 'CRV3WeightsRevealed' : 'TimelockedWeightsRevealed'
            return { kind, who: v.who, netuidIndex: v.netuidIndex }
        }
    }
    throw new UnknownEventVersionError(event.name, event.block.specVersion)
}

type Source = 'SET' | 'BATCH' | 'MECHANISM' | 'REVEAL' | 'TIMELOCKED' | 'OTHER'

/**
 * How the vector arrived and its version key, from the call that emitted WeightsSet. Call args are
 * read by field name (the same in every runtime that has the call).
 */
export function weightSource(event: Event, netuid: number): { source: Source; versionKey: bigint | null } {
    const call = event.call
    if (!call) return { source: 'TIMELOCKED', versionKey: null }
    const args = call.args ?? {}
    const key = (v: unknown) => (v == null ? null : BigInt(v as string | number))
    switch (call.name) {
        case 'SubtensorModule.set_weights':
            return { source: 'SET', versionKey: key(args.versionKey) }
        case 'SubtensorModule.set_mechanism_weights':
            return { source: 'MECHANISM', versionKey: key(args.versionKey) }
        case 'SubtensorModule.reveal_weights':
        case 'SubtensorModule.reveal_mechanism_weights':
            return { source: 'REVEAL', versionKey: key(args.versionKey) }
        case 'SubtensorModule.batch_reveal_weights': {
            // one version key per revealed item, and the WeightsSet events do not say which item
            // they are: the key is known only when all items agree
            const keys = new Set((args.versionKeys ?? []).map((k: unknown) => String(k)))
            return { source: 'REVEAL', versionKey: keys.size === 1 ? key([...keys][0]) : null }
        }
        case 'SubtensorModule.batch_set_weights': {
            const netuids: unknown[] = args.netuids ?? []
            const i = netuids.findIndex((n) => Number(n) === netuid)
            return { source: 'BATCH', versionKey: i >= 0 ? key(args.versionKeys?.[i]) : null }
        }
        default:
            return { source: 'OTHER', versionKey: null }
    }
}

/** Weights(netuid index, uid) -> [(dest uid, weight)] at the end of the block, for many keys in one query. */
export async function readWeights(block: Block, keys: [number, number][]): Promise<[number, number][][]> {
    if (keys.length === 0) return []
    const w = storage.subtensorModule.weights
    if (!w.v103.is(block)) throw new Error(`Weights: unknown storage shape in spec ${block.specVersion}`)
    const values = await w.v103.getMany(block, keys)
    return values.map((v) => (v ?? []) as [number, number][])
}

export interface StoredWeights {
    netuidIndex: number
    uid: number
    pairs: [number, number][]
}

/** (netuid index, uid) -> vector in Weights storage at the block: all of it, or the given netuid indexes. */
export async function readAllWeights(block: Block, netuidIndexes?: Iterable<number>): Promise<StoredWeights[]> {
    const w = storage.subtensorModule.weights
    if (!w.v103.is(block)) throw new Error(`Weights: unknown storage shape in spec ${block.specVersion}`)
    const all: StoredWeights[] = []
    const pages = netuidIndexes
        ? [...netuidIndexes].map((i) => w.v103.getPairsPaged(STORAGE_PAGE, block, i))
        : [w.v103.getPairsPaged(STORAGE_PAGE, block)]
    for (const paged of pages)
        for await (const page of paged) {
            for (const [[netuidIndex, uid], pairs] of page) {
                all.push({ netuidIndex, uid, pairs: (pairs ?? []) as [number, number][] })
            }
        }
    return all
}
