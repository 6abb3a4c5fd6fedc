import type { ApiPromise } from '@polkadot/api'
import { describeIntegration } from '../support/it-env'
import { connect, ss58 } from '../support/chain-oracle'
import { fetchAll } from '../support/graphql'

/** id -> alpha (and shares on dTAO) of every position the chain holds at a block, from its own storage */
async function chainPositions(api: ApiPromise, height: number): Promise<Record<string, { alpha: string; shares: string | null }>> {
    const at: any = await api.at(await api.rpc.chain.getBlockHash(height))
    const q = at.query.subtensorModule
    const out: Record<string, { alpha: string; shares: string | null }> = {}
    const raw = (v: any): bigint => BigInt((v.bits ?? v).toString())
    if (!q.alpha) {
        for (const [k, v] of await q.stake.entries()) {
            const [hot, cold] = k.args
            if (raw(v) > 0n) out[`${ss58(cold)}-${ss58(hot)}-0`] = { alpha: raw(v).toString(), shares: null }
        }
        return out
    }
    for (const [k, v] of await q.alpha.entries()) {
        const [hot, cold, netuid] = k.args
        const shares = raw(v)
        if (shares === 0n) continue
        const totalAlpha = raw(await q.totalHotkeyAlpha(hot, netuid))
        const totalShares = q.totalHotkeyShares ? raw(await q.totalHotkeyShares(hot, netuid)) : null
        const alpha = totalShares == null ? shares : totalShares === 0n ? 0n : (shares * totalAlpha) / totalShares
        out[`${ss58(cold)}-${ss58(hot)}-${netuid.toNumber()}`] = { alpha: alpha.toString(), shares: totalShares == null ? null : shares.toString() }
    }
    return out
}

function asOf(snapshots: any[], height: number) {
    const latest = new Map<string, any>()
    for (const s of snapshots) if (s.blockNumber <= height) latest.set(s.positionId, s) // id order = block order
    const out: Record<string, { alpha: string; shares: string | null }> = {}
    for (const [id, s] of latest) if (s.alpha !== '0' || (s.shares ?? '0') !== '0') out[id] = { alpha: s.alpha, shares: s.shares }
    return out
}

describeIntegration('stake positions equal the chain storage', (env) => {
    let api: ApiPromise
    let snapshots: any[]
    beforeAll(async () => {
        api = await connect(env().rpcEndpoint)
        snapshots = await fetchAll(env().apiUrl, 'stakePositionSnapshots', 'id positionId blockNumber alpha shares')
    })
    afterAll(async () => {
        await api?.disconnect()
    })

    it('as of the head and earlier blocks of every runtime, position by position, nothing extra', async () => {
        const head = env().indexedHeight
        const heights = new Set<number>([head])
        for (const s of env().report.specVersions) {
            if (s.fromBlock > 1) heights.add(s.fromBlock - 1)
            heights.add(Math.min(head, s.fromBlock + 3))
        }
        expect(heights.size).toBeGreaterThanOrEqual(4)
        let compared = 0
        for (const h of [...heights].sort((a, b) => a - b)) {
            const want = await chainPositions(api, h)
            expect({ height: h, positions: asOf(snapshots, h) }).toEqual({ height: h, positions: want })
            compared += Object.keys(want).length
        }
        expect(compared).toBeGreaterThan(10)
    })

    it('current stakePositions equal the chain at the head', async () => {
        const current = await fetchAll(env().apiUrl, 'stakePositions', 'id alpha shares')
        const got = Object.fromEntries(current.map((p) => [p.id, { alpha: p.alpha, shares: p.shares }]))
        expect(got).toEqual(await chainPositions(api, env().indexedHeight))
    })

    it('follows changes the chain makes without a stake event (epochs, upgrades)', async () => {
        const events = await fetchAll(env().apiUrl, 'stakeEvents', 'blockNumber coldkey hotkey netuid')
        const withEvent = new Set(events.map((e) => `${e.blockNumber}|${e.coldkey}-${e.hotkey}-${e.netuid}`))
        const silent = snapshots.filter((s) => !withEvent.has(`${s.blockNumber}|${s.positionId}`))
        expect(silent.length).toBeGreaterThan(0)
    })
})
