import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v315 from '../v315'
import * as v424 from '../v424'

export const swapV3Initialized =  {
    /**
     *  Storage to determine whether swap V3 was initialized for a specific subnet.
     */
    v315: new StorageType('Swap.SwapV3Initialized', 'Default', [sts.number()], sts.boolean()) as SwapV3InitializedV315,
}

/**
 *  Storage to determine whether swap V3 was initialized for a specific subnet.
 */
export interface SwapV3InitializedV315  {
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

export const alphaSqrtPrice =  {
    /**
     *  Storage for the square root price of Alpha token for each subnet.
     */
    v315: new StorageType('Swap.AlphaSqrtPrice', 'Default', [sts.number()], v315.FixedU128) as AlphaSqrtPriceV315,
}

/**
 *  Storage for the square root price of Alpha token for each subnet.
 */
export interface AlphaSqrtPriceV315  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v315.FixedU128
    get(block: Block, key: number): Promise<(v315.FixedU128 | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v315.FixedU128 | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v315.FixedU128 | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v315.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v315.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v315.FixedU128 | undefined)][]>
}

export const swapBalancer =  {
    /**
     *  u64-normalized reserve weight
     */
    v424: new StorageType('Swap.SwapBalancer', 'Default', [sts.number()], v424.Balancer) as SwapBalancerV424,
}

/**
 *  u64-normalized reserve weight
 */
export interface SwapBalancerV424  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v424.Balancer
    get(block: Block, key: number): Promise<(v424.Balancer | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v424.Balancer | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v424.Balancer | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v424.Balancer | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v424.Balancer | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v424.Balancer | undefined)][]>
}

export const palSwapInitialized =  {
    /**
     *  Storage to determine whether balancer swap was initialized for a specific subnet.
     */
    v424: new StorageType('Swap.PalSwapInitialized', 'Default', [sts.number()], sts.boolean()) as PalSwapInitializedV424,
}

/**
 *  Storage to determine whether balancer swap was initialized for a specific subnet.
 */
export interface PalSwapInitializedV424  {
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
