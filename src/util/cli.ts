import { ConfigError } from '../config'
import { PreflightError } from '../preflight'

/** Runs an entry point: bad configuration ends with one line and exit code 2, anything else with its stack. */
export function runMain(main: () => Promise<void>): void {
    main().catch((e) => {
        if (e instanceof ConfigError || e instanceof PreflightError) {
            console.error(`taoindex: ${e.message}`)
            process.exit(2)
        }
        console.error(e)
        process.exit(1)
    })
}
