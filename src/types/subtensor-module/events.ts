import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v103 from '../v103'
import * as v143 from '../v143'
import * as v204 from '../v204'
import * as v224 from '../v224'
import * as v315 from '../v315'
import * as v343 from '../v343'
import * as v424 from '../v424'

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
    /**
     * A coldkey has been swapped.
     */
    v424: new EventType(
        'SubtensorModule.ColdkeySwapped',
        sts.struct({
            /**
             * The account ID of old coldkey.
             */
            oldColdkey: v424.AccountId32,
            /**
             * The account ID of new coldkey.
             */
            newColdkey: v424.AccountId32,
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

export const crv3WeightsCommitted =  {
    name: 'SubtensorModule.CRV3WeightsCommitted',
    /**
     * Commit-reveal v3 weights have been successfully committed.
     * 
     * - **who**: The account ID of the user committing the weights.
     * - **netuid**: The network identifier.
     * - **commit_hash**: The hash representing the committed weights.
     */
    v224: new EventType(
        'SubtensorModule.CRV3WeightsCommitted',
        sts.tuple([v224.AccountId32, sts.number(), v224.H256])
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

export const crv3WeightsRevealed =  {
    name: 'SubtensorModule.CRV3WeightsRevealed',
    /**
     * CRV3 Weights have been successfully revealed.
     * 
     * - **netuid**: The network identifier.
     * - **who**: The account ID of the user revealing the weights.
     */
    v315: new EventType(
        'SubtensorModule.CRV3WeightsRevealed',
        sts.tuple([sts.number(), v315.AccountId32])
    ),
}

export const timelockedWeightsCommitted =  {
    name: 'SubtensorModule.TimelockedWeightsCommitted',
    /**
     * Timelocked weights have been successfully committed.
     * 
     * - **who**: The account ID of the user committing the weights.
     * - **netuid**: The network identifier.
     * - **commit_hash**: The hash representing the committed weights.
     * - **reveal_round**: The round at which weights can be revealed.
     */
    v315: new EventType(
        'SubtensorModule.TimelockedWeightsCommitted',
        sts.tuple([v315.AccountId32, sts.number(), v315.H256, sts.bigint()])
    ),
}

export const timelockedWeightsRevealed =  {
    name: 'SubtensorModule.TimelockedWeightsRevealed',
    /**
     * Timelocked Weights have been successfully revealed.
     * 
     * - **netuid**: The network identifier.
     * - **who**: The account ID of the user revealing the weights.
     */
    v315: new EventType(
        'SubtensorModule.TimelockedWeightsRevealed',
        sts.tuple([sts.number(), v315.AccountId32])
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

export const rootClaimed =  {
    name: 'SubtensorModule.RootClaimed',
    /**
     * Root emissions have been claimed for a coldkey on all subnets and hotkeys.
     * Parameters:
     * (coldkey)
     */
    v343: new EventType(
        'SubtensorModule.RootClaimed',
        sts.struct({
            /**
             * Claim coldkey
             */
            coldkey: v343.AccountId32,
        })
    ),
}

export const rootClaimTypeSet =  {
    name: 'SubtensorModule.RootClaimTypeSet',
    /**
     * Root claim type for a coldkey has been set.
     * Parameters:
     * (coldkey, u8)
     */
    v343: new EventType(
        'SubtensorModule.RootClaimTypeSet',
        sts.struct({
            /**
             * Claim coldkey
             */
            coldkey: v343.AccountId32,
            /**
             * Claim type
             */
            rootClaimType: v343.RootClaimTypeEnum,
        })
    ),
    /**
     * Root claim type for a coldkey has been set.
     * Parameters:
     * (coldkey, u8)
     */
    v424: new EventType(
        'SubtensorModule.RootClaimTypeSet',
        sts.struct({
            /**
             * Claim coldkey
             */
            coldkey: v424.AccountId32,
            /**
             * Claim type
             */
            rootClaimType: v424.RootClaimTypeEnum,
        })
    ),
}

export const subnetLeaseDividendsDistributed =  {
    name: 'SubtensorModule.SubnetLeaseDividendsDistributed',
    /**
     * Subnet lease dividends have been distributed.
     */
    v424: new EventType(
        'SubtensorModule.SubnetLeaseDividendsDistributed',
        sts.struct({
            /**
             * The lease ID
             */
            leaseId: sts.number(),
            /**
             * The contributor
             */
            contributor: v424.AccountId32,
            /**
             * The amount of alpha distributed
             */
            alpha: sts.bigint(),
        })
    ),
}

export const addStakeBurn =  {
    name: 'SubtensorModule.AddStakeBurn',
    /**
     * "Add stake and burn" event: alpha token was purchased and burned.
     */
    v424: new EventType(
        'SubtensorModule.AddStakeBurn',
        sts.struct({
            /**
             * The subnet ID
             */
            netuid: sts.number(),
            /**
             * hotky account ID
             */
            hotkey: v424.AccountId32,
            /**
             * Tao provided
             */
            amount: sts.bigint(),
            /**
             * Alpha burned
             */
            alpha: sts.bigint(),
        })
    ),
}

export const transactionFeePaidWithAlpha =  {
    name: 'SubtensorModule.TransactionFeePaidWithAlpha',
    /**
     * Transaction fee was paid in Alpha.
     * 
     * Emitted in addition to `TransactionFeePaid` when the fee payment path is Alpha.
     * `alpha_fee` is the exact Alpha amount deducted.
     */
    v424: new EventType(
        'SubtensorModule.TransactionFeePaidWithAlpha',
        sts.struct({
            /**
             * Account that paid the transaction fee.
             */
            who: v424.AccountId32,
            /**
             * Netuid
             */
            netuid: sts.number(),
            /**
             * Exact fee deducted in Alpha units.
             */
            alphaFee: sts.bigint(),
            /**
             * Resulting swapped TAO amount
             */
            taoAmount: sts.bigint(),
        })
    ),
}

export const stakeLocked =  {
    name: 'SubtensorModule.StakeLocked',
    /**
     * Stake has been locked to a hotkey on a subnet.
     */
    v424: new EventType(
        'SubtensorModule.StakeLocked',
        sts.struct({
            /**
             * The coldkey that locked the stake.
             */
            coldkey: v424.AccountId32,
            /**
             * The hotkey the stake is locked to.
             */
            hotkey: v424.AccountId32,
            /**
             * The subnet the stake is locked on.
             */
            netuid: sts.number(),
            /**
             * The alpha amount locked.
             */
            amount: sts.bigint(),
        })
    ),
}

export const stakeUnlocked =  {
    name: 'SubtensorModule.StakeUnlocked',
    /**
     * Stake has been unlocked from a hotkey on a subnet.
     */
    v424: new EventType(
        'SubtensorModule.StakeUnlocked',
        sts.struct({
            /**
             * The coldkey that unlocked the stake.
             */
            coldkey: v424.AccountId32,
            /**
             * The hotkey the stake was locked to.
             */
            hotkey: v424.AccountId32,
            /**
             * The subnet the stake was locked on.
             */
            netuid: sts.number(),
            /**
             * The alpha amount unlocked.
             */
            amount: sts.bigint(),
        })
    ),
}

export const lockMoved =  {
    name: 'SubtensorModule.LockMoved',
    /**
     * Stake has been unlocked from a hotkey on a subnet.
     */
    v424: new EventType(
        'SubtensorModule.LockMoved',
        sts.struct({
            /**
             * The coldkey that moved the lock.
             */
            coldkey: v424.AccountId32,
            /**
             * The hotkey the lock was moved from.
             */
            originHotkey: v424.AccountId32,
            /**
             * The hotkey the lock was moved to.
             */
            destinationHotkey: v424.AccountId32,
            /**
             * The subnet the lock is on.
             */
            netuid: sts.number(),
        })
    ),
}

export const epochTriggered =  {
    name: 'SubtensorModule.EpochTriggered',
    /**
     * Owner manually triggered an epoch for their subnet.
     */
    v424: new EventType(
        'SubtensorModule.EpochTriggered',
        sts.struct({
            /**
             * The subnet identifier.
             */
            netuid: sts.number(),
            /**
             * The account that triggered the epoch.
             */
            by: v424.AccountId32,
            /**
             * The earliest block at which the triggered epoch may execute.
             */
            firesAt: sts.bigint(),
        })
    ),
}

export const epochDeferred =  {
    name: 'SubtensorModule.EpochDeferred',
    /**
     * An epoch slot was deferred to the next block due to the per-block epoch cap.
     */
    v424: new EventType(
        'SubtensorModule.EpochDeferred',
        sts.struct({
            /**
             * The subnet identifier.
             */
            netuid: sts.number(),
            /**
             * Block at which the epoch was originally scheduled.
             */
            fromBlock: sts.bigint(),
            /**
             * Block to which the epoch was deferred.
             */
            toBlock: sts.bigint(),
        })
    ),
}

export const epochSkipped =  {
    name: 'SubtensorModule.EpochSkipped',
    /**
     * Epoch execution skipped by `is_epoch_input_state_consistent` returned false or other errors.
     */
    v424: new EventType(
        'SubtensorModule.EpochSkipped',
        sts.struct({
            /**
             * The subnet identifier.
             */
            netuid: sts.number(),
            /**
             * The block at which the slot was consumed.
             */
            block: sts.bigint(),
        })
    ),
}

export const perpetualLockUpdated =  {
    name: 'SubtensorModule.PerpetualLockUpdated',
    /**
     * A coldkey's perpetual lock flag was updated.
     */
    v424: new EventType(
        'SubtensorModule.PerpetualLockUpdated',
        sts.struct({
            /**
             * The coldkey whose flag changed.
             */
            coldkey: v424.AccountId32,
            /**
             * The subnet whose coldkey flag changed.
             */
            netuid: sts.number(),
            /**
             * Whether this coldkey's locks are now perpetual.
             */
            enabled: sts.boolean(),
        })
    ),
}
