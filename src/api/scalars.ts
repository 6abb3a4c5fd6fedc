import { GraphQLError, GraphQLScalarType, Kind } from 'graphql'

/** Exact integers (rao, alpha units) travel as decimal strings: JSON numbers lose precision past 2^53. */
export const BigIntScalar = new GraphQLScalarType({
    name: 'BigInt',
    description: 'An exact integer as a decimal string (amounts in rao or alpha units; 1 TAO = 10^9 rao)',
    serialize(value) {
        return typeof value === 'bigint' ? value.toString() : String(value)
    },
    parseValue(value) {
        return parseBigInt(value)
    },
    parseLiteral(ast) {
        if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseBigInt(ast.value)
        throw new GraphQLError('BigInt must be an integer or a string of digits')
    },
})

function parseBigInt(value: unknown): string {
    const s = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value
    if (typeof s !== 'string' || !/^-?\d+$/.test(s))
        throw new GraphQLError(`BigInt must be a string of digits, got ${JSON.stringify(value)}`)
    return s
}

export const DateTimeScalar = new GraphQLScalarType({
    name: 'DateTime',
    description: 'A point in time as an ISO 8601 string (UTC)',
    serialize(value) {
        return value instanceof Date ? value.toISOString() : new Date(value as string).toISOString()
    },
    parseValue(value) {
        return parseDate(value)
    },
    parseLiteral(ast) {
        if (ast.kind === Kind.STRING) return parseDate(ast.value)
        throw new GraphQLError('DateTime must be an ISO 8601 string')
    },
})

function parseDate(value: unknown): Date {
    const d = typeof value === 'string' ? new Date(value) : new Date(NaN)
    if (Number.isNaN(d.getTime())) throw new GraphQLError(`DateTime must be an ISO 8601 string, got ${JSON.stringify(value)}`)
    return d
}

/** Exact decimals (prices) travel as strings, never as floats. */
export const BigDecimalScalar = new GraphQLScalarType({
    name: 'BigDecimal',
    description: 'An exact decimal number as a string, e.g. "0.012345678901234567"',
    serialize(value) {
        return String(value)
    },
    parseValue(value) {
        if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value))
            throw new GraphQLError(`BigDecimal must be a decimal string, got ${JSON.stringify(value)}`)
        return value
    },
    parseLiteral(ast) {
        if (ast.kind === Kind.STRING && /^-?\d+(\.\d+)?$/.test(ast.value)) return ast.value
        throw new GraphQLError('BigDecimal must be a decimal string')
    },
})
