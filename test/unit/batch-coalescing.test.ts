/**
 * Batches joined while the handler works: order kept, the block limit kept, a head batch ends a
 * join, errors of the source reach the consumer, and the source is closed when the consumer stops.
 */
import { coalesceBatches, SourceBatch } from '../../src/sqd/batch-coalescing'

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i)
const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

/** a source whose batches become ready only when the test releases them */
function gatedSource(batches: SourceBatch<number>[], failAfter?: number) {
    const gates: (() => void)[] = []
    let released = 0
    let closed = false
    async function* gen() {
        try {
            for (let i = 0; i < batches.length; i++) {
                if (i >= released) await new Promise<void>((resolve) => gates.push(resolve))
                if (failAfter === i) throw new Error('node went away')
                yield batches[i]
            }
        } finally {
            closed = true
        }
    }
    return {
        source: gen(),
        release(n: number) {
            released += n
            gates.splice(0).forEach((g) => g())
        },
        get closed() {
            return closed
        },
    }
}

const splits = (n: number, size = 10, headAt = -1) => range(0, n).map((i) => ({ blocks: range(i * size, size), isHead: i === headAt }))

it('joins every batch read while the consumer was busy, in order, up to the limit', async () => {
    const src = gatedSource(splits(8))
    const out = coalesceBatches(src.source, 30)
    src.release(1)
    const first = await out.next()
    expect(first.value).toEqual({ blocks: range(0, 10), isHead: false })
    // the consumer is busy: five more splits arrive, but the reader stops at the limit (30 waiting)
    src.release(5)
    await tick()
    const second = await out.next()
    expect(second.value!.blocks).toEqual(range(10, 30))
    src.release(2)
    await tick()
    const rest: number[] = []
    for (let r = await out.next(); !r.done; r = await out.next()) rest.push(...r.value.blocks)
    expect(rest).toEqual(range(40, 40))
})

it('a batch at the head ends a join: what follows it comes separately', async () => {
    const src = gatedSource(splits(4, 10, 1))
    const out = coalesceBatches(src.source, 100)
    src.release(1)
    expect((await out.next()).value!.blocks).toEqual(range(0, 10))
    src.release(3)
    await tick()
    expect((await out.next()).value).toEqual({ blocks: range(10, 10), isHead: true })
    expect((await out.next()).value).toEqual({ blocks: range(20, 20), isHead: false })
    expect((await out.next()).done).toBe(true)
})

it('passes a batch larger than the limit on whole', async () => {
    const src = gatedSource([
        { blocks: range(0, 50), isHead: false },
        { blocks: range(50, 5), isHead: false },
    ])
    src.release(2)
    const got: number[] = []
    for await (const b of coalesceBatches(src.source, 20)) got.push(b.blocks.length)
    expect(got).toEqual([50, 5])
})

it('hands over what was read, then the source error', async () => {
    const src = gatedSource(splits(4), 3)
    const out = coalesceBatches(src.source, 100)
    src.release(1)
    expect((await out.next()).value!.blocks).toEqual(range(0, 10))
    src.release(3)
    await tick()
    expect((await out.next()).value!.blocks).toEqual(range(10, 20))
    await expect(out.next()).rejects.toThrow('node went away')
})

it('closes the source when the consumer stops early', async () => {
    const src = gatedSource(splits(5))
    src.release(5)
    for await (const b of coalesceBatches(src.source, 10)) {
        expect(b.blocks).toEqual(range(0, 10))
        break
    }
    expect(src.closed).toBe(true)
})
