/**
 * What one request may cost the server: query depth, query complexity and request size, each
 * refused with a GraphQL error that says which limit was hit (never a 500). Page sizes are checked
 * by the resolvers (MAX_PAGE_SIZE) and slow SQL by Postgres' statement_timeout (see server.ts).
 */
import * as http from 'http'
import {
    ASTVisitor,
    FragmentDefinitionNode,
    GraphQLError,
    GraphQLObjectType,
    getNullableType,
    isListType,
    Kind,
    SelectionSetNode,
    ValidationContext,
} from 'graphql'
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity'
import { maskError, type Plugin } from 'graphql-yoga'
import { DEFAULT_CONNECTION_PAGE, MAX_PAGE_SIZE } from './listing'

export const LIMITS = {
    /** Nested selection levels. Data queries need 4 at most; the standard introspection query (GraphiQL) needs 15. */
    maxDepth: 15,
    /** See listCost: one full page of 1000 rows with 40 fields, or several smaller lists. */
    maxComplexity: 50_000,
    /** Bytes of a request body (HTTP POST) or of one WebSocket message. */
    maxBodyBytes: 100_000,
}

function limitError(message: string, code: string): GraphQLError {
    return new GraphQLError(message, { extensions: { code } })
}

/** Depth of the deepest field, fragments followed (a fragment cycle is another rule's error). */
function selectionDepth(
    set: SelectionSetNode | undefined,
    fragments: (name: string) => FragmentDefinitionNode | null | undefined,
    seen: Set<string>,
): number {
    if (!set) return 0
    let max = 0
    for (const s of set.selections) {
        let d = 0
        if (s.kind === Kind.FIELD) d = 1 + selectionDepth(s.selectionSet, fragments, seen)
        else if (s.kind === Kind.INLINE_FRAGMENT) d = selectionDepth(s.selectionSet, fragments, seen)
        else if (!seen.has(s.name.value)) {
            const f = fragments(s.name.value)
            d = selectionDepth(f?.selectionSet, fragments, new Set([...seen, s.name.value]))
        }
        max = Math.max(max, d)
    }
    return max
}

export function depthRule(maxDepth: number) {
    return (context: ValidationContext): ASTVisitor => ({
        OperationDefinition(op) {
            const depth = selectionDepth(op.selectionSet, (n) => context.getFragment(n), new Set())
            if (depth > maxDepth) {
                context.reportError(limitError(`query depth ${depth} exceeds the limit of ${maxDepth}`, 'QUERY_TOO_DEEP'))
            }
        },
    })
}

/**
 * A field costs 1 plus what is selected under it, times the rows it can return: `limit` / `first`
 * when given, else the default page of a top-level list (MAX_PAGE_SIZE for lists, the connection
 * default for connections). Lists inside a row (edges of a page, uids of a weight vector) are
 * already counted by their page.
 */
export const listCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
    const page = args.limit ?? args.first
    const topLevel = type instanceof GraphQLObjectType && ['Query', 'Subscription'].includes(type.name)
    let rows = 1
    // a page over the maximum is refused by the resolver with its own, clearer error
    if (typeof page === 'number' && page > 0) rows = Math.min(page, MAX_PAGE_SIZE)
    else if (topLevel && field.name.endsWith('Connection')) rows = DEFAULT_CONNECTION_PAGE
    else if (topLevel && isListType(getNullableType(field.type))) rows = MAX_PAGE_SIZE
    return 1 + childComplexity * rows
}

/** `variables` of the request: the cost depends on limit/first, which may be variables. */
export function complexityRule(maxComplexity: number, variables: Record<string, unknown> | undefined, operationName: string | undefined) {
    return (context: ValidationContext): ASTVisitor => ({
        Document: {
            leave(doc) {
                let cost: number
                try {
                    cost = getComplexity({ schema: context.getSchema(), query: doc, variables, operationName, estimators: [listCost] })
                } catch (e) {
                    // too many nodes is a complexity verdict; bad variables or fields are reported by other rules
                    if (e instanceof GraphQLError && /maximum allowed number of nodes/.test(e.message)) {
                        context.reportError(limitError(`query complexity exceeds the limit: ${e.message}`, 'QUERY_TOO_COMPLEX'))
                    }
                    return
                }
                if (cost > maxComplexity) {
                    context.reportError(
                        limitError(
                            `query complexity ${cost} exceeds the limit of ${maxComplexity} (each list costs its page size times the fields selected in it: ask for fewer rows or fields, or split the query)`,
                            'QUERY_TOO_COMPLEX',
                        ),
                    )
                }
            },
        },
    })
}

/** Adds both rules to every validation, over HTTP and WebSocket alike (both go through envelop). */
export function useQueryLimits(): Plugin {
    return {
        onValidate({ addValidationRule, context }: any) {
            const params = context?.params ?? {}
            addValidationRule(depthRule(LIMITS.maxDepth))
            addValidationRule(complexityRule(LIMITS.maxComplexity, params.variables ?? undefined, params.operationName ?? undefined))
        },
    }
}

/**
 * Refuses an HTTP request whose body is too large before it is read: by its Content-Length, and
 * a body without one (chunked) is not accepted at all. Returns true when it answered the request.
 */
export function refuseLargeRequest(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const length = req.headers['content-length']
    const chunked = /chunked/i.test(String(req.headers['transfer-encoding'] ?? ''))
    let status = 0
    let message = ''
    if (length != null && Number(length) > LIMITS.maxBodyBytes) {
        status = 413
        message = `request body of ${length} bytes exceeds the limit of ${LIMITS.maxBodyBytes} bytes`
    } else if (chunked && length == null) {
        status = 411
        message = 'request body without Content-Length: send the body with a Content-Length header'
    }
    if (!status) return false
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' })
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'REQUEST_TOO_LARGE' } }] }))
    req.resume() // discard what the client still sends
    return true
}

/**
 * Errors the client did not cause are masked ("Unexpected error.", no stack) except a query that ran
 * into the statement timeout: the client can narrow it, so it is told so.
 */
export function clientFacingError(statementTimeoutMs: number) {
    return (error: unknown, message: string, isDev?: boolean) => {
        const original = error instanceof GraphQLError ? error.originalError : error
        if ((original as any)?.code === '57014') {
            return new GraphQLError(
                `the query took longer than the statement timeout of ${statementTimeoutMs} ms: narrow it (where, limit) or split it`,
                {
                    extensions: { code: 'STATEMENT_TIMEOUT' },
                },
            )
        }
        return maskError(error, message, isDev)
    }
}
