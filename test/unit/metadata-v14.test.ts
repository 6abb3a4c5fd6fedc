/**
 * The V15/V16 -> V14 converter (tools/typegen/metadata-v14.ts). For 315, 320 and 343 ../shared holds the
 * same runtime's metadata both as V14 (from the node) and as V15: converted V15 must give SQD the
 * same runtime, i.e. the same type hash for every event and call of every pallet, the same storage
 * items and constants, and the same extrinsic types.
 */
import * as fs from 'fs'
import * as path from 'path'
import { Runtime } from '@subsquid/substrate-runtime'
import { metadataBytes, toMetadataV14Hex } from '../../tools/typegen/metadata-v14'

const DIR = path.resolve(__dirname, '../../../shared/subtensor/metadata')

function pair(spec: number): [Runtime, Runtime] | undefined {
    const [v14, v15] = ['v14.hex', 'v15opt.hex'].map((suffix) =>
        fs.readdirSync(DIR).find((f) => f.startsWith(`finney-spec${spec}-`) && f.endsWith(suffix)),
    )
    if (!v14 || !v15) return undefined
    const version = { specName: 'node-subtensor', specVersion: spec, implName: 'node-subtensor', implVersion: 1 }
    const real = new Runtime(version, fs.readFileSync(path.join(DIR, v14), 'utf8').trim())
    const converted = new Runtime(version, toMetadataV14Hex(metadataBytes(fs.readFileSync(path.join(DIR, v15), 'utf8'), 'opt-hex')))
    return [real, converted]
}

const present = fs.existsSync(DIR)
if (!present && process.env.CI === 'true') throw new Error(`missing ${DIR}`)
const describeIf = present ? describe : describe.skip

describeIf.each([315, 320, 343])('spec %i: V15 converted to V14 equals the node V14', (spec) => {
    const rts = pair(spec)
    it('same events, calls, storage, constants and extrinsic types', () => {
        if (!rts) throw new Error(`spec ${spec}: V14 or V15 file missing in ${DIR}`)
        const [real, converted] = rts
        const hashes = (rt: Runtime, reg: 'events' | 'calls') =>
            Object.fromEntries(Object.keys(rt[reg].definitions).map((n) => [n, rt[reg].getTypeHash(n)]))
        expect(Object.keys(hashes(real, 'events')).length).toBeGreaterThan(200)
        expect(hashes(converted, 'events')).toEqual(hashes(real, 'events'))
        expect(hashes(converted, 'calls')).toEqual(hashes(real, 'calls'))
        const storage = (rt: Runtime) =>
            Object.entries(rt.description.storage)
                .flatMap(([p, s]) =>
                    Object.entries(s.items).map(([n, i]) => `${p}.${n}:${i.modifier}:${i.hashers.join(',')}:${i.keys.length}`),
                )
                .sort()
        expect(storage(converted)).toEqual(storage(real))
        const constants = (rt: Runtime) =>
            Object.entries(rt.description.constants)
                .flatMap(([p, c]) => Object.entries(c).map(([n, v]) => `${p}.${n}=${Buffer.from(v.value).toString('hex')}`))
                .sort()
        expect(constants(converted)).toEqual(constants(real))
        const signedExtensions = (rt: Runtime) => (rt.metadata as any).value.extrinsic.signedExtensions.map((e: any) => e.identifier)
        expect(signedExtensions(converted)).toEqual(signedExtensions(real))
        expect(converted.getConstant('System.Version')).toEqual(real.getConstant('System.Version'))
    })
})
