import { StakeEvent, StakeEventKind } from '../../src/model'
import { linkPairs } from '../../src/domains/stakes/map'

const row = (id: string, kind: StakeEventKind, extrinsicIndex: number | null) =>
    new StakeEvent({ id, kind, extrinsicIndex, blockNumber: 7, groupId: null })

describe('linkPairs', () => {
    it('links the REMOVE + ADD of a move to it, whichever side of it they are', () => {
        const rows = [
            row('a', StakeEventKind.ADD, 1), // another extrinsic: never linked
            row('b', StakeEventKind.REMOVE, 2),
            row('c', StakeEventKind.ADD, 2),
            row('d', StakeEventKind.MOVE, 2),
            row('e', StakeEventKind.SWAP, 3),
            row('f', StakeEventKind.REMOVE, 3),
            row('g', StakeEventKind.ADD, 3),
            row('h', StakeEventKind.ADD, 3), // a third stake event in the same extrinsic stays alone
        ]
        linkPairs(rows)
        expect(rows.map((r) => [r.id, r.groupId])).toEqual([
            ['a', null],
            ['b', 'd'],
            ['c', 'd'],
            ['d', null],
            ['e', null],
            ['f', 'e'],
            ['g', 'e'],
            ['h', null],
        ])
    })

    it('pairs two moves in one extrinsic (a batch) with their own nearest halves', () => {
        const rows = [
            row('r1', StakeEventKind.REMOVE, 4),
            row('a1', StakeEventKind.ADD, 4),
            row('m1', StakeEventKind.MOVE, 4),
            row('r2', StakeEventKind.REMOVE, 4),
            row('a2', StakeEventKind.ADD, 4),
            row('m2', StakeEventKind.MOVE, 4),
        ]
        linkPairs(rows)
        expect(rows.map((r) => r.groupId)).toEqual(['m1', 'm1', null, 'm2', 'm2', null])
    })
})
