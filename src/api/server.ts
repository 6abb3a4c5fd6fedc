import 'reflect-metadata'
import * as http from 'http'
import { AddressInfo } from 'net'
import { Pool } from 'pg'
import { createYoga } from 'graphql-yoga'
import { buildSchema } from 'type-graphql'
import { GraphQLSchema } from 'graphql'
import { DbConfig } from '../config'
import * as model from '../model'
import { buildEntityApi } from './listing'
import { loadEntitySpecs } from './entities'
import { buildCustomResolvers } from './custom'

export interface ApiServer {
    url: string
    port: number
    close(): Promise<void>
}

let schemaPromise: Promise<GraphQLSchema> | undefined
let currentPool: Pool | undefined

/** type-graphql keeps decorator metadata globally, so the schema is built once per process. */
function getSchema(): Promise<GraphQLSchema> {
    schemaPromise ??= (() => {
        const enums: Record<string, object> = {}
        for (const [k, v] of Object.entries(model)) if (typeof v === 'object') enums[k] = v as object
        const resolvers = [
            ...loadEntitySpecs(enums).map((spec) => buildEntityApi(spec, () => currentPool!)),
            ...buildCustomResolvers(() => currentPool!),
        ]
        return buildSchema({ resolvers: resolvers as [Function, ...Function[]], validate: false })
    })()
    return schemaPromise
}

export async function startApiServer(opts: { port: number; db: DbConfig; statementTimeoutMs?: number }): Promise<ApiServer> {
    const pool = new Pool({
        host: opts.db.host,
        port: opts.db.port,
        database: opts.db.database,
        user: opts.db.user,
        password: opts.db.password,
        max: 10,
        // The API only reads: every session is read-only, and no query runs away with the database.
        options: `-c default_transaction_read_only=on -c statement_timeout=${opts.statementTimeoutMs ?? 10_000}`,
    })
    currentPool = pool
    const schema = await getSchema()
    const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: true, landingPage: false })
    const server = http.createServer(yoga)
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(opts.port, '0.0.0.0', () => resolve())
    })
    const port = (server.address() as AddressInfo).port
    return {
        port,
        url: `http://127.0.0.1:${port}/graphql`,
        async close() {
            const closed = new Promise<void>((resolve) => server.close(() => resolve()))
            server.closeAllConnections()
            await closed
            await pool.end()
        },
    }
}
