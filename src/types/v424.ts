import {sts, Result, Option, Bytes, BitSequence} from './support'

export interface Balancer {
    quote: Perquintill
}

export type Perquintill = bigint

export const Balancer: sts.Type<Balancer> = sts.struct(() => {
    return  {
        quote: Perquintill,
    }
})

export const Perquintill = sts.bigint()

export interface Type_434 {
    bits: bigint
}

export const Type_434: sts.Type<Type_434> = sts.struct(() => {
    return  {
        bits: sts.bigint(),
    }
})

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

export type AccountId32 = Bytes

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

export const RootClaimTypeEnum: sts.Type<RootClaimTypeEnum> = sts.closedEnum(() => {
    return  {
        Keep: sts.unit(),
        KeepSubnets: sts.enumStruct({
            subnets: sts.array(() => sts.number()),
        }),
        Swap: sts.unit(),
    }
})

export const AccountId32 = sts.bytes()
