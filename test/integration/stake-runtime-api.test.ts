/**
 * Positions against the runtime's own valuation, not against share arithmetic: the runtime API
 * StakeInfoRuntimeApi_get_stake_info_for_coldkey executes the runtime's code for a coldkey's stake
 * (its share pool, its rounding) at a block. The storage oracle of stake-positions.test.ts divides
 * shares by hand, as src does; a mistake both make passes there and fails here.
 */
import type { ApiPromise } from '@polkadot/api'
import { describeIntegration } from '../support/it-env'
import { connect, ss58 } from '../support/chain-oracle'
import { gql } from '../support/graphql'

interface StakeInfo {
    hotkey: string
    coldkey: string
    netuid: number
    stake: bigint
}

/** the StakeInfo of dTAO runtimes before the runtime-API encoding change (subtensor rpc_info/stake_info.rs of early 2025) */
const STAKE_INFO_218 = {
    hotkey: 'AccountId32',
    coldkey: 'AccountId32',
    netuid: 'Compact<u16>',
    stake: 'Compact<u64>',
    locked: 'Compact<u64>',
    emission: 'Compact<u64>',
    drain: 'Compact<u64>',
    isRegistered: 'bool',
}

/**
 * The answer of raonet spec 218: a Vec<u8> holding the SCALE of Vec<StakeInfo>, decoded with
 * polkadot.js's codec from the layout above. Every byte must be consumed, so a runtime with another
 * layout fails loudly.
 */
function decodeStakeInfos(api: ApiPromise, hex: string): StakeInfo[] {
    const answer = Buffer.from(hex.slice(2), 'hex')
    const bytes = api.createType('Bytes', answer) // from a Uint8Array: length prefix, then the bytes
    if (bytes.encodedLength !== answer.length) throw new Error('the answer is not one Vec<u8>')
    const inner = bytes.toU8a(true)
    const list = api.createType('Vec<TaoindexStakeInfo218>', inner) as any
    if (list.encodedLength !== inner.length) throw new Error('StakeInfo layout differs from the one this test knows')
    return list.map((s: any) => ({
        hotkey: ss58(s.hotkey),
        coldkey: ss58(s.coldkey),
        netuid: s.netuid.toNumber(),
        stake: BigInt(s.stake.toString()),
    }))
}

describeIntegration("stake positions equal the runtime's own valuation (StakeInfoRuntimeApi, dTAO era)", (env) => {
    let api: ApiPromise
    beforeAll(async () => {
        api = await connect(env().rpcEndpoint)
        api.registry.register({ TaoindexStakeInfo218: STAKE_INFO_218 })
    })
    afterAll(async () => {
        await api?.disconnect()
    })

    /** id -> alpha the runtime reports for every coldkey holding Alpha shares at block h (non-zero only) */
    async function runtimeStakes(h: number): Promise<Record<string, string>> {
        const hash = await api.rpc.chain.getBlockHash(h)
        const at: any = await api.at(hash)
        const coldkeys = new Set<string>()
        for (const [k] of await at.query.subtensorModule.alpha.entries()) coldkeys.add(k.args[1].toHex())
        const out: Record<string, string> = {}
        for (const coldkey of coldkeys) {
            // the 218 API takes the account as a Vec<u8>: compact length 32 (0x80), then the bytes
            const answer = await api.rpc.state.call('StakeInfoRuntimeApi_get_stake_info_for_coldkey', '0x80' + coldkey.slice(2), hash)
            for (const s of decodeStakeInfos(api, answer.toHex())) {
                if (s.stake === 0n) continue
                const id = `${s.coldkey}-${s.hotkey}-${s.netuid}`
                if (out[id] !== undefined) throw new Error(`the runtime reported ${id} twice`)
                out[id] = s.stake.toString()
            }
        }
        return out
    }

    it('at sampled blocks of the dTAO era and the head: every non-zero position, by the runtime and by taoindex', async () => {
        const head = env().indexedHeight
        const dtao = env().report.specVersions.find((s) => s.specVersion >= 204)
        expect(dtao).toBeDefined()
        const from = dtao!.fromBlock
        const heights = [...new Set([from + 1, Math.floor((from + head) / 2), head - 5, head])].filter((h) => h >= from && h <= head)
        let compared = 0
        for (const h of heights) {
            const want = await runtimeStakes(h)
            const r = await gql(env().apiUrl, `{ stakePositionsAt(atBlock: ${h}) { id alpha } }`)
            expect(r.errors).toBeUndefined()
            const got = Object.fromEntries(r.data.stakePositionsAt.filter((p: any) => p.alpha !== '0').map((p: any) => [p.id, p.alpha]))
            expect({ height: h, positions: got }).toEqual({ height: h, positions: want })
            compared += Object.keys(want).length
        }
        expect(compared).toBeGreaterThan(20)
    })
})
