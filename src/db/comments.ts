/**
 * Analysts read the schema in SQL, so every table and column carries the description written in
 * schema.graphql (COMMENT ON). Applied at every processor start, after the migrations: comments
 * then always match the schema file, and a changed description needs no migration.
 */
import * as fs from 'fs'
import { Kind, ObjectTypeDefinitionNode, parse } from 'graphql'
import { DbConfig, pgClient } from '../config'
import { SCHEMA_FILE } from '../model/schema-file'
import { snake } from '../util/naming'

/** [table, column | null, comment] for every @entity and field of schema.graphql */
export function schemaComments(schemaFile = SCHEMA_FILE): [string, string | null, string][] {
    const doc = parse(fs.readFileSync(schemaFile, 'utf8'))
    const out: [string, string | null, string][] = []
    for (const def of doc.definitions) {
        if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue
        const obj = def as ObjectTypeDefinitionNode
        if (!obj.directives?.some((d) => d.name.value === 'entity')) continue
        const table = snake(obj.name.value)
        out.push([table, null, obj.description?.value ?? obj.name.value])
        for (const f of obj.fields ?? []) out.push([table, snake(f.name.value), f.description?.value ?? f.name.value])
    }
    return out
}

export async function applySchemaComments(db: DbConfig): Promise<number> {
    const client = pgClient(db)
    await client.connect()
    try {
        const quote = (s: string) => `'${s.replace(/'/g, "''")}'`
        // some entities are views over the tables the indexer writes (stake_position)
        const views = new Set<string>(
            (
                await client.query(
                    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'v'`,
                )
            ).rows.map((r: { relname: string }) => r.relname),
        )
        const sql = schemaComments()
            .map(([table, column, text]) =>
                column
                    ? `COMMENT ON COLUMN "${table}"."${column}" IS ${quote(text)}`
                    : `COMMENT ON ${views.has(table) ? 'VIEW' : 'TABLE'} "${table}" IS ${quote(text)}`,
            )
            .join(';\n')
        await client.query(sql)
        return schemaComments().length
    } finally {
        await client.end()
    }
}
