import {sts, Result, Option, Bytes, BitSequence} from './support'

export type H256 = Bytes

export type AccountId32 = Bytes

export const H256 = sts.bytes()

export const AccountId32 = sts.bytes()
