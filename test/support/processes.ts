import { ChildProcess, spawn } from 'child_process'
import * as net from 'net'
import * as path from 'path'

export const ROOT = path.resolve(__dirname, '../..')

export async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const srv = net.createServer()
        srv.once('error', reject)
        srv.listen(0, '127.0.0.1', () => {
            const port = (srv.address() as net.AddressInfo).port
            srv.close(() => resolve(port))
        })
    })
}

export interface Spawned {
    child: ChildProcess
    /** everything written to stdout and stderr so far */
    output(): string
    /** resolves with the first stdout/stderr line matching `re`; rejects if the process exits first */
    waitFor(re: RegExp, timeoutMs: number): Promise<RegExpExecArray>
    exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
    stop(signal?: NodeJS.Signals): Promise<void>
}

/** Runs a TypeScript entry point of this repository the way `npm run` does (ts-node, transpile only). */
export function spawnTs(script: string, args: string[], env: Record<string, string>, nodeArgs: string[] = []): Spawned {
    return spawnCommand(
        process.execPath,
        [...nodeArgs, '-r', 'ts-node/register/transpile-only', path.join(ROOT, script), ...args],
        env,
        script,
    )
}

/**
 * Runs any command in the repository root. With `group`, the command leads its own process group and
 * stop() signals the whole group (npm does not pass SIGTERM on to the script it runs).
 */
export function spawnCommand(command: string, args: string[], env: Record<string, string>, label = command, group = false): Spawned {
    const script = label
    const child = spawn(command, args, {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: group,
    })
    const kill = (signal: NodeJS.Signals) => {
        if (group && child.pid) {
            try {
                process.kill(-child.pid, signal)
            } catch {
                // the group has already exited
            }
        } else child.kill(signal)
    }
    let out = ''
    const listeners = new Set<() => void>()
    const onData = (d: Buffer) => {
        out += d.toString()
        for (const l of listeners) l()
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.once('exit', (code, signal) => {
            resolve({ code, signal })
            for (const l of listeners) l()
        }),
    )
    let done = false
    exited.then(() => (done = true))
    return {
        child,
        output: () => out,
        exited,
        waitFor(re, timeoutMs) {
            return new Promise((resolve, reject) => {
                const timer = setTimeout(
                    () => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${re} from ${script}:\n${out.slice(-3000)}`)),
                    timeoutMs,
                )
                const check = () => {
                    const m = re.exec(out)
                    if (m) return finish(undefined, m)
                    if (done || child.exitCode != null)
                        finish(new Error(`${script} exited (code ${child.exitCode}) before printing ${re}:\n${out.slice(-3000)}`))
                }
                const finish = (err?: Error, m?: RegExpExecArray) => {
                    clearTimeout(timer)
                    listeners.delete(check)
                    if (err) reject(err)
                    else resolve(m!)
                }
                listeners.add(check)
                check()
            })
        },
        async stop(signal = 'SIGTERM') {
            if (child.exitCode != null || child.signalCode != null) return
            kill(signal)
            const killer = setTimeout(() => kill('SIGKILL'), 10_000)
            await exited
            clearTimeout(killer)
        },
    }
}
