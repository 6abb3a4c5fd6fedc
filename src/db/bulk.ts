/**
 * Multi-row writes for the batch flush: one INSERT ... SELECT FROM unnest(...) statement per table
 * and chunk, each column passed as one text[] parameter and cast back to its column type in SQL.
 *
 * Why: typeorm-store's insert/upsert build a VALUES list with one bind parameter per cell through
 * TypeORM's query builder, whose per-cell JavaScript cost dominated the store stage of the bench;
 * an unnest statement sends a handful of parameters however many rows it writes, and Postgres
 * parses it once. Values go through the entity's own column transformers (BigInt -> numeric text,
 * BigDecimal -> text), so rows are identical to typeorm-store's.
 *
 * Unfinalized ("hot") blocks still go through typeorm-store, which logs every change for a
 * rollback on reorg; those batches are one or a few blocks at the head, where bulk gains nothing.
 * So do the stand-in stores of domain unit tests.
 */
import type { EntityManager } from 'typeorm'
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata'
import type { Store } from '@subsquid/typeorm-store'
import { directWriter } from '../sqd/typeorm-store'

interface Entity {
    id: string
}
type EntityClass<E> = { new (): E }

/** Rows per statement: bounds the size of one statement's parameters. */
const CHUNK_ROWS = 10_000

/** Insert new rows (fails on an existing id, as Store.insert does). */
export async function bulkInsert<E extends Entity>(store: Store, rows: E[]): Promise<void> {
    await write(store, rows, false)
}

/** Insert or replace rows by id (as Store.upsert does). */
export async function bulkUpsert<E extends Entity>(store: Store, rows: E[]): Promise<void> {
    await write(store, rows, true)
}

async function write<E extends Entity>(store: Store, rows: E[], upsert: boolean): Promise<void> {
    if (rows.length === 0) return
    const em = directWriter(store)
    if (!em) {
        await (upsert ? store.upsert(rows) : store.insert(rows))
        return
    }
    const entityClass = rows[0].constructor as EntityClass<E>
    for (const row of rows)
        if (row.constructor !== entityClass)
            throw new Error(`bulk write of mixed entities: ${entityClass.name} and ${row.constructor.name}`)
    const statement = statementFor(em, entityClass, upsert)
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
        const chunk = rows.slice(start, start + CHUNK_ROWS)
        await em.query(
            statement.sql,
            statement.columns.map((c, i) => chunk.map((row) => statement.text[i](c.getEntityValue(row, true)))),
        )
    }
}

interface Statement {
    sql: string
    columns: ColumnMetadata[]
    /** per column: value -> the text Postgres casts back */
    text: ((v: unknown) => string | null)[]
}

const statements = new Map<string, Statement>()

function statementFor(em: EntityManager, entityClass: new (...args: any[]) => object, upsert: boolean): Statement {
    const key = `${entityClass.name}|${upsert}`
    let s = statements.get(key)
    if (s) return s
    const meta = em.connection.getMetadata(entityClass)
    const columns = meta.columns.filter((c) => !c.isVirtual && !c.isGenerated)
    const q = (name: string) => `"${name.replace(/"/g, '""')}"`
    const names = columns.map((c) => q(c.databaseName))
    const types = columns.map((c) => `${em.connection.driver.normalizeType(c)}${c.isArray ? '[]' : ''}`)
    const casts = types.map((t, i) => `u.c${i}::${t}`)
    const text = types.map((t) => (t === 'json' || t === 'jsonb' ? jsonText : cellText))
    let sql =
        `INSERT INTO ${q(meta.tableName)} (${names.join(', ')}) ` +
        `SELECT ${casts.join(', ')} FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS u(${columns.map((_, i) => `c${i}`).join(', ')})`
    if (upsert) {
        const primary = meta.primaryColumns.map((c) => q(c.databaseName))
        const rest = columns.filter((c) => !c.isPrimary).map((c) => `${q(c.databaseName)} = EXCLUDED.${q(c.databaseName)}`)
        sql += ` ON CONFLICT (${primary.join(', ')}) ` + (rest.length ? `DO UPDATE SET ${rest.join(', ')}` : 'DO NOTHING')
    }
    s = { sql, columns, text }
    statements.set(key, s)
    return s
}

function jsonText(v: unknown): string | null {
    return v == null ? null : JSON.stringify(v)
}

/** A cell as the text Postgres casts back to the column type (null stays null). */
export function cellText(v: unknown): string | null {
    if (v == null) return null
    return Array.isArray(v) ? arrayLiteral(v) : scalarText(v)
}

/**
 * A Postgres array literal: numbers as they are, every other element quoted and escaped, nested
 * arrays as nested braces. Weight vectors (256 numbers each, two per row) are most of what a batch
 * writes: unquoted, their literal is half the size and Postgres parses it about twice as fast.
 */
function arrayLiteral(values: unknown[]): string {
    const element = (v: unknown) =>
        v == null
            ? 'NULL'
            : typeof v === 'number' || typeof v === 'bigint'
              ? String(v)
              : Array.isArray(v)
                ? arrayLiteral(v)
                : `"${scalarText(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
    return `{${values.map(element).join(',')}}`
}

function scalarText(v: unknown): string {
    return v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v)
}
