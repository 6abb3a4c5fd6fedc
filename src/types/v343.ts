import {sts, Result, Option, Bytes, BitSequence} from './support'

export type RootClaimTypeEnum = RootClaimTypeEnum_Keep | RootClaimTypeEnum_Swap

export interface RootClaimTypeEnum_Keep {
    __kind: 'Keep'
}

export interface RootClaimTypeEnum_Swap {
    __kind: 'Swap'
}

export type AccountId32 = Bytes

export interface FixedI128 {
    bits: bigint
}

export const FixedI128: sts.Type<FixedI128> = sts.struct(() => {
    return  {
        bits: sts.bigint(),
    }
})

export const RootClaimTypeEnum: sts.Type<RootClaimTypeEnum> = sts.closedEnum(() => {
    return  {
        Keep: sts.unit(),
        Swap: sts.unit(),
    }
})

export const AccountId32 = sts.bytes()
