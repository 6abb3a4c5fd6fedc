/**
 * npm run rewind -- --to <height>
 *
 * Sets the database (DB_* variables, as the processor's) back to the moment block <height> had
 * been indexed; the next processor run resumes at <height> + 1. Stop the processor first.
 * Bad input: one line, exit code 2. See src/db/rewind.ts for what happens to each table.
 */
import { readDbConfig } from './config'
import { checkDatabase } from './preflight'
import { parseRewindArgs, rewind } from './db/rewind'
import { runMain } from './util/cli'

runMain(async () => {
    const { to } = parseRewindArgs(process.argv.slice(2))
    const db = readDbConfig()
    await checkDatabase(db)
    const r = await rewind(db, to)
    const changed = Object.entries(r.rows)
        .filter(([, n]) => n > 0)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')
    console.log(
        `taoindex: rewound database ${db.database} from block ${r.from} to block ${r.to}; rows deleted or rewritten: ${changed || 'none'}`,
    )
})
