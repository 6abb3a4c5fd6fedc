import { freePort, spawnTs } from '../support/processes'
import { createDatabase, dbEnv, dropDatabase, testServer } from '../support/db'
import type { DbConfig } from '../../src/config'

/** Bad configuration must end the program with exit code 2 and one line that names the problem. */
async function runToExit(script: string, args: string[], env: Record<string, string>) {
    const p = spawnTs(script, args, env)
    const { code } = await p.exited
    return { code, lines: p.output().trim().split('\n') }
}

describe('bad configuration fails at start with one clear line', () => {
    let db: DbConfig
    beforeAll(async () => {
        db = await createDatabase('taoindex_cfg')
    })
    afterAll(async () => {
        await dropDatabase(db.database)
    })

    it('unreachable RPC endpoint', async () => {
        const port = await freePort()
        const r = await runToExit('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: `ws://127.0.0.1:${port}` })
        expect(r).toEqual({ code: 2, lines: [`taoindex: cannot reach the chain at RPC_ENDPOINT=ws://127.0.0.1:${port}: ECONNREFUSED`] })
    })

    it('malformed RPC endpoint', async () => {
        const r = await runToExit('src/main.ts', [], { ...dbEnv(db), RPC_ENDPOINT: '127.0.0.1:9944' })
        expect(r).toEqual({
            code: 2,
            lines: ['taoindex: RPC_ENDPOINT is not a URL: "127.0.0.1:9944" (expected ws://, wss://, http:// or https://)'],
        })
    })

    it('wrong database credentials', async () => {
        const s = testServer()
        const r = await runToExit('src/main.ts', [], { ...dbEnv(db), DB_USER: 'no_such_role' })
        expect(r).toEqual({
            code: 2,
            lines: [
                `taoindex: cannot connect to Postgres no_such_role@${s.host}:${s.port}/${db.database}: authentication failed (check DB_USER/DB_PASS)`,
            ],
        })
    })

    it('database server not listening', async () => {
        const port = await freePort()
        const r = await runToExit('src/api/main.ts', [], { ...dbEnv(db), DB_HOST: '127.0.0.1', DB_PORT: String(port) })
        expect(r).toEqual({
            code: 2,
            // the API logs in as its read-only role (API_DB_USER, default taoindex_api)
            lines: [
                `taoindex: cannot connect to Postgres taoindex_api@127.0.0.1:${port}/${db.database}: connection refused (is Postgres running? check DB_HOST/DB_PORT)`,
            ],
        })
    })

    it('missing chain spec for the devnet', async () => {
        const r = await runToExit('tools/devnet/main.ts', ['--genesis', '/nonexistent/spec.json'], {})
        expect(r.code).toBe(2)
        expect(r.lines).toHaveLength(1)
        expect(r.lines[0]).toContain('/nonexistent/spec.json')
    })
})
