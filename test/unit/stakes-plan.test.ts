/**
 * The stakes planner finds the subnets of a hotkey's positions from their Alpha storage keys, to
 * read those pools in the next prefetch round. Keys encoded with each real dTAO registry.
 */
import { alphaKeyNetuid } from '../../src/domains/stakes/plan'
import { availableRuntimes } from '../support/runtimes'

const HOTKEY = '0x' + 'ab'.repeat(32)
const COLDKEY = '0x' + 'cd'.repeat(32)

test('the netuid of an Alpha(hotkey, coldkey, netuid) key, on every runtime that has Alpha', async () => {
    const runtimes = (await availableRuntimes()).filter((rt) => rt.hasStorageItem('SubtensorModule.Alpha'))
    expect(runtimes.map((rt) => rt.specVersion)).toEqual(expect.arrayContaining([204, 205, 218, 224, 343]))
    for (const rt of runtimes) {
        const block = { _runtime: rt } as any
        for (const netuid of [0, 1, 258, 4097, 65535]) {
            const key = rt.encodeStorageKey('SubtensorModule.Alpha', HOTKEY, COLDKEY, netuid)
            expect([rt.specVersion, alphaKeyNetuid(block, key)]).toEqual([rt.specVersion, netuid])
        }
    }
})

test('no netuid where the runtime has no Alpha map (before dTAO)', async () => {
    const rt = (await availableRuntimes()).find((r) => r.specVersion === 103)!
    expect(alphaKeyNetuid({ _runtime: rt } as any, '0x' + '00'.repeat(40))).toBeUndefined()
})
