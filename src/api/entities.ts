/**
 * The API's entities are read from schema.graphql, the same file the tables are generated from, so
 * a field's type and description are written once. Only what the schema cannot say lives here.
 */
import * as fs from 'fs'
import { EnumTypeDefinitionNode, Kind, ObjectTypeDefinitionNode, parse, TypeNode } from 'graphql'
import { EntitySpec, FieldKind, FieldSpec } from './listing'
import { snake } from '../util/naming'
import { SCHEMA_FILE } from '../model/schema-file'

/** String fields holding ss58 accounts: filters on them reject malformed addresses. */
const ACCOUNT_FIELDS: Record<string, string[]> = {
    StakeEvent: ['coldkey', 'hotkey', 'destColdkey', 'destHotkey'],
    Subnet: ['owner'],
    Neuron: ['hotkey', 'coldkey'],
    Registration: ['hotkey', 'coldkey', 'replacedHotkey'],
    WeightSet: ['hotkey'],
    CurrentWeight: ['hotkey'],
    WeightCommit: ['hotkey'],
    NeuronEpoch: ['hotkey'],
    StakePosition: ['coldkey', 'hotkey'],
    StakePositionSnapshot: ['coldkey', 'hotkey'],
}

function pluralOf(name: string): string {
    const lower = name[0].toLowerCase() + name.slice(1)
    return lower.endsWith('y') ? lower.slice(0, -1) + 'ies' : lower + 's'
}

function unwrap(t: TypeNode): { name: string; nullable: boolean } {
    if (t.kind === Kind.NON_NULL_TYPE) return { ...unwrap(t.type), nullable: false }
    if (t.kind === Kind.LIST_TYPE) {
        const item = unwrap(t.type)
        if (item.name !== 'Int') throw new Error(`lists of ${item.name} are not supported by the generic API`)
        return { name: '[Int]', nullable: true }
    }
    return { name: t.name.value, nullable: true }
}

/** Reads every @entity type of schema.graphql; enums resolve to the generated model's TS enums. */
export function loadEntitySpecs(enums: Record<string, object>, schemaFile = SCHEMA_FILE): EntitySpec[] {
    const doc = parse(fs.readFileSync(schemaFile, 'utf8'))
    const enumDefs = new Map(
        doc.definitions.filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION).map((d) => [d.name.value, d]),
    )
    const enumNames = new Set(enumDefs.keys())
    const specs: EntitySpec[] = []
    for (const def of doc.definitions) {
        if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue
        const obj = def as ObjectTypeDefinitionNode
        if (!obj.directives?.some((d) => d.name.value === 'entity')) continue
        const name = obj.name.value
        const accounts = new Set(ACCOUNT_FIELDS[name] ?? [])
        const fields: FieldSpec[] = (obj.fields ?? []).map((f) => {
            const t = unwrap(f.type)
            let kind: FieldKind
            if (enumNames.has(t.name)) kind = 'Enum'
            else if (t.name === '[Int]') kind = 'IntList'
            else if (t.name === 'String' && accounts.has(f.name.value)) kind = 'Account'
            else if (['ID', 'String', 'Int', 'BigInt', 'BigDecimal', 'DateTime', 'Boolean'].includes(t.name)) kind = t.name as FieldKind
            else throw new Error(`${name}.${f.name.value}: type ${t.name} is not supported by the generic API`)
            const spec: FieldSpec = {
                name: f.name.value,
                kind,
                nullable: t.nullable,
                description: f.description?.value ?? '',
            }
            if (kind === 'Enum') {
                spec.enumName = t.name
                spec.enumRef = enums[t.name]
                if (!spec.enumRef) throw new Error(`enum ${t.name} is missing from the model`)
                const def = enumDefs.get(t.name)!
                spec.enumDoc = {
                    description: def.description?.value ?? '',
                    values: Object.fromEntries((def.values ?? []).map((v) => [v.name.value, v.description?.value ?? ''])),
                }
            }
            return spec
        })
        specs.push({ name, plural: pluralOf(name), table: snake(name), description: obj.description?.value ?? name, fields })
    }
    return specs
}
