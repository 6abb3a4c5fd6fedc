/**
 * Each dashboard aggregate equals the same numbers computed by a hand-written SQL query here
 * (written differently from the API's: text buckets, CASE sums, ranks counted in the test).
 */
import { Client } from 'pg'
import { describeIntegration } from '../support/it-env'
import { gql } from '../support/graphql'

describeIntegration('dashboard aggregates equal hand-written SQL', (env) => {
    let c: Client
    const rows = async (sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows
    const api = async (query: string) => {
        const r = await gql(env().apiUrl, query)
        if (r.errors) throw new Error(JSON.stringify(r.errors))
        return r.data
    }

    beforeAll(async () => {
        c = new Client(env().db)
        await c.connect()
    })
    afterAll(async () => {
        await c?.end()
    })

    /** stake flow by hand: bucket = the UTC time text cut to the hour or day */
    async function flowBySql(textFormat: string, extra = '', params: unknown[] = []) {
        return (
            await rows(
                `SELECT netuid, to_char("timestamp" AT TIME ZONE 'UTC', '${textFormat}') AS bucket,
                    sum(CASE WHEN kind = 'ADD' THEN tao_amount ELSE 0 END)::text AS tin,
                    sum(CASE WHEN kind = 'REMOVE' THEN tao_amount ELSE 0 END)::text AS tout,
                    sum(CASE WHEN kind = 'ADD' THEN 1 ELSE 0 END)::int AS adds,
                    sum(CASE WHEN kind = 'REMOVE' THEN 1 ELSE 0 END)::int AS removes
                 FROM stake_event WHERE (kind = 'ADD' OR kind = 'REMOVE') ${extra}
                 GROUP BY netuid, bucket ORDER BY bucket, netuid`,
                params,
            )
        ).map((r) => ({
            netuid: r.netuid,
            bucket: r.bucket,
            taoIn: r.tin,
            taoOut: r.tout,
            netFlow: (BigInt(r.tin) - BigInt(r.tout)).toString(),
            adds: r.adds,
            removes: r.removes,
        }))
    }
    const FLOW = 'netuid bucketStart taoIn taoOut netFlow adds removes'
    // ISO bucket start -> the same text the SQL above groups by
    const asText = (iso: string, interval: 'HOUR' | 'DAY') =>
        interval === 'HOUR' ? `${iso.slice(0, 10)} ${iso.slice(11, 13)}` : iso.slice(0, 10)
    const flowRows = (got: any[], interval: 'HOUR' | 'DAY') =>
        got.map(({ bucketStart, ...r }) => {
            // a bucket starts exactly on the hour / at midnight UTC
            expect(bucketStart).toMatch(interval === 'HOUR' ? /T\d\d:00:00\.000Z$/ : /T00:00:00\.000Z$/)
            return { ...r, bucket: asText(bucketStart, interval) }
        })

    it('stakeFlow per subnet per hour and per day, all subnets and one, with a time window and pages', async () => {
        const hourly = await flowBySql('YYYY-MM-DD HH24')
        const daily = await flowBySql('YYYY-MM-DD')
        const d = await api(`{ h: stakeFlow(interval: HOUR) { ${FLOW} } d: stakeFlow(interval: DAY) { ${FLOW} } }`)
        expect(flowRows(d.h, 'HOUR')).toEqual(hourly)
        expect(flowRows(d.d, 'DAY')).toEqual(daily)
        // the devnet's flows are spread over several subnets; both directions occur
        expect(new Set(hourly.map((r) => r.netuid)).size).toBeGreaterThanOrEqual(3)
        expect(hourly.some((r) => r.removes > 0) && hourly.some((r) => r.adds > 0)).toBe(true)

        const netuid = hourly.find((r) => r.netuid > 0)!.netuid
        const [w] = await rows(`SELECT min("timestamp") AS a, max("timestamp") AS b FROM stake_event WHERE netuid = $1`, [netuid])
        const from = w.a.toISOString()
        const to = w.b.toISOString() // exclusive: events at the last moment are left out
        const windowed = await flowBySql('YYYY-MM-DD HH24', `AND netuid = $1 AND "timestamp" >= $2 AND "timestamp" < $3`, [
            netuid,
            from,
            to,
        ])
        const one = await api(`{ stakeFlow(interval: HOUR, netuid: ${netuid}, from: "${from}", to: "${to}") { ${FLOW} } }`)
        expect(flowRows(one.stakeFlow, 'HOUR')).toEqual(windowed)
        expect(windowed.length).toBeGreaterThan(0)
        expect(windowed).not.toEqual(hourly.filter((r) => r.netuid === netuid)) // the window really cut something

        const paged = await api(`{ stakeFlow(interval: HOUR, limit: 2, offset: 1) { ${FLOW} } }`)
        expect(flowRows(paged.stakeFlow, 'HOUR')).toEqual(hourly.slice(1, 3))
    })

    it('registrationsPerDay: count and burn (total, min, max) per subnet per day', async () => {
        const want = (
            await rows(`
                WITH r AS (SELECT netuid, to_char("timestamp" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, burn FROM registration)
                SELECT r.netuid, r.day, count(*)::int AS n,
                    sum(CASE WHEN r.burn IS NULL THEN 0 ELSE 1 END)::int AS burned,
                    sum(coalesce(r.burn, 0))::text AS total,
                    (SELECT b.burn::text FROM r b WHERE b.netuid = r.netuid AND b.day = r.day AND b.burn IS NOT NULL ORDER BY b.burn ASC LIMIT 1) AS lo,
                    (SELECT b.burn::text FROM r b WHERE b.netuid = r.netuid AND b.day = r.day AND b.burn IS NOT NULL ORDER BY b.burn DESC LIMIT 1) AS hi
                FROM r GROUP BY r.netuid, r.day ORDER BY r.day, r.netuid`)
        ).map((r) => ({
            netuid: r.netuid,
            day: r.day,
            registrations: r.n,
            burnedRegistrations: r.burned,
            totalBurn: r.total,
            minBurn: r.lo,
            maxBurn: r.hi,
        }))
        const d = await api(`{ registrationsPerDay { netuid day registrations burnedRegistrations totalBurn minBurn maxBurn } }`)
        expect(d.registrationsPerDay.map((r: any) => ({ ...r, day: r.day.slice(0, 10) }))).toEqual(want)
        expect(want.some((r) => r.burnedRegistrations > 0)).toBe(true)
        expect(want.some((r) => r.burnedRegistrations < r.registrations)).toBe(true) // non-burned methods counted too

        const netuid = want.find((r) => r.burnedRegistrations > 0)!.netuid
        const one = await api(`{ registrationsPerDay(netuid: ${netuid}) { netuid registrations totalBurn } }`)
        expect(one.registrationsPerDay).toEqual(
            want.filter((r) => r.netuid === netuid).map((r) => ({ netuid, registrations: r.registrations, totalBurn: r.totalBurn })),
        )
    })

    it('validatorsByStake ranks the hotkeys of every subnet by the stake on them now (hotkeys whose positions hold 0 alpha are not ranked)', async () => {
        const netuids = (await rows(`SELECT DISTINCT netuid FROM stake_position ORDER BY netuid`)).map((r) => r.netuid)
        expect(netuids.length).toBeGreaterThanOrEqual(3)
        let ranked = 0
        for (const netuid of netuids) {
            const stakes = await rows(
                `SELECT p.hotkey, sum(p.alpha)::text AS stake, count(*)::int AS stakers,
                    (SELECT n.uid FROM neuron n WHERE n.netuid = p.netuid AND n.hotkey = p.hotkey AND n.deregistered_at_block IS NULL ORDER BY n.uid LIMIT 1) AS uid
                 FROM stake_position p WHERE p.netuid = $1 GROUP BY p.hotkey, p.netuid HAVING sum(p.alpha) <> 0 ORDER BY sum(p.alpha) DESC, p.hotkey`,
                [netuid],
            )
            // rank = 1 + hotkeys with strictly more stake
            const want = stakes.map((s) => ({
                rank: 1 + stakes.filter((o) => BigInt(o.stake) > BigInt(s.stake)).length,
                hotkey: s.hotkey,
                netuid,
                uid: s.uid,
                stake: s.stake,
                stakers: s.stakers,
            }))
            const d = await api(`{ validatorsByStake(netuid: ${netuid}) { rank hotkey netuid uid stake stakers } }`)
            expect({ netuid, got: d.validatorsByStake }).toEqual({ netuid, got: want })
            if (want.length > 1) ranked++
        }
        expect(ranked).toBeGreaterThanOrEqual(2)
        // a page of the ranking keeps the ranks of the whole list
        const netuid = netuids[netuids.length - 1]
        const all = (await api(`{ validatorsByStake(netuid: ${netuid}) { rank hotkey } }`)).validatorsByStake
        const page = (await api(`{ validatorsByStake(netuid: ${netuid}, limit: 1, offset: 1) { rank hotkey } }`)).validatorsByStake
        expect(page).toEqual(all.slice(1, 2))
    })
})
