import { BoundedCache } from '../../src/util/bounded-cache'
import { fromSs58, toSs58 } from '../../src/util/ss58'

describe('BoundedCache', () => {
    it('computes a key once, then serves it', () => {
        const c = new BoundedCache<number>(10)
        let calls = 0
        expect(c.get('a', () => ++calls)).toBe(1)
        expect(c.get('a', () => ++calls)).toBe(1)
        expect(calls).toBe(1)
    })

    it('holds at most two generations: the least recently stored are dropped whole', () => {
        const c = new BoundedCache<string>(2)
        c.get('a', () => 'A')
        c.get('b', () => 'B') // young: a, b
        c.get('c', () => 'C') // old: a, b; young: c
        expect(c.size).toBe(3)
        expect(c.get('a', () => 'recomputed')).toBe('A') // from the old generation, back to young: c, a
        c.get('d', () => 'D') // old: c, a; young: d (b is gone)
        expect(c.size).toBe(3)
        expect(c.get('b', () => 'B again')).toBe('B again')
        expect(c.get('a', () => 'not recomputed')).toBe('A')
    })

    it('stores nothing when the computation throws', () => {
        const c = new BoundedCache<string>(2)
        expect(() =>
            c.get('x', () => {
                throw new Error('bad')
            }),
        ).toThrow('bad')
        expect(c.size).toBe(0)
    })

    it('rejects a capacity below one', () => {
        expect(() => new BoundedCache(0)).toThrow(/capacity/)
    })
})

describe('memoized ss58', () => {
    it('a malformed address fails every time, not only the first', () => {
        expect(() => fromSs58('5Grwva')).toThrow()
        expect(() => fromSs58('5Grwva')).toThrow()
    })

    it('round trips stay exact on repeated calls', () => {
        const hex = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d'
        for (let i = 0; i < 3; i++) {
            expect(toSs58(hex)).toBe('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY')
            expect(fromSs58('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY')).toBe(hex)
        }
    })
})
