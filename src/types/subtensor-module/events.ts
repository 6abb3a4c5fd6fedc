import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v103 from '../v103'
import * as v143 from '../v143'
import * as v204 from '../v204'
import * as v224 from '../v224'
import * as v315 from '../v315'

export const networkAdded =  {
    name: 'SubtensorModule.NetworkAdded',
    v103: new EventType(
        'SubtensorModule.NetworkAdded',
        sts.tuple([sts.number(), sts.number()])
    ),
}

export const networkRemoved =  {
    name: 'SubtensorModule.NetworkRemoved',
    v103: new EventType(
        'SubtensorModule.NetworkRemoved',
        sts.number()
    ),
}

export const stakeAdded =  {
    name: 'SubtensorModule.StakeAdded',
    v103: new EventType(
        'SubtensorModule.StakeAdded',
        sts.tuple([v103.AccountId32, sts.bigint()])
    ),
    /**
     * stake has been transferred from the a coldkey account onto the hotkey staking account.
     */
    v204: new EventType(
        'SubtensorModule.StakeAdded',
        sts.tuple([v204.AccountId32, v204.AccountId32, sts.bigint(), sts.bigint(), sts.number()])
    ),
    /**
     * stake has been transferred from the a coldkey account onto the hotkey staking account.
     */
    v315: new EventType(
        'SubtensorModule.StakeAdded',
        sts.tuple([v315.AccountId32, v315.AccountId32, sts.bigint(), sts.bigint(), sts.number(), sts.bigint()])
    ),
}

export const stakeRemoved =  {
    name: 'SubtensorModule.StakeRemoved',
    v103: new EventType(
        'SubtensorModule.StakeRemoved',
        sts.tuple([v103.AccountId32, sts.bigint()])
    ),
    /**
     * stake has been removed from the hotkey staking account onto the coldkey account.
     */
    v204: new EventType(
        'SubtensorModule.StakeRemoved',
        sts.tuple([v204.AccountId32, v204.AccountId32, sts.bigint(), sts.bigint(), sts.number()])
    ),
    /**
     * stake has been removed from the hotkey staking account onto the coldkey account.
     */
    v315: new EventType(
        'SubtensorModule.StakeRemoved',
        sts.tuple([v315.AccountId32, v315.AccountId32, sts.bigint(), sts.bigint(), sts.number(), sts.bigint()])
    ),
}

export const weightsSet =  {
    name: 'SubtensorModule.WeightsSet',
    v103: new EventType(
        'SubtensorModule.WeightsSet',
        sts.tuple([sts.number(), sts.number()])
    ),
}

export const neuronRegistered =  {
    name: 'SubtensorModule.NeuronRegistered',
    v103: new EventType(
        'SubtensorModule.NeuronRegistered',
        sts.tuple([sts.number(), sts.number(), v103.AccountId32])
    ),
}

export const bulkNeuronsRegistered =  {
    name: 'SubtensorModule.BulkNeuronsRegistered',
    v103: new EventType(
        'SubtensorModule.BulkNeuronsRegistered',
        sts.tuple([sts.number(), sts.number()])
    ),
}

export const maxAllowedUidsSet =  {
    name: 'SubtensorModule.MaxAllowedUidsSet',
    v103: new EventType(
        'SubtensorModule.MaxAllowedUidsSet',
        sts.tuple([sts.number(), sts.number()])
    ),
}

export const tempoSet =  {
    name: 'SubtensorModule.TempoSet',
    v143: new EventType(
        'SubtensorModule.TempoSet',
        sts.tuple([sts.number(), sts.number()])
    ),
}

export const hotkeySwapped =  {
    name: 'SubtensorModule.HotkeySwapped',
    v143: new EventType(
        'SubtensorModule.HotkeySwapped',
        sts.struct({
            coldkey: v143.AccountId32,
            oldHotkey: v143.AccountId32,
            newHotkey: v143.AccountId32,
        })
    ),
}

export const coldkeySwapped =  {
    name: 'SubtensorModule.ColdkeySwapped',
    /**
     * A coldkey has been swapped
     */
    v204: new EventType(
        'SubtensorModule.ColdkeySwapped',
        sts.struct({
            /**
             * the account ID of old coldkey
             */
            oldColdkey: v204.AccountId32,
            /**
             * the account ID of new coldkey
             */
            newColdkey: v204.AccountId32,
        })
    ),
    /**
     * A coldkey has been swapped
     */
    v224: new EventType(
        'SubtensorModule.ColdkeySwapped',
        sts.struct({
            /**
             * the account ID of old coldkey
             */
            oldColdkey: v224.AccountId32,
            /**
             * the account ID of new coldkey
             */
            newColdkey: v224.AccountId32,
            /**
             * the swap cost
             */
            swapCost: sts.bigint(),
        })
    ),
}

