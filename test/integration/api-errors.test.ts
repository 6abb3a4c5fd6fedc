/**
 * Bad input and requests over the limits get one clear GraphQL error each: never a 500, never a
 * stack trace, never data.
 */
import * as http from 'http'
import { getIntrospectionQuery } from 'graphql'
import { describeIntegration } from '../support/it-env'
import { gql } from '../support/graphql'
import { Client } from 'pg'
import { startApiServer } from '../../src/api/server'
import { readApiConfig } from '../../src/config'
import { dbEnv } from '../support/db'

/** The error messages of a response, after checking it is a clean client error. */
function messages(r: any): string[] {
    expect(r.status).toBeLessThan(500)
    expect(r.data ?? null).toBeNull()
    expect(JSON.stringify(r)).not.toMatch(/stack|\.ts:\d+|at [\w.]+ \(/)
    expect(r.errors?.length).toBeGreaterThan(0)
    return r.errors.map((e: any) => e.message)
}

/** A raw HTTP POST, for bodies fetch() would not send as asked (chunked). */
function rawPost(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: any }> {
    return new Promise((resolve, reject) => {
        const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
            let text = ''
            res.on('data', (d) => (text += d))
            res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }))
        })
        req.on('error', reject)
        req.end(body)
    })
}

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'

describeIntegration('API errors: bad input and limits', (env) => {
    const ask = (query: string, variables?: Record<string, unknown>) => gql(env().apiUrl, query, variables)

    it('bad ss58 addresses, in filters, lists and arguments', async () => {
        expect(messages(await ask(`{ stakeEvents(where: { coldkey_eq: "${ALICE.slice(0, -1)}x" }) { id } }`))).toEqual([
            `coldkey_eq: "${ALICE.slice(0, -1)}x" is not an ss58 address (prefix 42)`,
        ])
        // a valid address of another network (Polkadot, prefix 0) is refused too
        expect(
            messages(
                await ask(
                    `{ registrations(where: { hotkey_in: ["${ALICE}", "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5"] }) { id } }`,
                ),
            ),
        ).toEqual(['hotkey_in: "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5" is not an ss58 address (prefix 42)'])
        expect(messages(await ask(`{ coldkeyStake(coldkey: "0x1234") { netuid } }`))).toEqual([
            'coldkey: "0x1234" is not an ss58 address (prefix 42)',
        ])
    })

    it('negative limit, offset, first; negative netuid; a time window backwards', async () => {
        expect(messages(await ask('{ registrations(offset: -1) { id } }'))).toEqual(['offset must not be negative, got -1'])
        expect(messages(await ask('{ registrationsConnection(first: -3) { totalCount } }'))).toEqual(['first must not be negative, got -3'])
        expect(messages(await ask('{ stakeFlow(interval: DAY, limit: -5) { netuid } }'))).toEqual(['limit must not be negative, got -5'])
        expect(messages(await ask('{ validatorsByStake(netuid: -1) { hotkey } }'))).toEqual(['netuid must not be negative, got -1'])
        expect(messages(await ask('{ registrationsPerDay(from: "2025-02-02T00:00:00Z", to: "2025-02-01T00:00:00Z") { day } }'))).toEqual([
            'from (2025-02-02T00:00:00.000Z) is after to (2025-02-01T00:00:00.000Z)',
        ])
        expect(messages(await ask('{ stakeEventsConnection(after: "abc") { totalCount } }'))).toEqual([
            'after: "abc" is not a cursor returned by this API',
        ])
    })

    it('page too large, on lists, connections and aggregates', async () => {
        expect(messages(await ask('{ stakeEvents(limit: 1001) { id } }'))).toEqual(['limit must be at most 1000, got 1001'])
        expect(messages(await ask('{ registrationsConnection(first: 5000) { totalCount } }'))).toEqual([
            'first must be at most 1000, got 5000',
        ])
        expect(messages(await ask('{ validatorsByStake(netuid: 1, limit: 100000) { hotkey } }'))).toEqual([
            'limit must be at most 1000, got 100000',
        ])
    })

    it('unknown fields, filters, orderings, arguments and enum values', async () => {
        // graphql-js may append "Did you mean ...?": the message must start with the reason
        const startsWith = async (query: string, reason: string) => {
            const m = messages(await ask(query))
            expect(m).toHaveLength(1)
            expect(m[0].startsWith(reason)).toBe(true)
        }
        await startsWith('{ stakeEvents { id nope } }', 'Cannot query field "nope" on type "StakeEvent".')
        await startsWith('{ stakeEvents(where: { nope_eq: 1 }) { id } }', 'Field "nope_eq" is not defined by type "StakeEventWhereInput".')
        await startsWith('{ stakeEvents(orderBy: [nope_ASC]) { id } }', 'Value "nope_ASC" does not exist in "StakeEventOrderByInput" enum.')
        await startsWith('{ stakeEvents(first: 3) { id } }', 'Unknown argument "first" on field "Query.stakeEvents".')
        await startsWith('{ stakeFlow(interval: WEEK) { netuid } }', 'Value "WEEK" does not exist in "TimeBucket" enum.')
        await startsWith('{ noSuchList { id } }', 'Cannot query field "noSuchList" on type "Query".')
        // a filter the field's type does not have (no _gt on an account)
        await startsWith(
            `{ stakeEvents(where: { coldkey_gt: "${ALICE}" }) { id } }`,
            'Field "coldkey_gt" is not defined by type "StakeEventWhereInput".',
        )
    })

    it('wrong types: literals and variables', async () => {
        expect(messages(await ask('{ stakeEvents(limit: "ten") { id } }'))).toEqual(['Int cannot represent non-integer value: "ten"'])
        expect(messages(await ask('{ stakeEvents(where: { blockNumber_gt: 1.5 }) { id } }'))).toEqual([
            'Int cannot represent non-integer value: 1.5',
        ])
        expect(messages(await ask('{ stakeEvents(where: { taoAmount_gt: "1e9" }) { id } }'))).toEqual([
            'BigInt must be a string of digits, got "1e9"',
        ])
        expect(messages(await ask('{ stakeEvents(where: { timestamp_gt: "yesterday" }) { id } }'))).toEqual([
            'DateTime must be an ISO 8601 string, got "yesterday"',
        ])
        expect(messages(await ask('query($n: Int) { stakeEvents(limit: $n) { id } }', { n: 'x' }))).toEqual([
            'Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"',
        ])
        expect(messages(await ask('query($c: String!) { coldkeyStake(coldkey: $c) { netuid } }', {}))).toEqual([
            'Variable "$c" of required type "String!" was not provided.',
        ])
    })

    it('query depth: the standard introspection query passes, one level deeper does not', async () => {
        const intro = await ask(getIntrospectionQuery())
        expect(intro.errors).toBeUndefined()
        expect(intro.data.__schema.types.length).toBeGreaterThan(50)
        // 16 levels: __schema > types > fields > type > 12 x ofType > name
        const deep = `{ __schema { types { fields { type { ${'ofType { '.repeat(11)}name${' }'.repeat(11)} } } } } }`
        expect(messages(await ask(deep))).toEqual(['query depth 16 exceeds the limit of 15'])
        // fragments are followed, not a way around the limit
        const viaFragment = `query { __schema { types { ...F } } } fragment F on __Type { fields { type { ${'ofType { '.repeat(11)}name${' }'.repeat(11)} } } }`
        expect(messages(await ask(viaFragment))).toEqual(['query depth 16 exceeds the limit of 15'])
    })

    it('query complexity: a full page passes, many full pages in one request do not', async () => {
        const fields = 'id blockNumber blockHash timestamp kind coldkey hotkey netuid taoAmount alphaAmount fee'
        const one = await ask(`{ stakeEvents { ${fields} } }`)
        expect(one.errors).toBeUndefined()
        // 5 aliases x 1000 rows x 11 fields: 55005
        const many = `{ ${[1, 2, 3, 4, 5].map((i) => `a${i}: stakeEvents { ${fields} }`).join(' ')} }`
        expect(messages(await ask(many))).toEqual([
            'query complexity 55005 exceeds the limit of 50000 (each list costs its page size times the fields selected in it: ask for fewer rows or fields, or split the query)',
        ])
        // the page size counts, also when it is a variable: the same query with limit 100 passes
        const small = await ask(
            `query($n: Int) { ${[1, 2, 3, 4, 5].map((i) => `a${i}: stakeEvents(limit: $n) { ${fields} }`).join(' ')} }`,
            { n: 100 },
        )
        expect(small.errors).toBeUndefined()
        expect(small.data.a1.length).toBeGreaterThan(0)
    })

    it('statement timeout: a query held up longer than API_STATEMENT_TIMEOUT_MS gets an error that says so', async () => {
        // an API of its own with a 300 ms timeout, and a lock that holds its query up
        const api = await startApiServer({ port: 0, db: readApiConfig(dbEnv(env().db)).db, statementTimeoutMs: 300 })
        const locker = new Client(env().db)
        await locker.connect()
        try {
            await locker.query('BEGIN')
            await locker.query('LOCK TABLE stake_event IN ACCESS EXCLUSIVE MODE')
            const started = Date.now()
            const r = await gql(api.url, '{ stakeFlow(interval: DAY) { netuid } }')
            expect(Date.now() - started).toBeLessThan(5000)
            expect(messages(r)).toEqual([
                'the query took longer than the statement timeout of 300 ms: narrow it (where, limit) or split it',
            ])
            expect(r.errors[0].extensions).toEqual({ code: 'STATEMENT_TIMEOUT' })
            await locker.query('ROLLBACK')
            // the same query without the lock is answered
            const ok = await gql(api.url, '{ stakeFlow(interval: DAY) { netuid } }')
            expect(ok.errors).toBeUndefined()
            expect(ok.data.stakeFlow.length).toBeGreaterThan(0)
        } finally {
            await locker.end()
            await api.close()
        }
    })

    it('request size: a body over 100 kB gets 413, a body without Content-Length 411, both as GraphQL errors', async () => {
        const big = JSON.stringify({ query: `{ stakeEvents(limit: 1) { id } }${' '.repeat(100_001)}` })
        const r = await fetch(env().apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big })
        expect(r.status).toBe(413)
        expect(await r.json()).toEqual({
            errors: [
                {
                    message: `request body of ${Buffer.byteLength(big)} bytes exceeds the limit of 100000 bytes`,
                    extensions: { code: 'REQUEST_TOO_LARGE' },
                },
            ],
        })
        const chunked = await rawPost(env().apiUrl, JSON.stringify({ query: '{ stakeEvents(limit: 1) { id } }' }), {
            'transfer-encoding': 'chunked',
        })
        expect(chunked).toEqual({
            status: 411,
            body: {
                errors: [
                    {
                        message: 'request body without Content-Length: send the body with a Content-Length header',
                        extensions: { code: 'REQUEST_TOO_LARGE' },
                    },
                ],
            },
        })
        // just under the limit is served
        const fits = JSON.stringify({ query: `{ stakeEvents(limit: 1) { id } }${' '.repeat(99_000)}` })
        const ok = await fetch(env().apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: fits })
        expect(ok.status).toBe(200)
        expect(((await ok.json()) as any).data.stakeEvents).toHaveLength(1)
    })
})
