/**
 * The rule that closes hash commits the chain dropped: expected values worked out by hand from the
 * chain's queue behaviour (expired commits leave from the front, the oldest first).
 */
import { droppedCommits } from '../../src/domains/weights/commits'

const c = (id: string, blockNumber: number, commitHash: string) => ({ id, blockNumber, commitHash })
const ids = (list: { id: string }[]) => list.map((x) => x.id).sort()

it('drops the open commits whose hash the queue no longer holds', () => {
    const open = [c('0000000010-000001', 10, '0xaa'), c('0000000011-000001', 11, '0xbb')]
    expect(ids(droppedCommits(open, ['0xbb']))).toEqual(['0000000010-000001'])
    expect(ids(droppedCommits(open, ['0xaa', '0xbb']))).toEqual([])
    expect(ids(droppedCommits(open, []))).toEqual(['0000000010-000001', '0000000011-000001'])
})

it('of commits with the same hash, the oldest are dropped (the chain pops the front), by block then event', () => {
    const open = [c('0000000012-000001', 12, '0xaa'), c('0000000010-000001', 10, '0xaa'), c('0000000012-000003', 12, '0xaa')]
    expect(ids(droppedCommits(open, ['0xaa']))).toEqual(['0000000010-000001', '0000000012-000001'])
    expect(ids(droppedCommits(open, ['0xaa', '0xaa']))).toEqual(['0000000010-000001'])
})

it('a queued hash with no open commit (revealed, or committed before the indexed range) drops nothing', () => {
    expect(droppedCommits([c('0000000010-000001', 10, '0xaa')], ['0xaa', '0xcc'])).toEqual([])
})
