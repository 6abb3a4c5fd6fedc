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

/** SCALE reader for the few shapes the answer has */
class Reader {
    constructor(
        private bytes: Uint8Array,
        public at = 0,
    ) {}
    get done() {
        return this.at === this.bytes.length
    }
    u8() {
        if (this.at >= this.bytes.length) throw new Error('read past the end')
        return this.bytes[this.at++]
    }
    compact(): bigint {
        const b = this.u8()
        const mode = b & 3
        if (mode === 0) return BigInt(b >> 2)
        if (mode === 1) return BigInt((b | (this.u8() << 8)) >> 2)
        if (mode === 2) return BigInt(((b | (this.u8() << 8) | (this.u8() << 16)) >>> 0) + this.u8() * 2 ** 24) >> 2n
        let v = 0n
        const n = (b >> 2) + 4
        for (let i = 0; i < n; i++) v |= BigInt(this.u8()) << BigInt(8 * i)
        return v
    }
    account(): Uint8Array {
        const a = this.bytes.slice(this.at, this.at + 32)
        if (a.length !== 32) throw new Error('read past the end')
        this.at += 32
        return a
    }
    bool() {
        const b = this.u8()
        if (b > 1) throw new Error(`not a bool: ${b}`)
        return b === 1
    }
}

interface StakeInfo {
    hotkey: string
    coldkey: string
    netuid: number
    stake: bigint
}

/**
 * The answer of dTAO runtimes before the runtime-API encoding change (raonet spec 218): a Vec<u8>
 * holding the SCALE of Vec<StakeInfo { hotkey, coldkey, netuid: Compact<u16>, stake, locked,
 * emission, drain: Compact<u64>, is_registered: bool }> (subtensor rpc_info/stake_info.rs of early
 * 2025). Every byte must be consumed, so a runtime with another layout fails loudly.
 */
function decodeStakeInfos(hex: string): StakeInfo[] {
    const outer = new Reader(Buffer.from(hex.slice(2), 'hex'))
    const len = Number(outer.compact())
    if (outer.at + len !== hex.length / 2 - 1) throw new Error('the answer is not one Vec<u8>')
    const r = new Reader(Buffer.from(hex.slice(2 + 2 * outer.at), 'hex'))
    const out: StakeInfo[] = []
    for (let n = Number(r.compact()); n > 0; n--) {
        const hotkey = ss58(r.account())
        const coldkey = ss58(r.account())
        const netuid = Number(r.compact())
        const stake = r.compact()
        r.compact() // locked
        r.compact() // emission
        r.compact() // drain
        r.bool() // is_registered
        out.push({ hotkey, coldkey, netuid, stake })
    }
    if (!r.done) throw new Error('StakeInfo layout differs from the one this test knows')
    return out
}

describeIntegration("stake positions equal the runtime's own valuation (StakeInfoRuntimeApi, dTAO era)", (env) => {
    let api: ApiPromise
    beforeAll(async () => {
        api = await connect(env().rpcEndpoint)
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
            for (const s of decodeStakeInfos(answer.toHex())) {
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
