import { fromSs58, isSs58, toSs58 } from '../../src/util/ss58'

// //Alice's sr25519 public key and its well-known generic-substrate (prefix 42) address.
const ALICE_HEX = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d'
const ALICE_SS58 = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'

describe('ss58', () => {
    it('encodes a public key with prefix 42', () => {
        expect(toSs58(ALICE_HEX)).toBe(ALICE_SS58)
    })
    it('decodes back to the public key', () => {
        expect(fromSs58(ALICE_SS58)).toBe(ALICE_HEX)
    })
    it('rejects a malformed address and one of another network', () => {
        expect(isSs58('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ')).toBe(false)
        expect(isSs58('not an address')).toBe(false)
        // the same key as a Polkadot (prefix 0) address
        expect(isSs58('15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5')).toBe(false)
    })
})
