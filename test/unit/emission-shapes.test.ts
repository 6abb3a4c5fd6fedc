/**
 * unknownEmissionShapes names the emission items a runtime declares in a shape no known runtime
 * has (their columns would be null): none in the real runtimes, one in a registry edited to retype
 * an item, none where an item is only gone (Rank and Trust leave with spec 401).
 */
import { unknownEmissionShapes } from '../../src/domains/emissions/reads'
import { availableRuntimes, futureRuntime } from '../support/runtimes'

const block = (rt: any) => ({ _runtime: rt, specVersion: rt.specVersion, height: 1 }) as any

it('finds no unknown shape in the real runtimes, one in a retyped item, none in a dropped one', async () => {
    const runtimes = await availableRuntimes()
    if (!runtimes.some((r) => r.specVersion === 218)) {
        if (process.env.CI === 'true') throw new Error('runtime metadata (../shared) missing')
        return console.warn('skipped: runtime metadata (../shared) missing')
    }
    for (const rt of runtimes)
        expect({ spec: rt.specVersion, unknown: unknownEmissionShapes(block(rt)) }).toEqual({ spec: rt.specVersion, unknown: [] })
    const base = runtimes.find((r) => r.specVersion === 218)!
    expect(unknownEmissionShapes(block(futureRuntime(base, 9301, () => {}, { valueTypeOf: { Emission: 'ValidatorPermit' } })))).toEqual([
        'SubtensorModule.Emission',
    ])
    expect(unknownEmissionShapes(block(futureRuntime(base, 9302, () => {}, { drop: ['Rank', 'Trust'] })))).toEqual([])
})
