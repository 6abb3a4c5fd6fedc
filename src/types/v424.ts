import {sts, Result, Option, Bytes, BitSequence} from './support'

export type AccountId32 = Bytes

export interface SafeFloat {
    mantissa: bigint
    exponent: bigint
}

export const SafeFloat: sts.Type<SafeFloat> = sts.struct(() => {
    return  {
        mantissa: sts.bigint(),
        exponent: sts.bigint(),
    }
})

export const RootClaimTypeEnum: sts.Type<RootClaimTypeEnum> = sts.closedEnum(() => {
    return  {
        Keep: sts.unit(),
        KeepSubnets: sts.enumStruct({
            subnets: sts.array(() => sts.number()),
        }),
        Swap: sts.unit(),
    }
})

export type RootClaimTypeEnum = RootClaimTypeEnum_Keep | RootClaimTypeEnum_KeepSubnets | RootClaimTypeEnum_Swap

export interface RootClaimTypeEnum_Keep {
    __kind: 'Keep'
}

export interface RootClaimTypeEnum_KeepSubnets {
    __kind: 'KeepSubnets'
    subnets: number[]
}

export interface RootClaimTypeEnum_Swap {
    __kind: 'Swap'
}

export const AccountId32 = sts.bytes()
