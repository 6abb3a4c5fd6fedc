/**
 * One generic mechanism that turns an entity description into the OpenReader-style API:
 *   <plural>(where, orderBy, limit, offset), <plural>Connection(where, orderBy, first, after),
 *   <entity>ById(id), with where filters <field>_eq/_not_eq/_in/_not_in/_gt/_gte/_lt/_lte/_isNull
 *   and AND/OR, and orderBy [<field>_ASC | <field>_DESC].
 * Every entity's API is produced here from its EntitySpec; nothing is written per entity by hand.
 */
import 'reflect-metadata'
import { GraphQLError } from 'graphql'
import { Arg, Field, ID, InputType, Int, ObjectType, Query, Resolver, Root, Subscription, registerEnumType } from 'type-graphql'
import type { Pool } from 'pg'
import { BigDecimalScalar, BigIntScalar, DateTimeScalar } from './scalars'
import { isSs58 } from '../util/ss58'
import { snake } from '../util/naming'

/** IntList: an int[] column, output only (no filter, no ordering). */
export type FieldKind = 'ID' | 'String' | 'Account' | 'Int' | 'BigInt' | 'BigDecimal' | 'DateTime' | 'Boolean' | 'Enum' | 'IntList'

export interface FieldSpec {
    name: string
    kind: FieldKind
    description: string
    nullable?: boolean
    /** for kind Enum: the TypeScript enum object, registered under enumName */
    enumRef?: object
    enumName?: string
    /** for kind Enum: the enum's description and its values' (from schema.graphql) */
    enumDoc?: { description: string; values: Record<string, string> }
}

export interface EntitySpec {
    /** GraphQL type name, e.g. StakeEvent */
    name: string
    /** list field, e.g. stakeEvents */
    plural: string
    table: string
    description: string
    fields: FieldSpec[]
}

export const MAX_PAGE_SIZE = 1000
export const DEFAULT_CONNECTION_PAGE = 100

const OPS: Record<FieldKind, string[]> = {
    ID: ['eq', 'not_eq', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte'],
    String: ['eq', 'not_eq', 'in', 'not_in', 'isNull'],
    Account: ['eq', 'not_eq', 'in', 'not_in', 'isNull'],
    Int: ['eq', 'not_eq', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'isNull'],
    BigInt: ['eq', 'not_eq', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'isNull'],
    BigDecimal: ['eq', 'not_eq', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'isNull'],
    DateTime: ['eq', 'not_eq', 'gt', 'gte', 'lt', 'lte', 'isNull'],
    Boolean: ['eq', 'not_eq', 'isNull'],
    Enum: ['eq', 'not_eq', 'in', 'not_in', 'isNull'],
    IntList: [],
}

const SQL_ARRAY_TYPE: Record<FieldKind, string> = {
    ID: 'text[]',
    String: 'text[]',
    Account: 'text[]',
    Int: 'int[]',
    BigInt: 'numeric[]',
    BigDecimal: 'numeric[]',
    DateTime: 'timestamptz[]',
    Boolean: 'boolean[]',
    Enum: 'text[]',
    IntList: 'int[]',
}

const COMPARATORS: Record<string, string> = { eq: '=', not_eq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' }

/** What each filter operator means, for the descriptions of the where-input fields. */
const OP_TEXT: Record<string, string> = {
    eq: 'equals the value',
    not_eq: 'differs from the value (rows where it is null do not match)',
    in: 'is one of the values',
    not_in: 'is none of the values (rows where it is null do not match)',
    gt: 'is greater than the value',
    gte: 'is greater than or equal to the value',
    lt: 'is less than the value',
    lte: 'is less than or equal to the value',
    isNull: 'is null (true) or is not null (false)',
}

function lowerFirst(s: string): string {
    return s[0].toLowerCase() + s.slice(1)
}

/** An error the client caused: a clear GraphQL error, never a 500 */
export function badInput(message: string): GraphQLError {
    return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })
}

/** Rejects a negative netuid argument (null/undefined pass). */
export function checkNetuid(netuid: number | null | undefined) {
    if (netuid != null && netuid < 0) throw badInput(`netuid must not be negative, got ${netuid}`)
}

/** Rejects an argument that is not a prefix-42 ss58 address (null/undefined pass). */
export function checkAccount(name: string, value: unknown) {
    if (value != null && !isSs58(value as string)) throw badInput(`${name}: "${value}" is not an ss58 address (prefix 42)`)
}

