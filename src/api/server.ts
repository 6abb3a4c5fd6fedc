import 'reflect-metadata'
import * as http from 'http'
import { AddressInfo } from 'net'
import { Pool } from 'pg'
import { createPubSub, createYoga } from 'graphql-yoga'
import { buildSchema } from 'type-graphql'
import { GraphQLSchema } from 'graphql'
import { DbConfig } from '../config'
import * as model from '../model'
import { buildEntityApi } from './listing'
import { loadEntitySpecs } from './entities'
import { buildCustomResolvers } from './custom'
import { IndexedNotifier, readIndexerStatus } from './live'
import { createApiMetrics } from './metrics'
import { WebSocketServer } from 'ws'
import { useServer } from 'graphql-ws/lib/use/ws'

export interface ApiServer {
    url: string
    port: number
    close(): Promise<void>
}

let schemaPromise: Promise<GraphQLSchema> | undefined
let currentPool: Pool | undefined
let currentNotifier: IndexedNotifier | undefined

/** Entities whose lists can also be subscribed to. */
const LIVE_ENTITIES = new Set(['StakeEvent', 'WeightSet', 'Epoch', 'Registration', 'NeuronEpoch', 'SubnetEmission'])

const live = {
    currentHeight: async () => (await readIndexerStatus(currentPool!))?.headHeight ?? -1,
    heights: () => currentNotifier!.heights(),
}

/** type-graphql keeps decorator metadata globally, so the schema is built once per process. */
function getSchema(): Promise<GraphQLSchema> {
    schemaPromise ??= (() => {
        const enums: Record<string, object> = {}
        for (const [k, v] of Object.entries(model)) if (typeof v === 'object') enums[k] = v as object
        const resolvers = [
            ...loadEntitySpecs(enums).map((spec) => buildEntityApi(spec, () => currentPool!, LIVE_ENTITIES.has(spec.name) ? live : undefined)),
            ...buildCustomResolvers(() => currentPool!, live),
        ]
        // subscriptions bring their own `subscribe`; type-graphql still insists on a PubSub object
        return buildSchema({ resolvers: resolvers as [Function, ...Function[]], validate: false, pubSub: createPubSub() })
    })()
    return schemaPromise
}

export async function startApiServer(opts: { port: number; db: DbConfig; statementTimeoutMs?: number; livePollMs?: number }): Promise<ApiServer> {
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
    const notifier = new IndexedNotifier()
    await notifier.start(opts.db, opts.livePollMs)
    currentNotifier = notifier
    const schema = await getSchema()
    // Subscriptions: server-sent events through yoga itself, and graphql-ws over WebSocket on the same path.
    const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: { subscriptionsProtocol: 'WS' }, landingPage: false })
    const metrics = createApiMetrics(async () => (await readIndexerStatus(pool))?.headHeight ?? -1)
    const server = http.createServer(metrics.handler(yoga as unknown as http.RequestListener))
    const wss = new WebSocketServer({ server, path: '/graphql' })
    const wsCleanup = useServer(
        {
            execute: (args: any) => args.rootValue.execute(args),
            subscribe: (args: any) => args.rootValue.subscribe(args),
            onConnect: () => {
                metrics.wsOpened()
            },
            onClose: () => {
                metrics.wsClosed()
            },
            onSubscribe: async (ctx, msg) => {
                const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({ ...ctx, req: ctx.extra.request, socket: ctx.extra.socket, params: msg.payload })
                const args = {
                    schema,
                    operationName: msg.payload.operationName,
                    document: parse(msg.payload.query),
                    variableValues: msg.payload.variables,
                    contextValue: await contextFactory(),
                    rootValue: { execute, subscribe },
                }
                const errors = validate(args.schema, args.document)
                if (errors.length) return errors
                return args
            },
        },
        wss,
    )
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(opts.port, '0.0.0.0', () => resolve())
    })
    const port = (server.address() as AddressInfo).port
    return {
        port,
        url: `http://127.0.0.1:${port}/graphql`,
        async close() {
            await wsCleanup.dispose()
            wss.close()
            await notifier.close()
            const closed = new Promise<void>((resolve) => server.close(() => resolve()))
            server.closeAllConnections()
            await closed
            await pool.end()
        },
    }
}
