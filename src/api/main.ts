import { readApiConfig } from '../config'
import { runMain } from '../util/cli'
import { checkDatabase } from '../preflight'
import { startApiServer } from './server'

async function main() {
    const config = readApiConfig()
    await checkDatabase(config.db)
    const server = await startApiServer({ port: config.port, db: config.db, livePollMs: config.livePollMs })
    console.log(`taoindex API listening on http://localhost:${server.port}/graphql (GraphiQL in a browser)`)
    const stop = () => server.close().then(() => process.exit(0))
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
}

runMain(main)
