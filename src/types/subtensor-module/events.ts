import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v103 from '../v103'
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
