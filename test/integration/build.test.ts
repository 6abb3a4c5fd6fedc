/**
 * The compiled product as users and SQD's own tooling run it: `npm run build` writes lib/ in SQD's
 * layout (lib/main.js, lib/model, lib/api/main.js) with nothing of tools/ or test/ in it, SQD's
 * `squid-typeorm-migration apply` builds the same schema as the processor's own migration step,
 * and the compiled processor starts (and reports bad configuration) like the TypeScript one.
 * (`npm start`, which runs the compiled processor and API, is exercised by ops-zero-setup.test.ts.)
 */
import * as fs from 'fs'
import * as path from 'path'
import { Client } from 'pg'
import { describeIntegration } from '../support/it-env'
import { createDatabase, dbEnv, dropDatabase } from '../support/db'
import { ROOT, spawnCommand } from '../support/processes'
import type { DbConfig } from '../../src/config'

async function run(command: string, args: string[], env: Record<string, string>) {
    const p = spawnCommand(command, args, env)
    const { code } = await p.exited
    return { code, output: p.output() }
}

/** tables, views, their columns and the functions of the public schema */
async function schemaOf(db: DbConfig): Promise<string[]> {
    const c = new Client(db)
    await c.connect()
    try {
        const columns = await c.query(`
            SELECT t.table_type || ' ' || c.table_name || '.' || c.column_name || ' ' || c.data_type AS d
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND c.table_name <> 'migrations'`)
        const routines = await c.query(
            `SELECT 'FUNCTION ' || routine_name AS d FROM information_schema.routines WHERE routine_schema = 'public'`,
        )
        const indexes = await c.query(
            `SELECT 'INDEX ' || indexname AS d FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'migrations'`,
        )
        return [...columns.rows, ...routines.rows, ...indexes.rows].map((r) => r.d).sort()
    } finally {
        await c.end()
    }
}

describeIntegration('the compiled product', (env) => {
    let db: DbConfig
    beforeAll(async () => {
        db = await createDatabase('taoindex_build')
    })
    afterAll(async () => {
        if (db) await dropDatabase(db.database)
    })

    it('npm run build writes lib/ in SQD layout, product only', async () => {
        const r = await run('npm', ['run', 'build', '--silent'], {})
        expect(r).toEqual({ code: 0, output: '' })
        for (const f of ['main.js', 'model/index.js', 'api/main.js', 'start.js', 'rewind.js']) {
            expect(fs.existsSync(path.join(ROOT, 'lib', f))).toBe(true)
        }
        for (const d of ['devnet', 'bench', 'tools', 'test', 'src']) expect(fs.existsSync(path.join(ROOT, 'lib', d))).toBe(false)
    }, 120_000)

    it("SQD's squid-typeorm-migration apply builds the schema the processor builds", async () => {
        const r = await run('npx', ['squid-typeorm-migration', 'apply'], dbEnv(db))
        expect(r.code).toBe(0)
        const applied = await schemaOf(db)
        expect(applied.length).toBeGreaterThan(100)
        expect(applied).toEqual(await schemaOf(env().db))
    }, 120_000)

    it('the compiled processor reports bad configuration in one line, exit code 2', async () => {
        const r = await run(process.execPath, ['lib/main.js'], { ...dbEnv(db), RPC_ENDPOINT: '127.0.0.1:9944' })
        expect({ code: r.code, lines: r.output.trim().split('\n') }).toEqual({
            code: 2,
            lines: ['taoindex: RPC_ENDPOINT is not a URL: "127.0.0.1:9944" (expected ws://, wss://, http:// or https://)'],
        })
    }, 60_000)
})
