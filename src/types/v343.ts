import {sts, Result, Option, Bytes, BitSequence} from './support'

export const RootClaimTypeEnum: sts.Type<RootClaimTypeEnum> = sts.closedEnum(() => {
    return  {
        Keep: sts.unit(),
        Swap: sts.unit(),
    }
})

export type RootClaimTypeEnum = RootClaimTypeEnum_Keep | RootClaimTypeEnum_Swap

export interface RootClaimTypeEnum_Keep {
    __kind: 'Keep'
}

export interface RootClaimTypeEnum_Swap {
    __kind: 'Swap'
}

export const AccountId32 = sts.bytes()
