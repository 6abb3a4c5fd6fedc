import {sts, Result, Option, Bytes, BitSequence} from './support'

export interface FixedU128 {
    bits: bigint
}

export const FixedU128: sts.Type<FixedU128> = sts.struct(() => {
    return  {
        bits: sts.bigint(),
    }
})

export interface SubnetLease {
    beneficiary: AccountId32
    coldkey: AccountId32
    hotkey: AccountId32
    emissionsShare: Percent
    endBlock?: (number | undefined)
    netuid: number
    cost: bigint
}

export type Percent = number

export const SubnetLease: sts.Type<SubnetLease> = sts.struct(() => {
    return  {
        beneficiary: AccountId32,
        coldkey: AccountId32,
        hotkey: AccountId32,
        emissionsShare: Percent,
        endBlock: sts.option(() => sts.number()),
        netuid: sts.number(),
        cost: sts.bigint(),
    }
})

export const Percent = sts.number()

export type AccountId32 = Bytes

export const H256 = sts.bytes()

export const AccountId32 = sts.bytes()
