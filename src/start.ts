/**
 * `npm start`: the indexer and the GraphQL API together, as two child processes (the same split as
 * docker-compose.yml), sharing this terminal. Either one failing stops both.
 */
import { ChildProcess, spawn } from 'child_process'
import * as path from 'path'

const children: ChildProcess[] = []
let stopping = false

function run(entry: string): ChildProcess {
    const child = spawn(process.execPath, [...process.execArgv, path.join(__dirname, entry)], { stdio: 'inherit', env: process.env })
    child.on('exit', (code, signal) => {
        if (stopping) return
        console.error(`taoindex: ${entry} exited (${signal ?? code}); stopping`)
        stop(typeof code === 'number' && code !== 0 ? code : 1)
    })
    children.push(child)
    return child
}

function stop(code: number) {
    stopping = true
    for (const c of children) if (c.exitCode == null) c.kill('SIGTERM')
    Promise.all(children.map((c) => (c.exitCode != null ? null : new Promise((r) => c.once('exit', r))))).then(() => process.exit(code))
}

const ext = path.extname(__filename)
run(`main${ext}`)
run(`api/main${ext}`)
process.once('SIGINT', () => stop(0))
process.once('SIGTERM', () => stop(0))
