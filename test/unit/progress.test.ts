import { chainTime, statusLineWithLag } from '../../src/progress'

describe('progress line', () => {
    it('adds the lag to the head in blocks and in 12 s chain time', () => {
        expect(statusLineWithLag('100 / 400, rate: 5 blocks/sec', 100, 400)).toBe(
            '100 / 400, rate: 5 blocks/sec, lag: 300 blocks (1h 0m of chain time)',
        )
        expect(statusLineWithLag('x', 400, 400)).toBe('x, lag: 0 blocks (0s of chain time)')
    })
    it('formats chain time from seconds to days', () => {
        expect(chainTime(3)).toBe('36s')
        expect(chainTime(5)).toBe('1m')
        expect(chainTime(7200 * 3 + 300)).toBe('3d 1h')
        expect(chainTime(-2)).toBe('0s')
    })
})
