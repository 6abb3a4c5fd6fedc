import type { ApiPromise } from '@polkadot/api'
import { describeIntegration } from '../support/it-env'
import { chainPositions, connect } from '../support/chain-oracle'
import { fetchAll, gql } from '../support/graphql'

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

    it('stakePositionsAt(atBlock) and coldkeyStake(atBlock) answer from the history, as the chain was', async () => {
        const head = env().indexedHeight
        const heights = [
            ...new Set(
                env()
                    .report.specVersions.map((s) => Math.max(1, s.fromBlock - 1))
                    .concat(head),
            ),
        ]
        let summaries = 0
        for (const h of heights) {
            const want = await chainPositions(api, h)
            const r = await gql(env().apiUrl, `{ stakePositionsAt(atBlock: ${h}) { id alpha shares } }`)
            expect(r.errors).toBeUndefined()
            const got = Object.fromEntries(r.data.stakePositionsAt.map((p: any) => [p.id, { alpha: p.alpha, shares: p.shares }]))
            expect({ h, got }).toEqual({ h, got: want })
            // per-coldkey sums over subnets, for one coldkey with positions then
            if (Object.keys(want).length === 0) continue
            summaries++
            const coldkey = Object.keys(want)[0].split('-')[0]
            const sums = new Map<number, { alpha: bigint; hotkeys: number }>()
            for (const [id, p] of Object.entries(want)) {
                const [c, , n] = id.split('-')
                if (c !== coldkey) continue
                const cur = sums.get(Number(n)) ?? { alpha: 0n, hotkeys: 0 }
                sums.set(Number(n), { alpha: cur.alpha + BigInt(p.alpha), hotkeys: cur.hotkeys + 1 })
            }
            const summary = await gql(
                env().apiUrl,
                `query($c: String!) { coldkeyStake(coldkey: $c, atBlock: ${h}) { netuid alpha hotkeys } }`,
                { c: coldkey },
            )
            expect(summary.data.coldkeyStake).toEqual(
                [...sums].sort((a, b) => a[0] - b[0]).map(([netuid, v]) => ({ netuid, alpha: v.alpha.toString(), hotkeys: v.hotkeys })),
            )
        }
        expect(summaries).toBeGreaterThanOrEqual(2)
        const status = await gql(env().apiUrl, '{ indexerStatus { height headHeight } }')
        expect(status.data.indexerStatus.height).toBe(env().indexedHeight)
        const bad = await gql(env().apiUrl, '{ stakePositionsAt(atBlock: 5, coldkey: "nope") { id } }')
        expect(bad.errors[0].message).toBe('coldkey: "nope" is not an ss58 address (prefix 42)')
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

    it('epochs are followed through pools and owner shares alone: every pool adds up, no hotkey is read whole', () => {
        // With share pools an epoch changes pools, plus the share of each paid hotkey's owner (take,
        // miner incentive). Had a share changed otherwise, a pool's total would not match the
        // shares the indexer read and it would log the pool (and read the whole hotkey: correct,
        // but O(positions)). Removing the owner reads makes this fail (tried: 18-128 pools per epoch).
        expect(env().unbalancedPoolLogs).toEqual([])
    })
})
