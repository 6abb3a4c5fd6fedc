import {sts, Result, Option, Bytes, BitSequence} from './support'

export type AccountId32 = Bytes

export interface FixedU128 {
    bits: bigint
}

export const FixedU128: sts.Type<FixedU128> = sts.struct(() => {
    return  {
        bits: sts.bigint(),
    }
})

export const H256 = sts.bytes()

export const AccountId32 = sts.bytes()
