import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v103 from '../v103'
import * as v143 from '../v143'
import * as v204 from '../v204'
import * as v205 from '../v205'
import * as v224 from '../v224'
import * as v315 from '../v315'
import * as v343 from '../v343'
import * as v424 from '../v424'

export const owner =  {
    v103: new StorageType('SubtensorModule.Owner', 'Default', [v103.AccountId32], v103.AccountId32) as OwnerV103,
}

export interface OwnerV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v103.AccountId32
    get(block: Block, key: v103.AccountId32): Promise<(v103.AccountId32 | undefined)>
    getMany(block: Block, keys: v103.AccountId32[]): Promise<(v103.AccountId32 | undefined)[]>
    getKeys(block: Block): Promise<v103.AccountId32[]>
    getKeys(block: Block, key: v103.AccountId32): Promise<v103.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v103.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: v103.AccountId32): AsyncIterable<v103.AccountId32[]>
    getPairs(block: Block): Promise<[k: v103.AccountId32, v: (v103.AccountId32 | undefined)][]>
    getPairs(block: Block, key: v103.AccountId32): Promise<[k: v103.AccountId32, v: (v103.AccountId32 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v103.AccountId32, v: (v103.AccountId32 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v103.AccountId32): AsyncIterable<[k: v103.AccountId32, v: (v103.AccountId32 | undefined)][]>
}

export const stake =  {
    v103: new StorageType('SubtensorModule.Stake', 'Default', [v103.AccountId32, v103.AccountId32], sts.bigint()) as StakeV103,
}

export interface StakeV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key1: v103.AccountId32, key2: v103.AccountId32): Promise<(bigint | undefined)>
    getMany(block: Block, keys: [v103.AccountId32, v103.AccountId32][]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<[v103.AccountId32, v103.AccountId32][]>
    getKeys(block: Block, key1: v103.AccountId32): Promise<[v103.AccountId32, v103.AccountId32][]>
    getKeys(block: Block, key1: v103.AccountId32, key2: v103.AccountId32): Promise<[v103.AccountId32, v103.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[v103.AccountId32, v103.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: v103.AccountId32): AsyncIterable<[v103.AccountId32, v103.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: v103.AccountId32, key2: v103.AccountId32): AsyncIterable<[v103.AccountId32, v103.AccountId32][]>
    getPairs(block: Block): Promise<[k: [v103.AccountId32, v103.AccountId32], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: v103.AccountId32): Promise<[k: [v103.AccountId32, v103.AccountId32], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: v103.AccountId32, key2: v103.AccountId32): Promise<[k: [v103.AccountId32, v103.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [v103.AccountId32, v103.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v103.AccountId32): AsyncIterable<[k: [v103.AccountId32, v103.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v103.AccountId32, key2: v103.AccountId32): AsyncIterable<[k: [v103.AccountId32, v103.AccountId32], v: (bigint | undefined)][]>
}

export const burn =  {
    v103: new StorageType('SubtensorModule.Burn', 'Default', [sts.number()], sts.bigint()) as BurnV103,
}

export interface BurnV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const networksAdded =  {
    v103: new StorageType('SubtensorModule.NetworksAdded', 'Default', [sts.number()], sts.boolean()) as NetworksAddedV103,
}

export interface NetworksAddedV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): boolean
    get(block: Block, key: number): Promise<(boolean | undefined)>
    getMany(block: Block, keys: number[]): Promise<(boolean | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (boolean | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (boolean | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (boolean | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (boolean | undefined)][]>
}

export const tempo =  {
    v103: new StorageType('SubtensorModule.Tempo', 'Default', [sts.number()], sts.number()) as TempoV103,
}

export interface TempoV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number
    get(block: Block, key: number): Promise<(number | undefined)>
    getMany(block: Block, keys: number[]): Promise<(number | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (number | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (number | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (number | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (number | undefined)][]>
}

export const emissionValues =  {
    v103: new StorageType('SubtensorModule.EmissionValues', 'Default', [sts.number()], sts.bigint()) as EmissionValuesV103,
}

export interface EmissionValuesV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const pendingEmission =  {
    v103: new StorageType('SubtensorModule.PendingEmission', 'Default', [sts.number()], sts.bigint()) as PendingEmissionV103,
}

export interface PendingEmissionV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const blocksSinceLastStep =  {
    v103: new StorageType('SubtensorModule.BlocksSinceLastStep', 'Default', [sts.number()], sts.bigint()) as BlocksSinceLastStepV103,
}

export interface BlocksSinceLastStepV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const lastMechansimStepBlock =  {
    v103: new StorageType('SubtensorModule.LastMechansimStepBlock', 'Default', [sts.number()], sts.bigint()) as LastMechansimStepBlockV103,
}

export interface LastMechansimStepBlockV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const maxAllowedUids =  {
    v103: new StorageType('SubtensorModule.MaxAllowedUids', 'Default', [sts.number()], sts.number()) as MaxAllowedUidsV103,
}

export interface MaxAllowedUidsV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number
    get(block: Block, key: number): Promise<(number | undefined)>
    getMany(block: Block, keys: number[]): Promise<(number | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (number | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (number | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (number | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (number | undefined)][]>
}

export const uids =  {
    v103: new StorageType('SubtensorModule.Uids', 'Optional', [sts.number(), v103.AccountId32], sts.number()) as UidsV103,
}

export interface UidsV103  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key1: number, key2: v103.AccountId32): Promise<(number | undefined)>
    getMany(block: Block, keys: [number, v103.AccountId32][]): Promise<(number | undefined)[]>
    getKeys(block: Block): Promise<[number, v103.AccountId32][]>
    getKeys(block: Block, key1: number): Promise<[number, v103.AccountId32][]>
    getKeys(block: Block, key1: number, key2: v103.AccountId32): Promise<[number, v103.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, v103.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, v103.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: v103.AccountId32): AsyncIterable<[number, v103.AccountId32][]>
    getPairs(block: Block): Promise<[k: [number, v103.AccountId32], v: (number | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, v103.AccountId32], v: (number | undefined)][]>
    getPairs(block: Block, key1: number, key2: v103.AccountId32): Promise<[k: [number, v103.AccountId32], v: (number | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, v103.AccountId32], v: (number | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, v103.AccountId32], v: (number | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: v103.AccountId32): AsyncIterable<[k: [number, v103.AccountId32], v: (number | undefined)][]>
}

export const keys =  {
    v103: new StorageType('SubtensorModule.Keys', 'Default', [sts.number(), sts.number()], v103.AccountId32) as KeysV103,
}

export interface KeysV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v103.AccountId32
    get(block: Block, key1: number, key2: number): Promise<(v103.AccountId32 | undefined)>
    getMany(block: Block, keys: [number, number][]): Promise<(v103.AccountId32 | undefined)[]>
    getKeys(block: Block): Promise<[number, number][]>
    getKeys(block: Block, key1: number): Promise<[number, number][]>
    getKeys(block: Block, key1: number, key2: number): Promise<[number, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: number): AsyncIterable<[number, number][]>
    getPairs(block: Block): Promise<[k: [number, number], v: (v103.AccountId32 | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, number], v: (v103.AccountId32 | undefined)][]>
    getPairs(block: Block, key1: number, key2: number): Promise<[k: [number, number], v: (v103.AccountId32 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, number], v: (v103.AccountId32 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, number], v: (v103.AccountId32 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: number): AsyncIterable<[k: [number, number], v: (v103.AccountId32 | undefined)][]>
}

export const rank =  {
    v103: new StorageType('SubtensorModule.Rank', 'Default', [sts.number()], sts.array(() => sts.number())) as RankV103,
}

export interface RankV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number[]
    get(block: Block, key: number): Promise<(number[] | undefined)>
    getMany(block: Block, keys: number[]): Promise<(number[] | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (number[] | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (number[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (number[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (number[] | undefined)][]>
}

export const trust =  {
    v103: new StorageType('SubtensorModule.Trust', 'Default', [sts.number()], sts.array(() => sts.number())) as TrustV103,
}

export interface TrustV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number[]
    get(block: Block, key: number): Promise<(number[] | undefined)>
    getMany(block: Block, keys: number[]): Promise<(number[] | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (number[] | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (number[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (number[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (number[] | undefined)][]>
}

export const consensus =  {
    v103: new StorageType('SubtensorModule.Consensus', 'Default', [sts.number()], sts.array(() => sts.number())) as ConsensusV103,
}

export interface ConsensusV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number[]
    get(block: Block, key: number): Promise<(number[] | undefined)>
    getMany(block: Block, keys: number[]): Promise<(number[] | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (number[] | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (number[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (number[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (number[] | undefined)][]>
}

export const incentive =  {
    v103: new StorageType('SubtensorModule.Incentive', 'Default', [sts.number()], sts.array(() => sts.number())) as IncentiveV103,
}

export interface IncentiveV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number[]
    get(block: Block, key: number): Promise<(number[] | undefined)>
    getMany(block: Block, keys: number[]): Promise<(number[] | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (number[] | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (number[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (number[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (number[] | undefined)][]>
}

export const dividends =  {
    v103: new StorageType('SubtensorModule.Dividends', 'Default', [sts.number()], sts.array(() => sts.number())) as DividendsV103,
}

export interface DividendsV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number[]
    get(block: Block, key: number): Promise<(number[] | undefined)>
    getMany(block: Block, keys: number[]): Promise<(number[] | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (number[] | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (number[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (number[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (number[] | undefined)][]>
}

export const emission =  {
    v103: new StorageType('SubtensorModule.Emission', 'Default', [sts.number()], sts.array(() => sts.bigint())) as EmissionV103,
}

export interface EmissionV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint[]
    get(block: Block, key: number): Promise<(bigint[] | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint[] | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint[] | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint[] | undefined)][]>
}

export const validatorPermit =  {
    v103: new StorageType('SubtensorModule.ValidatorPermit', 'Default', [sts.number()], sts.array(() => sts.boolean())) as ValidatorPermitV103,
}

export interface ValidatorPermitV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): boolean[]
    get(block: Block, key: number): Promise<(boolean[] | undefined)>
    getMany(block: Block, keys: number[]): Promise<(boolean[] | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (boolean[] | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (boolean[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (boolean[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (boolean[] | undefined)][]>
}

export const weights =  {
    v103: new StorageType('SubtensorModule.Weights', 'Default', [sts.number(), sts.number()], sts.array(() => sts.tuple(() => [sts.number(), sts.number()]))) as WeightsV103,
}

export interface WeightsV103  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): [number, number][]
    get(block: Block, key1: number, key2: number): Promise<([number, number][] | undefined)>
    getMany(block: Block, keys: [number, number][]): Promise<([number, number][] | undefined)[]>
    getKeys(block: Block): Promise<[number, number][]>
    getKeys(block: Block, key1: number): Promise<[number, number][]>
    getKeys(block: Block, key1: number, key2: number): Promise<[number, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: number): AsyncIterable<[number, number][]>
    getPairs(block: Block): Promise<[k: [number, number], v: ([number, number][] | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, number], v: ([number, number][] | undefined)][]>
    getPairs(block: Block, key1: number, key2: number): Promise<[k: [number, number], v: ([number, number][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, number], v: ([number, number][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, number], v: ([number, number][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: number): AsyncIterable<[k: [number, number], v: ([number, number][] | undefined)][]>
}

export const subnetOwner =  {
    v143: new StorageType('SubtensorModule.SubnetOwner', 'Default', [sts.number()], v143.AccountId32) as SubnetOwnerV143,
}

export interface SubnetOwnerV143  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v143.AccountId32
    get(block: Block, key: number): Promise<(v143.AccountId32 | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v143.AccountId32 | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v143.AccountId32 | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v143.AccountId32 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v143.AccountId32 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v143.AccountId32 | undefined)][]>
}

export const subnetLocked =  {
    v143: new StorageType('SubtensorModule.SubnetLocked', 'Default', [sts.number()], sts.bigint()) as SubnetLockedV143,
}

export interface SubnetLockedV143  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const subnetTao =  {
    v204: new StorageType('SubtensorModule.SubnetTAO', 'Default', [sts.number()], sts.bigint()) as SubnetTaoV204,
}

export interface SubnetTaoV204  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const subnetAlphaIn =  {
    v204: new StorageType('SubtensorModule.SubnetAlphaIn', 'Default', [sts.number()], sts.bigint()) as SubnetAlphaInV204,
}

export interface SubnetAlphaInV204  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const subnetAlphaOut =  {
    v204: new StorageType('SubtensorModule.SubnetAlphaOut', 'Default', [sts.number()], sts.bigint()) as SubnetAlphaOutV204,
}

export interface SubnetAlphaOutV204  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const totalHotkeyAlpha =  {
    v204: new StorageType('SubtensorModule.TotalHotkeyAlpha', 'Default', [v204.AccountId32, sts.number()], sts.bigint()) as TotalHotkeyAlphaV204,
}

export interface TotalHotkeyAlphaV204  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key1: v204.AccountId32, key2: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: [v204.AccountId32, number][]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<[v204.AccountId32, number][]>
    getKeys(block: Block, key1: v204.AccountId32): Promise<[v204.AccountId32, number][]>
    getKeys(block: Block, key1: v204.AccountId32, key2: number): Promise<[v204.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[v204.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v204.AccountId32): AsyncIterable<[v204.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v204.AccountId32, key2: number): AsyncIterable<[v204.AccountId32, number][]>
    getPairs(block: Block): Promise<[k: [v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: v204.AccountId32): Promise<[k: [v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: v204.AccountId32, key2: number): Promise<[k: [v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v204.AccountId32): AsyncIterable<[k: [v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v204.AccountId32, key2: number): AsyncIterable<[k: [v204.AccountId32, number], v: (bigint | undefined)][]>
}

export const alpha =  {
    v204: new StorageType('SubtensorModule.Alpha', 'Default', [v204.AccountId32, v204.AccountId32, sts.number()], sts.bigint()) as AlphaV204,
    v224: new StorageType('SubtensorModule.Alpha', 'Default', [v224.AccountId32, v224.AccountId32, sts.number()], v224.FixedU128) as AlphaV224,
}

export interface AlphaV204  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key1: v204.AccountId32, key2: v204.AccountId32, key3: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: [v204.AccountId32, v204.AccountId32, number][]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<[v204.AccountId32, v204.AccountId32, number][]>
    getKeys(block: Block, key1: v204.AccountId32): Promise<[v204.AccountId32, v204.AccountId32, number][]>
    getKeys(block: Block, key1: v204.AccountId32, key2: v204.AccountId32): Promise<[v204.AccountId32, v204.AccountId32, number][]>
    getKeys(block: Block, key1: v204.AccountId32, key2: v204.AccountId32, key3: number): Promise<[v204.AccountId32, v204.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[v204.AccountId32, v204.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v204.AccountId32): AsyncIterable<[v204.AccountId32, v204.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v204.AccountId32, key2: v204.AccountId32): AsyncIterable<[v204.AccountId32, v204.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v204.AccountId32, key2: v204.AccountId32, key3: number): AsyncIterable<[v204.AccountId32, v204.AccountId32, number][]>
    getPairs(block: Block): Promise<[k: [v204.AccountId32, v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: v204.AccountId32): Promise<[k: [v204.AccountId32, v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: v204.AccountId32, key2: v204.AccountId32): Promise<[k: [v204.AccountId32, v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: v204.AccountId32, key2: v204.AccountId32, key3: number): Promise<[k: [v204.AccountId32, v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [v204.AccountId32, v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v204.AccountId32): AsyncIterable<[k: [v204.AccountId32, v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v204.AccountId32, key2: v204.AccountId32): AsyncIterable<[k: [v204.AccountId32, v204.AccountId32, number], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v204.AccountId32, key2: v204.AccountId32, key3: number): AsyncIterable<[k: [v204.AccountId32, v204.AccountId32, number], v: (bigint | undefined)][]>
}

export interface AlphaV224  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v224.FixedU128
    get(block: Block, key1: v224.AccountId32, key2: v224.AccountId32, key3: number): Promise<(v224.FixedU128 | undefined)>
    getMany(block: Block, keys: [v224.AccountId32, v224.AccountId32, number][]): Promise<(v224.FixedU128 | undefined)[]>
    getKeys(block: Block): Promise<[v224.AccountId32, v224.AccountId32, number][]>
    getKeys(block: Block, key1: v224.AccountId32): Promise<[v224.AccountId32, v224.AccountId32, number][]>
    getKeys(block: Block, key1: v224.AccountId32, key2: v224.AccountId32): Promise<[v224.AccountId32, v224.AccountId32, number][]>
    getKeys(block: Block, key1: v224.AccountId32, key2: v224.AccountId32, key3: number): Promise<[v224.AccountId32, v224.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[v224.AccountId32, v224.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v224.AccountId32): AsyncIterable<[v224.AccountId32, v224.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v224.AccountId32, key2: v224.AccountId32): AsyncIterable<[v224.AccountId32, v224.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v224.AccountId32, key2: v224.AccountId32, key3: number): AsyncIterable<[v224.AccountId32, v224.AccountId32, number][]>
    getPairs(block: Block): Promise<[k: [v224.AccountId32, v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairs(block: Block, key1: v224.AccountId32): Promise<[k: [v224.AccountId32, v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairs(block: Block, key1: v224.AccountId32, key2: v224.AccountId32): Promise<[k: [v224.AccountId32, v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairs(block: Block, key1: v224.AccountId32, key2: v224.AccountId32, key3: number): Promise<[k: [v224.AccountId32, v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [v224.AccountId32, v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v224.AccountId32): AsyncIterable<[k: [v224.AccountId32, v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v224.AccountId32, key2: v224.AccountId32): AsyncIterable<[k: [v224.AccountId32, v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v224.AccountId32, key2: v224.AccountId32, key3: number): AsyncIterable<[k: [v224.AccountId32, v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
}

export const subnetMechanism =  {
    /**
     *  ============================
     *  ==== Subnet Parameters =====
     *  ============================
     */
    v204: new StorageType('SubtensorModule.SubnetMechanism', 'Default', [sts.number()], sts.number()) as SubnetMechanismV204,
}

/**
 *  ============================
 *  ==== Subnet Parameters =====
 *  ============================
 */
export interface SubnetMechanismV204  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number
    get(block: Block, key: number): Promise<(number | undefined)>
    getMany(block: Block, keys: number[]): Promise<(number | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (number | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (number | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (number | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (number | undefined)][]>
}

export const weightCommits =  {
    /**
     *  --- MAP (netuid, who) --> VecDeque<(hash, commit_block, first_reveal_block, last_reveal_block)> | Stores a queue of commits for an account on a given netuid.
     */
    v204: new StorageType('SubtensorModule.WeightCommits', 'Optional', [sts.number(), v204.AccountId32], sts.array(() => sts.tuple(() => [v204.H256, sts.bigint(), sts.bigint(), sts.bigint()]))) as WeightCommitsV204,
}

/**
 *  --- MAP (netuid, who) --> VecDeque<(hash, commit_block, first_reveal_block, last_reveal_block)> | Stores a queue of commits for an account on a given netuid.
 */
export interface WeightCommitsV204  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key1: number, key2: v204.AccountId32): Promise<([v204.H256, bigint, bigint, bigint][] | undefined)>
    getMany(block: Block, keys: [number, v204.AccountId32][]): Promise<([v204.H256, bigint, bigint, bigint][] | undefined)[]>
    getKeys(block: Block): Promise<[number, v204.AccountId32][]>
    getKeys(block: Block, key1: number): Promise<[number, v204.AccountId32][]>
    getKeys(block: Block, key1: number, key2: v204.AccountId32): Promise<[number, v204.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, v204.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, v204.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: v204.AccountId32): AsyncIterable<[number, v204.AccountId32][]>
    getPairs(block: Block): Promise<[k: [number, v204.AccountId32], v: ([v204.H256, bigint, bigint, bigint][] | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, v204.AccountId32], v: ([v204.H256, bigint, bigint, bigint][] | undefined)][]>
    getPairs(block: Block, key1: number, key2: v204.AccountId32): Promise<[k: [number, v204.AccountId32], v: ([v204.H256, bigint, bigint, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, v204.AccountId32], v: ([v204.H256, bigint, bigint, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, v204.AccountId32], v: ([v204.H256, bigint, bigint, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: v204.AccountId32): AsyncIterable<[k: [number, v204.AccountId32], v: ([v204.H256, bigint, bigint, bigint][] | undefined)][]>
}

export const totalHotkeyShares =  {
    /**
     *  DMAP ( hot, netuid ) --> total_alpha_shares | Returns the number of alpha shares for a hotkey on a subnet. 
     */
    v205: new StorageType('SubtensorModule.TotalHotkeyShares', 'Default', [v205.AccountId32, sts.number()], sts.bigint()) as TotalHotkeySharesV205,
    /**
     *  DMAP ( hot, netuid ) --> total_alpha_shares | Returns the number of alpha shares for a hotkey on a subnet.
     */
    v224: new StorageType('SubtensorModule.TotalHotkeyShares', 'Default', [v224.AccountId32, sts.number()], v224.FixedU128) as TotalHotkeySharesV224,
}

/**
 *  DMAP ( hot, netuid ) --> total_alpha_shares | Returns the number of alpha shares for a hotkey on a subnet. 
 */
export interface TotalHotkeySharesV205  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key1: v205.AccountId32, key2: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: [v205.AccountId32, number][]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<[v205.AccountId32, number][]>
    getKeys(block: Block, key1: v205.AccountId32): Promise<[v205.AccountId32, number][]>
    getKeys(block: Block, key1: v205.AccountId32, key2: number): Promise<[v205.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[v205.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v205.AccountId32): AsyncIterable<[v205.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v205.AccountId32, key2: number): AsyncIterable<[v205.AccountId32, number][]>
    getPairs(block: Block): Promise<[k: [v205.AccountId32, number], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: v205.AccountId32): Promise<[k: [v205.AccountId32, number], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: v205.AccountId32, key2: number): Promise<[k: [v205.AccountId32, number], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [v205.AccountId32, number], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v205.AccountId32): AsyncIterable<[k: [v205.AccountId32, number], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v205.AccountId32, key2: number): AsyncIterable<[k: [v205.AccountId32, number], v: (bigint | undefined)][]>
}

/**
 *  DMAP ( hot, netuid ) --> total_alpha_shares | Returns the number of alpha shares for a hotkey on a subnet.
 */
export interface TotalHotkeySharesV224  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v224.FixedU128
    get(block: Block, key1: v224.AccountId32, key2: number): Promise<(v224.FixedU128 | undefined)>
    getMany(block: Block, keys: [v224.AccountId32, number][]): Promise<(v224.FixedU128 | undefined)[]>
    getKeys(block: Block): Promise<[v224.AccountId32, number][]>
    getKeys(block: Block, key1: v224.AccountId32): Promise<[v224.AccountId32, number][]>
    getKeys(block: Block, key1: v224.AccountId32, key2: number): Promise<[v224.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[v224.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v224.AccountId32): AsyncIterable<[v224.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v224.AccountId32, key2: number): AsyncIterable<[v224.AccountId32, number][]>
    getPairs(block: Block): Promise<[k: [v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairs(block: Block, key1: v224.AccountId32): Promise<[k: [v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairs(block: Block, key1: v224.AccountId32, key2: number): Promise<[k: [v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v224.AccountId32): AsyncIterable<[k: [v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v224.AccountId32, key2: number): AsyncIterable<[k: [v224.AccountId32, number], v: (v224.FixedU128 | undefined)][]>
}

export const alphaDividendsPerSubnet =  {
    v224: new StorageType('SubtensorModule.AlphaDividendsPerSubnet', 'Default', [sts.number(), v224.AccountId32], sts.bigint()) as AlphaDividendsPerSubnetV224,
}

export interface AlphaDividendsPerSubnetV224  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key1: number, key2: v224.AccountId32): Promise<(bigint | undefined)>
    getMany(block: Block, keys: [number, v224.AccountId32][]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<[number, v224.AccountId32][]>
    getKeys(block: Block, key1: number): Promise<[number, v224.AccountId32][]>
    getKeys(block: Block, key1: number, key2: v224.AccountId32): Promise<[number, v224.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, v224.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, v224.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: v224.AccountId32): AsyncIterable<[number, v224.AccountId32][]>
    getPairs(block: Block): Promise<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: number, key2: v224.AccountId32): Promise<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: v224.AccountId32): AsyncIterable<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
}

export const taoDividendsPerSubnet =  {
    v224: new StorageType('SubtensorModule.TaoDividendsPerSubnet', 'Default', [sts.number(), v224.AccountId32], sts.bigint()) as TaoDividendsPerSubnetV224,
}

export interface TaoDividendsPerSubnetV224  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key1: number, key2: v224.AccountId32): Promise<(bigint | undefined)>
    getMany(block: Block, keys: [number, v224.AccountId32][]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<[number, v224.AccountId32][]>
    getKeys(block: Block, key1: number): Promise<[number, v224.AccountId32][]>
    getKeys(block: Block, key1: number, key2: v224.AccountId32): Promise<[number, v224.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, v224.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, v224.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: v224.AccountId32): AsyncIterable<[number, v224.AccountId32][]>
    getPairs(block: Block): Promise<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: number, key2: v224.AccountId32): Promise<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: v224.AccountId32): AsyncIterable<[k: [number, v224.AccountId32], v: (bigint | undefined)][]>
}

export const subnetAlphaInEmission =  {
    v224: new StorageType('SubtensorModule.SubnetAlphaInEmission', 'Default', [sts.number()], sts.bigint()) as SubnetAlphaInEmissionV224,
}

export interface SubnetAlphaInEmissionV224  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const subnetAlphaOutEmission =  {
    v224: new StorageType('SubtensorModule.SubnetAlphaOutEmission', 'Default', [sts.number()], sts.bigint()) as SubnetAlphaOutEmissionV224,
}

export interface SubnetAlphaOutEmissionV224  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const subnetTaoInEmission =  {
    v224: new StorageType('SubtensorModule.SubnetTaoInEmission', 'Default', [sts.number()], sts.bigint()) as SubnetTaoInEmissionV224,
}

export interface SubnetTaoInEmissionV224  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const crv3WeightCommits =  {
    /**
     *  --- MAP (netuid, commit_epoch) --> VecDeque<(who, serialized_compressed_commit, reveal_round)> | Stores a queue of v3 commits for an account on a given netuid.
     */
    v224: new StorageType('SubtensorModule.CRV3WeightCommits', 'Default', [sts.number(), sts.bigint()], sts.array(() => sts.tuple(() => [v224.AccountId32, sts.bytes(), sts.bigint()]))) as Crv3WeightCommitsV224,
}

/**
 *  --- MAP (netuid, commit_epoch) --> VecDeque<(who, serialized_compressed_commit, reveal_round)> | Stores a queue of v3 commits for an account on a given netuid.
 */
export interface Crv3WeightCommitsV224  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): [v224.AccountId32, Bytes, bigint][]
    get(block: Block, key1: number, key2: bigint): Promise<([v224.AccountId32, Bytes, bigint][] | undefined)>
    getMany(block: Block, keys: [number, bigint][]): Promise<([v224.AccountId32, Bytes, bigint][] | undefined)[]>
    getKeys(block: Block): Promise<[number, bigint][]>
    getKeys(block: Block, key1: number): Promise<[number, bigint][]>
    getKeys(block: Block, key1: number, key2: bigint): Promise<[number, bigint][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, bigint][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, bigint][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: bigint): AsyncIterable<[number, bigint][]>
    getPairs(block: Block): Promise<[k: [number, bigint], v: ([v224.AccountId32, Bytes, bigint][] | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, bigint], v: ([v224.AccountId32, Bytes, bigint][] | undefined)][]>
    getPairs(block: Block, key1: number, key2: bigint): Promise<[k: [number, bigint], v: ([v224.AccountId32, Bytes, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, bigint], v: ([v224.AccountId32, Bytes, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, bigint], v: ([v224.AccountId32, Bytes, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: bigint): AsyncIterable<[k: [number, bigint], v: ([v224.AccountId32, Bytes, bigint][] | undefined)][]>
}

export const timelockedWeightCommits =  {
    /**
     *  MAP (netuid, epoch) → VecDeque<(who, commit_block, ciphertext, reveal_round)>
     *  Stores a queue of weight commits for an account on a given subnet.
     */
    v315: new StorageType('SubtensorModule.TimelockedWeightCommits', 'Default', [sts.number(), sts.bigint()], sts.array(() => sts.tuple(() => [v315.AccountId32, sts.bigint(), sts.bytes(), sts.bigint()]))) as TimelockedWeightCommitsV315,
}

/**
 *  MAP (netuid, epoch) → VecDeque<(who, commit_block, ciphertext, reveal_round)>
 *  Stores a queue of weight commits for an account on a given subnet.
 */
export interface TimelockedWeightCommitsV315  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): [v315.AccountId32, bigint, Bytes, bigint][]
    get(block: Block, key1: number, key2: bigint): Promise<([v315.AccountId32, bigint, Bytes, bigint][] | undefined)>
    getMany(block: Block, keys: [number, bigint][]): Promise<([v315.AccountId32, bigint, Bytes, bigint][] | undefined)[]>
    getKeys(block: Block): Promise<[number, bigint][]>
    getKeys(block: Block, key1: number): Promise<[number, bigint][]>
    getKeys(block: Block, key1: number, key2: bigint): Promise<[number, bigint][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, bigint][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, bigint][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: bigint): AsyncIterable<[number, bigint][]>
    getPairs(block: Block): Promise<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
    getPairs(block: Block, key1: number, key2: bigint): Promise<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: bigint): AsyncIterable<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
}

export const crv3WeightCommitsV2 =  {
    /**
     *  MAP (netuid, epoch) → VecDeque<(who, commit_block, ciphertext, reveal_round)>
     *  DEPRECATED for TimelockedWeightCommits
     */
    v315: new StorageType('SubtensorModule.CRV3WeightCommitsV2', 'Default', [sts.number(), sts.bigint()], sts.array(() => sts.tuple(() => [v315.AccountId32, sts.bigint(), sts.bytes(), sts.bigint()]))) as Crv3WeightCommitsV2V315,
}

/**
 *  MAP (netuid, epoch) → VecDeque<(who, commit_block, ciphertext, reveal_round)>
 *  DEPRECATED for TimelockedWeightCommits
 */
export interface Crv3WeightCommitsV2V315  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): [v315.AccountId32, bigint, Bytes, bigint][]
    get(block: Block, key1: number, key2: bigint): Promise<([v315.AccountId32, bigint, Bytes, bigint][] | undefined)>
    getMany(block: Block, keys: [number, bigint][]): Promise<([v315.AccountId32, bigint, Bytes, bigint][] | undefined)[]>
    getKeys(block: Block): Promise<[number, bigint][]>
    getKeys(block: Block, key1: number): Promise<[number, bigint][]>
    getKeys(block: Block, key1: number, key2: bigint): Promise<[number, bigint][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, bigint][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, bigint][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: bigint): AsyncIterable<[number, bigint][]>
    getPairs(block: Block): Promise<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
    getPairs(block: Block, key1: number, key2: bigint): Promise<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: bigint): AsyncIterable<[k: [number, bigint], v: ([v315.AccountId32, bigint, Bytes, bigint][] | undefined)][]>
}

export const subnetLeases =  {
    /**
     *  ========================
     *  ==== Subnet Leasing ====
     *  ========================
     *  --- MAP ( lease_id ) --> subnet lease | The subnet lease for a given lease id.
     */
    v315: new StorageType('SubtensorModule.SubnetLeases', 'Optional', [sts.number()], v315.SubnetLease) as SubnetLeasesV315,
}

/**
 *  ========================
 *  ==== Subnet Leasing ====
 *  ========================
 *  --- MAP ( lease_id ) --> subnet lease | The subnet lease for a given lease id.
 */
export interface SubnetLeasesV315  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v315.SubnetLease | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v315.SubnetLease | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v315.SubnetLease | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v315.SubnetLease | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v315.SubnetLease | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v315.SubnetLease | undefined)][]>
}

export const rootClaimable =  {
    v343: new StorageType('SubtensorModule.RootClaimable', 'Default', [v343.AccountId32], sts.array(() => sts.tuple(() => [sts.number(), v343.FixedI128]))) as RootClaimableV343,
}

export interface RootClaimableV343  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): [number, v343.FixedI128][]
    get(block: Block, key: v343.AccountId32): Promise<([number, v343.FixedI128][] | undefined)>
    getMany(block: Block, keys: v343.AccountId32[]): Promise<([number, v343.FixedI128][] | undefined)[]>
    getKeys(block: Block): Promise<v343.AccountId32[]>
    getKeys(block: Block, key: v343.AccountId32): Promise<v343.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v343.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: v343.AccountId32): AsyncIterable<v343.AccountId32[]>
    getPairs(block: Block): Promise<[k: v343.AccountId32, v: ([number, v343.FixedI128][] | undefined)][]>
    getPairs(block: Block, key: v343.AccountId32): Promise<[k: v343.AccountId32, v: ([number, v343.FixedI128][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v343.AccountId32, v: ([number, v343.FixedI128][] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v343.AccountId32): AsyncIterable<[k: v343.AccountId32, v: ([number, v343.FixedI128][] | undefined)][]>
}

export const rootClaimType =  {
    v343: new StorageType('SubtensorModule.RootClaimType', 'Default', [v343.AccountId32], v343.RootClaimTypeEnum) as RootClaimTypeV343,
    v424: new StorageType('SubtensorModule.RootClaimType', 'Default', [v424.AccountId32], v424.RootClaimTypeEnum) as RootClaimTypeV424,
}

export interface RootClaimTypeV343  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v343.RootClaimTypeEnum
    get(block: Block, key: v343.AccountId32): Promise<(v343.RootClaimTypeEnum | undefined)>
    getMany(block: Block, keys: v343.AccountId32[]): Promise<(v343.RootClaimTypeEnum | undefined)[]>
    getKeys(block: Block): Promise<v343.AccountId32[]>
    getKeys(block: Block, key: v343.AccountId32): Promise<v343.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v343.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: v343.AccountId32): AsyncIterable<v343.AccountId32[]>
    getPairs(block: Block): Promise<[k: v343.AccountId32, v: (v343.RootClaimTypeEnum | undefined)][]>
    getPairs(block: Block, key: v343.AccountId32): Promise<[k: v343.AccountId32, v: (v343.RootClaimTypeEnum | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v343.AccountId32, v: (v343.RootClaimTypeEnum | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v343.AccountId32): AsyncIterable<[k: v343.AccountId32, v: (v343.RootClaimTypeEnum | undefined)][]>
}

export interface RootClaimTypeV424  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v424.RootClaimTypeEnum
    get(block: Block, key: v424.AccountId32): Promise<(v424.RootClaimTypeEnum | undefined)>
    getMany(block: Block, keys: v424.AccountId32[]): Promise<(v424.RootClaimTypeEnum | undefined)[]>
    getKeys(block: Block): Promise<v424.AccountId32[]>
    getKeys(block: Block, key: v424.AccountId32): Promise<v424.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v424.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: v424.AccountId32): AsyncIterable<v424.AccountId32[]>
    getPairs(block: Block): Promise<[k: v424.AccountId32, v: (v424.RootClaimTypeEnum | undefined)][]>
    getPairs(block: Block, key: v424.AccountId32): Promise<[k: v424.AccountId32, v: (v424.RootClaimTypeEnum | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v424.AccountId32, v: (v424.RootClaimTypeEnum | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v424.AccountId32): AsyncIterable<[k: v424.AccountId32, v: (v424.RootClaimTypeEnum | undefined)][]>
}

export const rootAlphaDividendsPerSubnet =  {
    /**
     *  --- DMAP ( netuid, hotkey ) --> u64 | Last root alpha dividend this hotkey got on tempo.
     */
    v424: new StorageType('SubtensorModule.RootAlphaDividendsPerSubnet', 'Default', [sts.number(), v424.AccountId32], sts.bigint()) as RootAlphaDividendsPerSubnetV424,
}

/**
 *  --- DMAP ( netuid, hotkey ) --> u64 | Last root alpha dividend this hotkey got on tempo.
 */
export interface RootAlphaDividendsPerSubnetV424  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key1: number, key2: v424.AccountId32): Promise<(bigint | undefined)>
    getMany(block: Block, keys: [number, v424.AccountId32][]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<[number, v424.AccountId32][]>
    getKeys(block: Block, key1: number): Promise<[number, v424.AccountId32][]>
    getKeys(block: Block, key1: number, key2: v424.AccountId32): Promise<[number, v424.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, v424.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, v424.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: v424.AccountId32): AsyncIterable<[number, v424.AccountId32][]>
    getPairs(block: Block): Promise<[k: [number, v424.AccountId32], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, v424.AccountId32], v: (bigint | undefined)][]>
    getPairs(block: Block, key1: number, key2: v424.AccountId32): Promise<[k: [number, v424.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, v424.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, v424.AccountId32], v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: v424.AccountId32): AsyncIterable<[k: [number, v424.AccountId32], v: (bigint | undefined)][]>
}

export const subnetProtocolAlpha =  {
    /**
     *  --- MAP ( netuid ) --> protocol_alpha | Returns the protocol-owned alpha cached for the subnet.
     */
    v424: new StorageType('SubtensorModule.SubnetProtocolAlpha', 'Default', [sts.number()], sts.bigint()) as SubnetProtocolAlphaV424,
}

/**
 *  --- MAP ( netuid ) --> protocol_alpha | Returns the protocol-owned alpha cached for the subnet.
 */
export interface SubnetProtocolAlphaV424  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const totalHotkeySharesV2 =  {
    /**
     *  DMAP ( hot, netuid ) --> total_alpha_shares | Returns the number of alpha shares for a hotkey on a subnet, stores SafeFloat.
     */
    v424: new StorageType('SubtensorModule.TotalHotkeySharesV2', 'Default', [v424.AccountId32, sts.number()], v424.SafeFloat) as TotalHotkeySharesV2V424,
}

/**
 *  DMAP ( hot, netuid ) --> total_alpha_shares | Returns the number of alpha shares for a hotkey on a subnet, stores SafeFloat.
 */
export interface TotalHotkeySharesV2V424  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v424.SafeFloat
    get(block: Block, key1: v424.AccountId32, key2: number): Promise<(v424.SafeFloat | undefined)>
    getMany(block: Block, keys: [v424.AccountId32, number][]): Promise<(v424.SafeFloat | undefined)[]>
    getKeys(block: Block): Promise<[v424.AccountId32, number][]>
    getKeys(block: Block, key1: v424.AccountId32): Promise<[v424.AccountId32, number][]>
    getKeys(block: Block, key1: v424.AccountId32, key2: number): Promise<[v424.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[v424.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v424.AccountId32): AsyncIterable<[v424.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v424.AccountId32, key2: number): AsyncIterable<[v424.AccountId32, number][]>
    getPairs(block: Block): Promise<[k: [v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairs(block: Block, key1: v424.AccountId32): Promise<[k: [v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairs(block: Block, key1: v424.AccountId32, key2: number): Promise<[k: [v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v424.AccountId32): AsyncIterable<[k: [v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v424.AccountId32, key2: number): AsyncIterable<[k: [v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
}

export const alphaV2 =  {
    /**
     *  --- NMAP ( hot, cold, netuid ) --> alpha | Returns the alpha shares for a hotkey, coldkey, netuid triplet, stores SafeFloat.
     */
    v424: new StorageType('SubtensorModule.AlphaV2', 'Default', [v424.AccountId32, v424.AccountId32, sts.number()], v424.SafeFloat) as AlphaV2V424,
}

/**
 *  --- NMAP ( hot, cold, netuid ) --> alpha | Returns the alpha shares for a hotkey, coldkey, netuid triplet, stores SafeFloat.
 */
export interface AlphaV2V424  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v424.SafeFloat
    get(block: Block, key1: v424.AccountId32, key2: v424.AccountId32, key3: number): Promise<(v424.SafeFloat | undefined)>
    getMany(block: Block, keys: [v424.AccountId32, v424.AccountId32, number][]): Promise<(v424.SafeFloat | undefined)[]>
    getKeys(block: Block): Promise<[v424.AccountId32, v424.AccountId32, number][]>
    getKeys(block: Block, key1: v424.AccountId32): Promise<[v424.AccountId32, v424.AccountId32, number][]>
    getKeys(block: Block, key1: v424.AccountId32, key2: v424.AccountId32): Promise<[v424.AccountId32, v424.AccountId32, number][]>
    getKeys(block: Block, key1: v424.AccountId32, key2: v424.AccountId32, key3: number): Promise<[v424.AccountId32, v424.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[v424.AccountId32, v424.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v424.AccountId32): AsyncIterable<[v424.AccountId32, v424.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v424.AccountId32, key2: v424.AccountId32): AsyncIterable<[v424.AccountId32, v424.AccountId32, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: v424.AccountId32, key2: v424.AccountId32, key3: number): AsyncIterable<[v424.AccountId32, v424.AccountId32, number][]>
    getPairs(block: Block): Promise<[k: [v424.AccountId32, v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairs(block: Block, key1: v424.AccountId32): Promise<[k: [v424.AccountId32, v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairs(block: Block, key1: v424.AccountId32, key2: v424.AccountId32): Promise<[k: [v424.AccountId32, v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairs(block: Block, key1: v424.AccountId32, key2: v424.AccountId32, key3: number): Promise<[k: [v424.AccountId32, v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [v424.AccountId32, v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v424.AccountId32): AsyncIterable<[k: [v424.AccountId32, v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v424.AccountId32, key2: v424.AccountId32): AsyncIterable<[k: [v424.AccountId32, v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: v424.AccountId32, key2: v424.AccountId32, key3: number): AsyncIterable<[k: [v424.AccountId32, v424.AccountId32, number], v: (v424.SafeFloat | undefined)][]>
}

export const lastEpochBlock =  {
    /**
     *  --- MAP ( netuid ) --> last epoch attempt block (consumed slot).
     *  Drives normal-cadence scheduling and the admin freeze window.
     *  Advances on every `should_run_epoch == true` slot — including consistency-skipped slots —
     *  and on a successful `set_tempo` (cycle reset).
     */
    v424: new StorageType('SubtensorModule.LastEpochBlock', 'Default', [sts.number()], sts.bigint()) as LastEpochBlockV424,
}

/**
 *  --- MAP ( netuid ) --> last epoch attempt block (consumed slot).
 *  Drives normal-cadence scheduling and the admin freeze window.
 *  Advances on every `should_run_epoch == true` slot — including consistency-skipped slots —
 *  and on a successful `set_tempo` (cycle reset).
 */
export interface LastEpochBlockV424  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const pendingEpochAt =  {
    /**
     *  --- MAP ( netuid ) --> block at which a manually triggered epoch should fire.
     *  `0` means no trigger pending. Cleared after the triggered epoch runs.
     */
    v424: new StorageType('SubtensorModule.PendingEpochAt', 'Default', [sts.number()], sts.bigint()) as PendingEpochAtV424,
}

/**
 *  --- MAP ( netuid ) --> block at which a manually triggered epoch should fire.
 *  `0` means no trigger pending. Cleared after the triggered epoch runs.
 */
export interface PendingEpochAtV424  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const subnetEpochIndex =  {
    /**
     *  --- MAP ( netuid ) --> monotonic epoch counter.
     *  Incremented by exactly one each time the subnet's epoch slot is consumed in `run_coinbase`
     */
    v424: new StorageType('SubtensorModule.SubnetEpochIndex', 'Default', [sts.number()], sts.bigint()) as SubnetEpochIndexV424,
}

/**
 *  --- MAP ( netuid ) --> monotonic epoch counter.
 *  Incremented by exactly one each time the subnet's epoch slot is consumed in `run_coinbase`
 */
export interface SubnetEpochIndexV424  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}

export const minerBurned =  {
    /**
     *  --- MAP ( netuid ) --> miner_burned | Proportion (0..1) of this tempo's miner
     *  (incentive) emission that was withheld from miners during emission distribution
     *  because the recipient hotkey is owned by the subnet owner (immune key). Counts
     *  emission that is either recycled or burned, so the value is independent of the
     *  subnet's RecycleOrBurn configuration.
     */
    v424: new StorageType('SubtensorModule.MinerBurned', 'Default', [sts.number()], v424.Type_434) as MinerBurnedV424,
}

/**
 *  --- MAP ( netuid ) --> miner_burned | Proportion (0..1) of this tempo's miner
 *  (incentive) emission that was withheld from miners during emission distribution
 *  because the recipient hotkey is owned by the subnet owner (immune key). Counts
 *  emission that is either recycled or burned, so the value is independent of the
 *  subnet's RecycleOrBurn configuration.
 */
export interface MinerBurnedV424  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v424.Type_434
    get(block: Block, key: number): Promise<(v424.Type_434 | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v424.Type_434 | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v424.Type_434 | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v424.Type_434 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v424.Type_434 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v424.Type_434 | undefined)][]>
}