export const stakeMoved =  {
    name: 'SubtensorModule.StakeMoved',
    /**
     * StakeMoved
     */
    v204: new EventType(
        'SubtensorModule.StakeMoved',
        sts.tuple([v204.AccountId32, v204.AccountId32, sts.number(), v204.AccountId32, sts.number()])
    ),
    /**
     * stake has been moved from origin (hotkey, subnet ID) to destination (hotkey, subnet ID) of this amount (in TAO).
     */
    v224: new EventType(
        'SubtensorModule.StakeMoved',
        sts.tuple([v224.AccountId32, v224.AccountId32, sts.number(), v224.AccountId32, sts.number(), sts.bigint()])
    ),
}

export const weightsCommitted =  {
    name: 'SubtensorModule.WeightsCommitted',
    /**
     * Weights have been successfully committed.
     * 
     * - **who**: The account ID of the user committing the weights.
     * - **netuid**: The network identifier.
     * - **commit_hash**: The hash representing the committed weights.
     */
    v204: new EventType(
        'SubtensorModule.WeightsCommitted',
        sts.tuple([v204.AccountId32, sts.number(), v204.H256])
    ),
}

export const weightsRevealed =  {
    name: 'SubtensorModule.WeightsRevealed',
    /**
     * Weights have been successfully revealed.
     * 
     * - **who**: The account ID of the user revealing the weights.
     * - **netuid**: The network identifier.
     * - **commit_hash**: The hash of the revealed weights.
     */
    v204: new EventType(
        'SubtensorModule.WeightsRevealed',
        sts.tuple([v204.AccountId32, sts.number(), v204.H256])
    ),
}

export const weightsBatchRevealed =  {
    name: 'SubtensorModule.WeightsBatchRevealed',
    /**
     * Weights have been successfully batch revealed.
     * 
     * - **who**: The account ID of the user revealing the weights.
     * - **netuid**: The network identifier.
     * - **revealed_hashes**: A vector of hashes representing each revealed weight set.
     */
    v204: new EventType(
        'SubtensorModule.WeightsBatchRevealed',
        sts.tuple([v204.AccountId32, sts.number(), sts.array(() => v204.H256)])
    ),
}

export const stakeTransferred =  {
    name: 'SubtensorModule.StakeTransferred',
    /**
     * Stake has been transferred from one coldkey to another on the same subnet.
     * Parameters:
     * (origin_coldkey, destination_coldkey, hotkey, origin_netuid, destination_netuid, amount)
     */
    v224: new EventType(
        'SubtensorModule.StakeTransferred',
        sts.tuple([v224.AccountId32, v224.AccountId32, v224.AccountId32, sts.number(), sts.number(), sts.bigint()])
    ),
}

export const stakeSwapped =  {
    name: 'SubtensorModule.StakeSwapped',
    /**
     * Stake has been swapped from one subnet to another for the same coldkey-hotkey pair.
     * 
     * Parameters:
     * (coldkey, hotkey, origin_netuid, destination_netuid, amount)
     */
    v224: new EventType(
        'SubtensorModule.StakeSwapped',
        sts.tuple([v224.AccountId32, v224.AccountId32, sts.number(), sts.number(), sts.bigint()])
    ),
}

export const alphaRecycled =  {
    name: 'SubtensorModule.AlphaRecycled',
    /**
     * Alpha has been recycled, reducing AlphaOut on a subnet.
     * 
     * Parameters:
     * (coldkey, hotkey, amount, subnet_id)
     */
    v315: new EventType(
        'SubtensorModule.AlphaRecycled',
        sts.tuple([v315.AccountId32, v315.AccountId32, sts.bigint(), sts.number()])
    ),
}

export const alphaBurned =  {
    name: 'SubtensorModule.AlphaBurned',
    /**
     * Alpha have been burned without reducing AlphaOut.
     * 
     * Parameters:
     * (coldkey, hotkey, amount, subnet_id)
     */
    v315: new EventType(
        'SubtensorModule.AlphaBurned',
        sts.tuple([v315.AccountId32, v315.AccountId32, sts.bigint(), sts.number()])
    ),
}

export const autoStakeAdded =  {
    name: 'SubtensorModule.AutoStakeAdded',
    /**
     * Auto-staking hotkey received stake
     */
    v315: new EventType(
        'SubtensorModule.AutoStakeAdded',
        sts.struct({
            /**
             * Subnet identifier.
             */
            netuid: sts.number(),
            /**
             * Destination account that received the auto-staked funds.
             */
            destination: v315.AccountId32,
            /**
             * Hotkey account whose stake was auto-staked.
             */
            hotkey: v315.AccountId32,
            /**
             * Owner (coldkey) account associated with the hotkey.
             */
            owner: v315.AccountId32,
            /**
             * Amount of alpha auto-staked.
             */
            incentive: sts.bigint(),
        })
    ),
}

export const incentiveAlphaEmittedToMiners =  {
    name: 'SubtensorModule.IncentiveAlphaEmittedToMiners',
    /**
     * End-of-epoch miner incentive alpha by UID
     */
    v315: new EventType(
        'SubtensorModule.IncentiveAlphaEmittedToMiners',
        sts.struct({
            /**
             * Subnet identifier.
             */
            netuid: sts.number(),
            /**
             * UID-indexed array of miner incentive alpha; index equals UID.
             */
            emissions: sts.array(() => sts.bigint()),
        })
    ),
}
