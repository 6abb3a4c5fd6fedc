import type { ApiPromise } from '@polkadot/api'
import { describeIntegration } from '../support/it-env'
import { connect, dispatcherOf, readBlock, ss58 } from '../support/chain-oracle'
import { fetchAll, gql } from '../support/graphql'

const FIELDS =
    'id blockNumber blockHash timestamp extrinsicHash extrinsicIndex eventIndex specVersion kind coldkey hotkey netuid taoAmount alphaAmount fee destColdkey destHotkey destNetuid groupId'
const STAKE_CALLS = new Set([
    'addStake',
    'removeStake',
    'addStakeLimit',
    'removeStakeLimit',
    'unstakeAll',
    'unstakeAllAlpha',
    'moveStake',
    'transferStake',
    'swapStake',
    'swapStakeLimit',
    'removeStakeFullLimit',
])

function pad(n: number, w: number) {
    return String(n).padStart(w, '0')
}

/** StakeEvent rows as the chain's own System.Events say they must be, for blocks 1..head. */
async function expectedStakeEvents(api: ApiPromise, head: number) {
    const rows: any[] = []
    for (let height = 1; height <= head; height++) {
        const b = await readBlock(api, height)
        const blockRows: any[] = []
        b.events.forEach((record: any, index: number) => {
            const { event, phase } = record
            if (event.section !== 'subtensorModule') return
            const exIndex = phase.isApplyExtrinsic ? phase.asApplyExtrinsic.toNumber() : null
            const ex = exIndex == null ? undefined : b.extrinsics[exIndex]
            const d = event.data
            const base = {
                id: `${pad(height, 10)}-${pad(index, 6)}`,
                blockNumber: height,
                blockHash: b.hash,
                timestamp: b.timestamp,
                extrinsicHash: ex ? ex.hash.toHex() : null,
                extrinsicIndex: exIndex,
                eventIndex: index,
                specVersion: b.specVersion,
                destColdkey: null,
                destHotkey: null,
                destNetuid: null,
                groupId: null,
            }
            if (event.method === 'StakeAdded' || event.method === 'StakeRemoved') {
                const preDtao = d.length === 2
                blockRows.push({
                    ...base,
                    kind: event.method === 'StakeAdded' ? 'ADD' : 'REMOVE',
                    coldkey: preDtao ? dispatcherOf(ex, (c) => c.section === 'subtensorModule' && STAKE_CALLS.has(c.method)) : ss58(d[0]),
                    hotkey: ss58(preDtao ? d[0] : d[1]),
                    netuid: preDtao ? 0 : d[4].toNumber(),
                    taoAmount: (preDtao ? d[1] : d[2]).toString(),
                    alphaAmount: (preDtao ? d[1] : d[3]).toString(),
                    fee: !preDtao && d.length > 5 ? d[5].toString() : null,
                })
            } else if (event.method === 'StakeMoved') {
                blockRows.push({
                    ...base,
                    kind: 'MOVE',
                    coldkey: ss58(d[0]),
                    hotkey: ss58(d[1]),
                    netuid: d[2].toNumber(),
                    taoAmount: d.length > 5 ? d[5].toString() : null,
                    alphaAmount: null,
                    fee: null,
                    destColdkey: ss58(d[0]),
                    destHotkey: ss58(d[3]),
                    destNetuid: d[4].toNumber(),
                })
            }
        })
        // the scenario's move extrinsics each hold one move: its REMOVE + ADD belong to it
        for (const move of blockRows.filter((r) => r.kind === 'MOVE')) {
            for (const r of blockRows)
                if ((r.kind === 'ADD' || r.kind === 'REMOVE') && r.extrinsicIndex === move.extrinsicIndex) r.groupId = move.id
        }
        rows.push(...blockRows)
    }
    return rows
}

describeIntegration('stake events: GraphQL equals the chain', (env) => {
    let api: ApiPromise
    let expected: any[]
    let indexed: any[]

    beforeAll(async () => {
        api = await connect(env().rpcEndpoint)
        expected = await expectedStakeEvents(api, env().indexedHeight)
        indexed = await fetchAll(env().apiUrl, 'stakeEvents', FIELDS)
    })
    afterAll(async () => {
        await api?.disconnect()
    })

    it('the scenario produced stake events in both runtime shapes, across the upgrades', () => {
        const eras = new Set(expected.map((r) => r.specVersion))
        expect(eras.size).toBeGreaterThanOrEqual(2)
        expect(expected.some((r) => r.specVersion < 200 && r.kind === 'ADD')).toBe(true)
        expect(expected.some((r) => r.specVersion < 200 && r.kind === 'REMOVE')).toBe(true)
        expect(expected.some((r) => r.specVersion >= 200 && r.kind === 'ADD')).toBe(true)
        expect(expected.some((r) => r.specVersion >= 200 && r.kind === 'REMOVE')).toBe(true)
    })

    it('every stake event of the chain is indexed, field by field, and nothing else', () => {
        expect(indexed).toEqual(expected)
    })

    it('a move is one MOVE row plus its REMOVE + ADD pair, linked by groupId', () => {
        const moves = expected.filter((r) => r.kind === 'MOVE')
        expect(moves.length).toBeGreaterThan(0)
        for (const m of moves)
            expect(
                indexed
                    .filter((r) => r.groupId === m.id)
                    .map((r) => r.kind)
                    .sort(),
            ).toEqual(['ADD', 'REMOVE'])
    })

    it('filters by coldkey and orders by block, as the oracle does', async () => {
        const coldkey = expected[expected.length - 1].coldkey
        const want = expected.filter((r) => r.coldkey === coldkey).sort((a, b) => b.blockNumber - a.blockNumber || (a.id < b.id ? -1 : 1))
        const r = await gql(
            env().apiUrl,
            `query($c: String!) {
            stakeEvents(where: { coldkey_eq: $c }, orderBy: [blockNumber_DESC]) { ${FIELDS} }
            stakeEventsConnection(where: { coldkey_eq: $c }) { totalCount } }`,
            { c: coldkey },
        )
        expect(r.errors).toBeUndefined()
        expect(r.data.stakeEvents).toEqual(want)
        expect(r.data.stakeEventsConnection.totalCount).toBe(want.length)
    })

    it('filters combine with AND/OR and ranges', async () => {
        const mid = expected[Math.floor(expected.length / 2)].blockNumber
        const want = expected.filter((r) => r.blockNumber >= mid && (r.kind === 'REMOVE' || r.netuid > 0))
        const r = await gql(
            env().apiUrl,
            `{ stakeEvents(where: { blockNumber_gte: ${mid}, OR: [{ kind_eq: REMOVE }, { netuid_gt: 0 }] }) { id } }`,
        )
        expect(r.errors).toBeUndefined()
        expect(r.data.stakeEvents.map((x: any) => x.id)).toEqual(want.map((x) => x.id))
    })

    it('rejects bad input with a clear GraphQL error', async () => {
        const bad = await gql(env().apiUrl, `{ stakeEvents(where: { hotkey_eq: "5notanaddress" }) { id } }`)
        expect(bad.status).toBe(200)
        expect(bad.errors[0].message).toBe('hotkey_eq: "5notanaddress" is not an ss58 address (prefix 42)')
        const neg = await gql(env().apiUrl, `{ stakeEvents(limit: -1) { id } }`)
        expect(neg.errors[0].message).toBe('limit must not be negative, got -1')
        const big = await gql(env().apiUrl, `{ stakeEventsConnection(first: 5000) { totalCount } }`)
        expect(big.errors[0].message).toBe('first must be at most 1000, got 5000')
    })
})
