import type { ApiPromise } from '@polkadot/api'
import { describeIntegration } from '../support/it-env'
import { chainUidMap, connect, readBlock, ss58 } from '../support/chain-oracle'
import { fetchAll, gql } from '../support/graphql'

async function indexedUidMap(url: string, height: number) {
    const asOf = `{ registeredAtBlock_lte: ${height}, OR: [{ deregisteredAtBlock_isNull: true }, { deregisteredAtBlock_gt: ${height} }] }`
    const [neurons, subnets] = await Promise.all([
        fetchAll(url, 'neurons', 'netuid uid hotkey', asOf),
        fetchAll(
            url,
            'subnets',
            'netuid',
            `{ registeredAtBlock_lte: ${height}, OR: [{ removedAtBlock_isNull: true }, { removedAtBlock_gt: ${height} }] }`,
        ),
    ])
    const result: Record<number, Record<number, string>> = {}
    for (const s of subnets) result[s.netuid] = {}
    for (const n of neurons) {
        if (!result[n.netuid]) throw new Error(`neuron on subnet ${n.netuid}, which is not active at ${height}`)
        if (result[n.netuid][n.uid]) throw new Error(`two neurons hold uid ${n.uid} of subnet ${n.netuid} at ${height}`)
        result[n.netuid][n.uid] = n.hotkey
    }
    return result
}

describeIntegration('registrations: uid holders equal the chain', (env) => {
    let api: ApiPromise
    beforeAll(async () => {
        api = await connect(env().rpcEndpoint)
    })
    afterAll(async () => {
        await api?.disconnect()
    })

    it('uid -> hotkey per subnet equals Keys storage at the head and at earlier blocks of every runtime', async () => {
        const head = env().indexedHeight
        const eras = env().report.specVersions.map((s) => s.fromBlock)
        // the last block of each runtime era, a block in the middle of each, and the head
        const heights = new Set<number>([head])
        eras.forEach((from, i) => {
            const to = i + 1 < eras.length ? eras[i + 1] - 1 : head
            heights.add(Math.max(1, to))
            heights.add(Math.max(1, Math.floor((from + to) / 2)))
        })
        expect(heights.size).toBeGreaterThanOrEqual(4)
        let checkedUids = 0
        for (const h of [...heights].sort((a, b) => a - b)) {
            const want = await chainUidMap(api, h)
            expect({ height: h, map: await indexedUidMap(env().apiUrl, h) }).toEqual({ height: h, map: want })
            checkedUids += Object.values(want).reduce((n, m) => n + Object.keys(m).length, 0)
        }
        expect(checkedUids).toBeGreaterThan(0)
    })

    it('subnets added by NetworkAdded carry the owner and lock as the chain stored them then', async () => {
        const subnets = await fetchAll(env().apiUrl, 'subnets', 'netuid registeredAtBlock owner lockCost mechanism')
        const added = subnets.filter((s) => s.registeredAtBlock > 0 && s.mechanism != null)
        expect(added.length).toBeGreaterThanOrEqual(3)
        let locks = 0
        for (const s of added) {
            const at: any = await api.at(await api.rpc.chain.getBlockHash(s.registeredAtBlock))
            const q = at.query.subtensorModule
            const want = {
                owner: q.subnetOwner ? ss58(await q.subnetOwner(s.netuid)) : null,
                lockCost: q.subnetLocked ? (await q.subnetLocked(s.netuid)).toString() : null,
            }
            if (want.owner === ss58(new Uint8Array(32))) want.owner = null
            expect({ netuid: s.netuid, owner: s.owner, lockCost: s.lockCost }).toEqual({ netuid: s.netuid, ...want })
            if (want.lockCost && want.lockCost !== '0') locks++
        }
        expect(locks).toBeGreaterThan(0)
    })

    it('one Registration row per NeuronRegistered event, field by field, with the burn paid', async () => {
        const expected: any[] = []
        const params: any[] = []
        for (let h = 1; h <= env().indexedHeight; h++) {
            const b = await readBlock(api, h)
            const at: any = await api.at(b.hash)
            for (const [index, r] of (b.events as any[]).entries()) {
                if (r.event.section !== 'subtensorModule') continue
                if (r.event.method === 'NeuronRegistered') {
                    const [netuid, uid, hotkey] = r.event.data
                    const ex = b.extrinsics[r.phase.asApplyExtrinsic.toNumber()]
                    const burned = JSON.stringify(ex.method.toHuman()).includes('"burnedRegister"')
                    const burn = burned ? (await at.query.subtensorModule.burn(netuid)).toString() : null
                    expected.push({
                        blockNumber: h,
                        eventIndex: index,
                        netuid: netuid.toNumber(),
                        uid: uid.toNumber(),
                        hotkey: ss58(hotkey),
                        burn,
                    })
                } else if (r.event.method.endsWith('Set') && r.event.method !== 'WeightsSet') {
                    params.push({ blockNumber: h, param: r.event.method.slice(0, -3) })
                }
            }
        }
        const indexed = await fetchAll(env().apiUrl, 'registrations', 'blockNumber eventIndex netuid uid hotkey burn')
        expect(indexed).toEqual(expected)
        expect(expected.filter((e) => e.burn != null && e.burn !== '0').length).toBeGreaterThan(0)
        const changes = await fetchAll(env().apiUrl, 'subnetParamChanges', 'blockNumber param netuid value')
        expect(changes.map(({ blockNumber, param }) => ({ blockNumber, param }))).toEqual(params)
        // every TempoSet names its subnet and the new tempo, as the chain's Tempo storage then holds it
        const tempos = changes.filter((c) => c.param === 'Tempo')
        expect(tempos.length).toBeGreaterThan(0)
        for (const t of tempos) {
            const at: any = await api.at(await api.rpc.chain.getBlockHash(t.blockNumber))
            expect({ ...t, value: JSON.parse(t.value) }).toEqual({
                ...t,
                value: (await at.query.subtensorModule.tempo(t.netuid)).toString(),
            })
        }
        // the scenario overfills a subnet, so some registrations must have replaced a holder
        const replaced = await gql(env().apiUrl, '{ registrationsConnection(where: { replacedHotkey_isNull: false }) { totalCount } }')
        expect(replaced.data.registrationsConnection.totalCount).toBeGreaterThan(0)
    })
})
