import 'reflect-metadata'
import * as http from 'http'
import { AddressInfo } from 'net'
import { Pool } from 'pg'
import { createPubSub, createYoga } from 'graphql-yoga'
import { buildSchema } from 'type-graphql'
import { GraphQLSchema } from 'graphql'
import { DbConfig } from '../config'
import * as model from '../model'
import { buildEntityApi, type ResolverClass } from './listing'
import { loadEntitySpecs } from './entities'
import { buildCustomResolvers } from './custom'
import { buildTimeSeriesResolvers } from './timeseries'
import { buildEarningsResolvers } from './earnings'
import { API_APPLICATION_NAME, IndexedNotifier, readIndexerStatus } from './live'
import { createApiMetrics } from './metrics'
import { WebSocketServer } from 'ws'
import { useServer } from 'graphql-ws/lib/use/ws'
import { buildAggregateResolvers } from './aggregates'
import { clientFacingError, LIMITS, refuseLargeRequest, useQueryLimits } from './limits'

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
            ...loadEntitySpecs(enums).map((spec) =>
                buildEntityApi(spec, () => currentPool!, LIVE_ENTITIES.has(spec.name) ? live : undefined),
            ),
            ...buildCustomResolvers(() => currentPool!, live),
            ...buildTimeSeriesResolvers(() => currentPool!),
            ...buildEarningsResolvers(() => currentPool!),
            ...buildAggregateResolvers(() => currentPool!),
        ]
        // subscriptions bring their own `subscribe`; type-graphql still insists on a PubSub object
        return buildSchema({ resolvers: resolvers as [ResolverClass, ...ResolverClass[]], validate: false, pubSub: createPubSub() })
    })()
    return schemaPromise
}

/** `db` should be the read-only API role (readApiConfig); the sessions are read-only in any case. */
export async function startApiServer(opts: {
    port: number
    db: DbConfig
    statementTimeoutMs?: number
    livePollMs?: number
}): Promise<ApiServer> {
    const statementTimeoutMs = opts.statementTimeoutMs ?? 10_000
    const pool = new Pool({
        host: opts.db.host,
        port: opts.db.port,
        database: opts.db.database,
        user: opts.db.user,
        password: opts.db.password,
        max: 10,
        application_name: API_APPLICATION_NAME,
        // The API only reads: every session is read-only, and no query runs away with the database.
        options: `-c default_transaction_read_only=on -c statement_timeout=${statementTimeoutMs}`,
    })
    // an idle session ended by the server (restart, admin) must not take the process down
    pool.on('error', (e) => console.error(`taoindex api: a Postgres session failed: ${e.message}`))
    currentPool = pool
    const notifier = new IndexedNotifier()
    await notifier.start(opts.db, opts.livePollMs)
    currentNotifier = notifier
    const schema = await getSchema()
    // Subscriptions: server-sent events through yoga itself, and graphql-ws over WebSocket on the same path.
    const yoga = createYoga({
        schema,
        graphqlEndpoint: '/graphql',
        graphiql: { subscriptionsProtocol: 'WS' },
        landingPage: false,
        plugins: [useQueryLimits()],
        maskedErrors: { maskError: clientFacingError(statementTimeoutMs), isDev: false },
    })
    const metrics = createApiMetrics(async () => (await readIndexerStatus(pool))?.height ?? -1)
    const server = http.createServer(
        metrics.handler((req, res) => {
            if (!refuseLargeRequest(req, res)) yoga(req, res)
        }),
    )
    // a larger WebSocket message closes that connection (code 1009)
    const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: LIMITS.maxBodyBytes })
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
                const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
                    ...ctx,
                    req: ctx.extra.request,
                    socket: ctx.extra.socket,
                    params: msg.payload,
                })
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
