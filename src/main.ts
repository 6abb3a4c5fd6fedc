import { TypeormDatabase } from '@subsquid/typeorm-store'
import { createLogger } from '@subsquid/logger'
import { exportDbEnv, readProcessorConfig } from './config'
import { runMain } from './util/cli'
import { createProcessor } from './processor'
import { applyMigrations, enableRoleLogin } from './db/migrate'
import { applySchemaComments } from './db/comments'
import { checkDatabase, checkRpc, checkState, firstBlockToIndex } from './preflight'
import { createHandler } from './handler'
import { registerMetrics } from './util/metrics'
import { retryMalformedRpcResponses } from './sqd/rpc-retry'
import { logLagToHead } from './progress'

const log = createLogger('taoindex:processor')

async function main() {
    const config = readProcessorConfig()
    await checkDatabase(config.db)
    const chain = await checkRpc(config.rpcEndpoint)
    const first = await firstBlockToIndex(config.db, config.startBlock)
    await checkState(config.rpcEndpoint, first.height, first.where)
    log.info(`chain "${chain.chain}" at runtime spec ${chain.specVersion} via ${config.rpcEndpoint}`)
    const applied = await applyMigrations(config.db)
    if (applied.length) log.info(`applied migrations: ${applied.join(', ')}`)
    await applySchemaComments(config.db)
    if (config.analystPassword) await enableRoleLogin(config.db, 'taoindex_analyst', config.analystPassword)
    // the GraphQL API logs in as this read-only role (see readApiConfig)
    await enableRoleLogin(config.db, 'taoindex_api', config.apiDbPassword)

    exportDbEnv(config.db)

    retryMalformedRpcResponses()
    logLagToHead()
    const processor = createProcessor(config)
    if (!registerMetrics(processor).registered)
        log.warn('taoindex_* metrics not served: this SQD version keeps its Prometheus registry elsewhere')
    const db = new TypeormDatabase({ supportHotBlocks: true })
    processor.run(db, createHandler())
}

runMain(main)
