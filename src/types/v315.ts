import {sts, Result, Option, Bytes, BitSequence} from './support'

export interface FixedU128 {
    bits: bigint
}

export const FixedU128: sts.Type<FixedU128> = sts.struct(() => {
    return  {
        bits: sts.bigint(),
    }
})

export type AccountId32 = Bytes

export const H256 = sts.bytes()

export const AccountId32 = sts.bytes()