/** A page argument (limit, first, offset): `def` when absent; negative or (but offset) > MAX_PAGE_SIZE is refused. */
export function checkPage(name: string, n: number | null | undefined, def: number): number {
    if (n == null) return def
    if (n < 0) throw badInput(`${name} must not be negative, got ${n}`)
    if (name !== 'offset' && n > MAX_PAGE_SIZE) throw badInput(`${name} must be at most ${MAX_PAGE_SIZE}, got ${n}`)
    return n
}

/** A class with a given name, so the generated GraphQL types read well in errors and introspection. */
function namedClass(name: string): any {
    return { [name]: class {} }[name]
}

function scalarOf(f: FieldSpec): any {
    switch (f.kind) {
        case 'ID':
            return ID
        case 'String':
        case 'Account':
            return String
        case 'Int':
            return Int
        case 'BigInt':
            return BigIntScalar
        case 'BigDecimal':
            return BigDecimalScalar
        case 'DateTime':
            return DateTimeScalar
        case 'Boolean':
            return Boolean
        case 'Enum':
            return f.enumRef
        case 'IntList':
            return [Int]
    }
}

function defineField(proto: object, key: string, type: () => any, options: { nullable?: boolean; description?: string }) {
    Reflect.defineMetadata('design:type', Object, proto, key)
    Field(type, options)(proto, key)
}

const registeredEnums = new Set<object>()

let PageInfo: any
function pageInfoType(): any {
    if (PageInfo) return PageInfo
    PageInfo = namedClass('PageInfo')
    defineField(PageInfo.prototype, 'hasNextPage', () => Boolean, { description: 'More rows follow this page' })
    defineField(PageInfo.prototype, 'hasPreviousPage', () => Boolean, { description: 'Rows come before this page' })
    defineField(PageInfo.prototype, 'startCursor', () => String, { description: 'Cursor of the first row of the page' })
    defineField(PageInfo.prototype, 'endCursor', () => String, {
        description: 'Cursor of the last row of the page: pass it as `after` for the next page',
    })
    ObjectType('PageInfo', { description: 'Where a page of a connection lies in the whole list' })(PageInfo)
    return PageInfo
}

interface Where {
    [key: string]: unknown
    AND?: Where[]
    OR?: Where[]
}

/** What a live (subscribable) list needs: the indexer's height now, and heights as they are committed. */
export interface LiveSource {
    currentHeight(): Promise<number>
    heights(): AsyncIterable<number>
}

/**
 * Builds the GraphQL types and the resolver class for one entity; `getPool` is read per request.
 * With `live`, the entity (which must have blockNumber) also gets a subscription of the same name
 * that pushes, after every committed batch, the new rows that match `where`.
 */
/** a class of type-graphql resolvers, as buildSchema takes them */
export type ResolverClass = new (...args: any[]) => object

