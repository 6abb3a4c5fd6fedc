import { eventId } from '../../src/util/ids'

describe('eventId', () => {
    it('pads block height and event index so ids sort in chain order', () => {
        expect(eventId(12, 3)).toBe('0000000012-000003')
        const ids = [eventId(100, 2), eventId(9, 10), eventId(100, 10), eventId(9, 2)]
        expect([...ids].sort()).toEqual([eventId(9, 2), eventId(9, 10), eventId(100, 2), eventId(100, 10)])
    })
})
