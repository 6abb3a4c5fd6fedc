import { ConfigError } from '../config'
import { PreflightError } from '../preflight'

/**
 * A child of `npm start` (spawned with an IPC channel) ends when its parent is gone, even when the
 * parent was killed with SIGKILL and could not stop it: it must not outlive the embedded database
 * or hold the API port.
 */
export function exitWithParent(): void {
    if (process.send) process.once('disconnect', () => process.exit(1))
}

/** Runs an entry point: bad configuration ends with one line and exit code 2, anything else with its stack. */
export function runMain(main: () => Promise<void>): void {
    exitWithParent()
    main().catch((e) => {
        if (e instanceof ConfigError || e instanceof PreflightError) {
            console.error(`taoindex: ${e.message}`)
            process.exit(2)
        }
        console.error(e)
        process.exit(1)
    })
}