export function buildEntityApi(spec: EntitySpec, getPool: () => Pool, live?: LiveSource): ResolverClass {
    const fieldsByName = new Map(spec.fields.map((f) => [f.name, f]))

    for (const f of spec.fields) {
        if (f.kind === 'Enum' && f.enumRef && !registeredEnums.has(f.enumRef)) {
            const doc = f.enumDoc
            registerEnumType(f.enumRef, {
                name: f.enumName!,
                description: doc?.description || undefined,
                valuesConfig: doc
                    ? Object.fromEntries(Object.entries(doc.values).map(([k, d]) => [k, { description: d || undefined }]))
                    : undefined,
            })
            registeredEnums.add(f.enumRef)
        }
    }

    // Output type
    const Entity = namedClass(spec.name)
    for (const f of spec.fields) {
        defineField(Entity.prototype, f.name, () => scalarOf(f), { nullable: !!f.nullable, description: f.description })
    }
    ObjectType(spec.name, { description: spec.description })(Entity)

    // where input
    const whereName = `${spec.name}WhereInput`
    const WhereInput = namedClass(whereName)
    for (const f of spec.fields) {
        for (const op of OPS[f.kind]) {
            const type = op === 'isNull' ? () => Boolean : op.endsWith('in') ? () => [scalarOf(f)] : () => scalarOf(f)
            if (op === 'isNull' && !f.nullable) continue
            defineField(WhereInput.prototype, `${f.name}_${op}`, type, { nullable: true, description: `${f.name} ${OP_TEXT[op]}` })
        }
    }
    defineField(WhereInput.prototype, 'AND', () => [WhereInput], { nullable: true, description: 'All of these conditions hold' })
    defineField(WhereInput.prototype, 'OR', () => [WhereInput], { nullable: true, description: 'At least one of these conditions holds' })
    InputType(whereName, { description: `Filter for ${spec.plural}` })(WhereInput)

    // orderBy enum
    const OrderBy: Record<string, string> = {}
    for (const f of spec.fields) {
        if (f.kind === 'IntList') continue
        OrderBy[`${f.name}_ASC`] = `${f.name}_ASC`
        OrderBy[`${f.name}_DESC`] = `${f.name}_DESC`
    }
    registerEnumType(OrderBy, {
        name: `${spec.name}OrderByInput`,
        description: `A sort key of ${spec.plural}`,
        valuesConfig: Object.fromEntries(
            Object.keys(OrderBy).map((k) => [
                k,
                { description: `${k.replace(/_(ASC|DESC)$/, '')} ${k.endsWith('_ASC') ? 'ascending' : 'descending'}` },
            ]),
        ),
    })

    // Connection types
    const Edge = namedClass(`${spec.name}Edge`)
    defineField(Edge.prototype, 'node', () => Entity, { description: 'The row' })
    defineField(Edge.prototype, 'cursor', () => String, {
        description: 'Position of the row in the list: pass it as `after` to get the rows that follow',
    })
    ObjectType(`${spec.name}Edge`, { description: `A ${spec.name} row of a connection page` })(Edge)
    const Connection = namedClass(`${spec.plural[0].toUpperCase()}${spec.plural.slice(1)}Connection`)
    defineField(Connection.prototype, 'edges', () => [Edge], { description: 'The rows of this page, in order' })
    const PageInfoType = pageInfoType()
    defineField(Connection.prototype, 'pageInfo', () => PageInfoType, { description: 'Where this page lies in the list' })
    defineField(Connection.prototype, 'totalCount', () => Int, { description: 'Number of rows matching `where`' })
    ObjectType(Connection.name, { description: `A page of ${spec.plural}, with the total number of matching rows` })(Connection)

    const selectList = spec.fields.map((f) => `"${snake(f.name)}" AS "${f.name}"`).join(', ')

    function compileWhere(where: Where | null | undefined, params: unknown[]): string {
        if (where == null) return 'TRUE'
        const parts: string[] = []
        for (const [key, value] of Object.entries(where)) {
            if (value == null) continue
            if (key === 'AND' || key === 'OR') {
                const subs = (value as Where[]).map((w) => `(${compileWhere(w, params)})`)
                if (subs.length) parts.push(`(${subs.join(key === 'AND' ? ' AND ' : ' OR ')})`)
                continue
            }
            const m = /^(\w+?)_(eq|not_eq|in|not_in|gt|gte|lt|lte|isNull)$/.exec(key)
            const f = m && fieldsByName.get(m[1])
            if (!m || !f) throw badInput(`unknown filter ${key}`)
            const op = m[2]
            const column = `"${snake(f.name)}"`
            if (f.kind === 'Account') {
                const values = Array.isArray(value) ? value : [value]
                if (op !== 'isNull') for (const v of values) checkAccount(key, v)
            }
            if (op === 'isNull') {
                parts.push(`${column} IS ${value ? '' : 'NOT '}NULL`)
            } else if (op === 'in' || op === 'not_in') {
                params.push(value)
                parts.push(`${op === 'in' ? '' : 'NOT '}(${column} = ANY($${params.length}::${SQL_ARRAY_TYPE[f.kind]}))`)
            } else {
                params.push(value)
                parts.push(`${column} ${COMPARATORS[op]} $${params.length}`)
            }
        }
        return parts.length ? parts.join(' AND ') : 'TRUE'
    }

    function compileOrder(orderBy: string[] | null | undefined): string {
        const terms = (orderBy ?? []).map((o) => {
            const m = /^(\w+)_(ASC|DESC)$/.exec(o)
            const f = m && fieldsByName.get(m[1])
            if (!m || !f) throw badInput(`unknown orderBy ${o}`)
            return `"${snake(f.name)}" ${m[2]}`
        })
        terms.push('"id" ASC') // a total order, so pages never overlap or skip rows
        return terms.join(', ')
    }

    async function select(where: Where | undefined, orderBy: string[] | undefined, limit: number, offset: number) {
        const params: unknown[] = []
        const sql =
            `SELECT ${selectList} FROM "${spec.table}" WHERE ${compileWhere(where, params)} ` +
            `ORDER BY ${compileOrder(orderBy)} LIMIT ${limit} OFFSET ${offset}`
        return (await getPool().query(sql, params)).rows
    }

    async function count(where: Where | undefined): Promise<number> {
        const params: unknown[] = []
        const sql = `SELECT count(*)::int AS n FROM "${spec.table}" WHERE ${compileWhere(where, params)}`
        return (await getPool().query(sql, params)).rows[0].n
    }

    const R = namedClass(`${spec.name}Resolver`)
    const proto = R.prototype
    const byId = `${lowerFirst(spec.name)}ById`
    const connection = `${spec.plural}Connection`

    proto[spec.plural] = async function (where?: Where, orderBy?: string[], limit?: number, offset?: number) {
        return select(where, orderBy, checkPage('limit', limit, MAX_PAGE_SIZE), checkPage('offset', offset, 0))
    }
    proto[byId] = async function (id: string) {
        const rows = await select({ id_eq: id }, undefined, 1, 0)
        return rows[0] ?? null
    }
    proto[connection] = async function (where?: Where, orderBy?: string[], first?: number, after?: string) {
        const size = checkPage('first', first, DEFAULT_CONNECTION_PAGE)
        let offset = 0
        if (after != null) {
            if (!/^\d+$/.test(after)) throw badInput(`after: "${after}" is not a cursor returned by this API`)
            offset = Number(after)
        }
        const [rows, totalCount] = await Promise.all([select(where, orderBy, size, offset), count(where)])
        const edges = rows.map((node, i) => ({ node, cursor: String(offset + i + 1) }))
        return {
            edges,
            totalCount,
            pageInfo: {
                hasNextPage: offset + rows.length < totalCount,
                hasPreviousPage: offset > 0,
                startCursor: edges.length ? edges[0].cursor : String(offset),
                endCursor: edges.length ? edges[edges.length - 1].cursor : String(offset),
            },
        }
    }

    const declare = (
        method: string,
        returns: () => any,
        description: string,
        args: [string, () => any, boolean, string][],
        nullable = false,
    ) => {
        Reflect.defineMetadata('design:returntype', Object, proto, method)
        Reflect.defineMetadata(
            'design:paramtypes',
            args.map(() => Object),
            proto,
            method,
        )
        args.forEach(([name, type, isNullable, desc], i) => Arg(name, type, { nullable: isNullable, description: desc })(proto, method, i))
        Query(returns, { description, nullable })(proto, method, Object.getOwnPropertyDescriptor(proto, method)!)
    }
    const whereArg: [string, () => any, boolean, string] = ['where', () => WhereInput, true, 'Filter']
    const orderArg: [string, () => any, boolean, string] = ['orderBy', () => [OrderBy], true, 'Sort order; ties are broken by id']

    declare(spec.plural, () => [Entity], `${spec.description} (list)`, [
        whereArg,
        orderArg,
        ['limit', () => Int, true, `Page size, at most ${MAX_PAGE_SIZE} (the default)`],
        ['offset', () => Int, true, 'Rows to skip'],
    ])
    declare(byId, () => Entity, `One ${spec.name} by id`, [['id', () => String, false, 'Row id']], true)
    declare(connection, () => Connection, `${spec.description} (Relay-style pages with totalCount)`, [
        whereArg,
        orderArg,
        ['first', () => Int, true, `Page size, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_CONNECTION_PAGE})`],
        ['after', () => String, true, 'Cursor of the last row of the previous page'],
    ])
    if (live) {
        if (!fieldsByName.has('blockNumber')) throw new Error(`${spec.name}: a live list needs a blockNumber field`)
        async function* newRows(where: Where | undefined) {
            let last = await live!.currentHeight()
            for await (const height of live!.heights()) {
                if (height <= last) continue // the same height again when a hot block is finalized
                const range: Where = { blockNumber_gt: last, blockNumber_lte: height }
                const scoped: Where = where ? { AND: [where, range] } : range
                last = height
                for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
                    const rows = await select(scoped, ['blockNumber_ASC'], MAX_PAGE_SIZE, offset)
                    if (rows.length) yield rows
                    if (rows.length < MAX_PAGE_SIZE) break
                }
            }
        }
        const sub = `${spec.plural}Live`
        proto[sub] = function (_where: Where | undefined, rows: unknown[]) {
            return rows
        }
        Reflect.defineMetadata('design:returntype', Object, proto, sub)
        Reflect.defineMetadata('design:paramtypes', [Object, Object], proto, sub)
        Arg('where', () => WhereInput, { nullable: true, description: 'Only rows matching this filter' })(proto, sub, 0)
        Root()(proto, sub, 1)
        // the subscription field is named like the list (subscription { stakeEvents(where) })
        Subscription(() => [Entity], {
            name: spec.plural,
            description: `New ${spec.plural} rows, pushed after each batch the indexer commits (only batches with matching rows)`,
            subscribe: ({ args }: any) => newRows(args.where),
        } as any)(proto, sub, Object.getOwnPropertyDescriptor(proto, sub)!)
    }
    Resolver()(R)
    return R
}
