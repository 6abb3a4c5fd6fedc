/**
 * typeorm-store reads a NULL numeric column back as `undefined`, while the rows the handler builds
 * hold `null` for the same absent value. The domains compare loaded rows with fresh ones
 * (`old.shares === p.shares`, change-only emission and pool rows), so a row loaded from the database
 * (the first one of each batch) never equalled its unchanged successor: an extra no-change row at
 * batch starts, which made the stored history depend on where batches began (a restart or a rewind
 * moved them). Reading NULL as null makes both sides alike.
 */
import * as transformers from '@subsquid/typeorm-store/lib/transformers'

let installed = false

export function readSqlNullAsNull(): void {
    if (installed) return
    installed = true
    // the column decorators hold these very objects, so replacing the method reaches every entity
    const bigint = transformers.bigintTransformer as { from(s: unknown): unknown }
    const float = transformers.floatTransformer as { from(s: unknown): unknown }
    const fromBigint = bigint.from
    const fromFloat = float.from
    bigint.from = (s) => (s == null ? null : fromBigint(s))
    float.from = (s) => (s == null ? null : fromFloat(s))
}
