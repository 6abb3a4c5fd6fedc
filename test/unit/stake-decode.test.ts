/**
 * Stake event shapes the devnet runtimes (103, 143, 218) cannot produce, decoded with the real type
 * registries of later mainnet runtimes (metadata in ../shared). The event args are given in the
 * JSON form the SQD processor hands to the mapping.
 */
import * as fs from 'fs'
import * as path from 'path'
import { Runtime } from '@subsquid/substrate-runtime'
import { decodeStakeEvent } from '../../src/domains/stakes/decode'

const METADATA = path.resolve(__dirname, '../../../shared/subtensor/metadata')
const A = '0x' + '11'.repeat(32)
const B = '0x' + '22'.repeat(32)
const C = '0x' + '33'.repeat(32)

function runtime(file: string, specVersion: number): Runtime | undefined {
    const p = path.join(METADATA, file)
    if (!fs.existsSync(p)) {
        if (process.env.CI === 'true') throw new Error(`missing ${p}`)
        return undefined
    }
    return new Runtime({ specName: 'node-subtensor', specVersion, implName: 'node-subtensor', implVersion: 1 }, fs.readFileSync(p, 'utf8').trim())
}

function event(rt: Runtime, name: string, args: unknown): any {
    return { name, args, index: 0, block: { _runtime: rt, specVersion: rt.specVersion, height: 1 } }
}

const rt224 = runtime('finney-spec224-2025-06-v14.hex', 224)
const rt315 = runtime('finney-spec315-2025-09-v14.hex', 315)
const rt343 = runtime('finney-spec343-2025-11-v14.hex', 343)
const describeWith = rt224 && rt315 && rt343 ? describe : describe.skip

describeWith('stake events of later runtimes, with their real type registries', () => {
    it('StakeTransferred (224): from coldkey, to coldkey, hotkey, netuids, TAO', () => {
        expect(decodeStakeEvent(event(rt224!, 'SubtensorModule.StakeTransferred', [A, B, C, 3, 5, '1000']))).toEqual({
            kind: 'TRANSFER', coldkey: A, hotkey: C, netuid: 3, tao: 1000n, alpha: null, dest: { coldkey: B, hotkey: C, netuid: 5 },
        })
    })
    it('StakeSwapped (224): coldkey, hotkey, netuid from/to, TAO', () => {
        expect(decodeStakeEvent(event(rt224!, 'SubtensorModule.StakeSwapped', [A, C, 2, 7, '42']))).toEqual({
            kind: 'SWAP', coldkey: A, hotkey: C, netuid: 2, tao: 42n, alpha: null, dest: { coldkey: A, hotkey: C, netuid: 7 },
        })
    })
    it('StakeMoved with amount (224)', () => {
        expect(decodeStakeEvent(event(rt224!, 'SubtensorModule.StakeMoved', [A, B, 1, C, 4, '77']))).toEqual({
            kind: 'MOVE', coldkey: A, hotkey: B, netuid: 1, tao: 77n, alpha: null, dest: { coldkey: A, hotkey: C, netuid: 4 },
        })
    })
    it('StakeAdded with fee (315 and 343, where the amount types were renamed)', () => {
        for (const rt of [rt315!, rt343!]) {
            expect(decodeStakeEvent(event(rt, 'SubtensorModule.StakeAdded', [A, B, '5000', '4900', 9, '12']))).toEqual({
                kind: 'ADD', coldkey: A, hotkey: B, netuid: 9, tao: 5000n, alpha: 4900n, fee: 12n,
            })
        }
    })
    it('AlphaRecycled and AlphaBurned (315): coldkey, hotkey, alpha, netuid', () => {
        expect(decodeStakeEvent(event(rt315!, 'SubtensorModule.AlphaRecycled', [A, B, '300', 6]))).toEqual({
            kind: 'RECYCLE', coldkey: A, hotkey: B, netuid: 6, tao: null, alpha: 300n,
        })
        expect(decodeStakeEvent(event(rt315!, 'SubtensorModule.AlphaBurned', [A, B, '301', 8]))).toEqual({
            kind: 'BURN', coldkey: A, hotkey: B, netuid: 8, tao: null, alpha: 301n,
        })
    })
})
