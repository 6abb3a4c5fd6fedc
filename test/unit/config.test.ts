import { ConfigError, FINNEY_RPC, readApiConfig, readProcessorConfig } from '../../src/config'

describe('configuration', () => {
    it('defaults to the public finney endpoint and SQD database defaults', () => {
        const c = readProcessorConfig({})
        expect(c.rpcEndpoint).toBe(FINNEY_RPC)
        expect(c.startBlock).toBe(0)
        expect(c.rpcMaxInFlight).toBe(10)
        expect(readProcessorConfig({ RPC_MAX_IN_FLIGHT: '32' }).rpcMaxInFlight).toBe(32)
        expect(c.db).toEqual({ host: 'localhost', port: 5432, database: 'postgres', user: 'postgres', password: 'postgres' })
        expect(readApiConfig({}).port).toBe(4350)
        // the API logs in as the read-only role the processor enables, with the shared default password
        expect(readApiConfig({}).db).toEqual({
            host: 'localhost',
            port: 5432,
            database: 'postgres',
            user: 'taoindex_api',
            password: 'taoindex_api',
        })
        expect(readProcessorConfig({}).apiDbPassword).toBe('taoindex_api')
        expect(readApiConfig({ API_DB_PASSWORD: 's3cret' }).db.password).toBe(
            readProcessorConfig({ API_DB_PASSWORD: 's3cret' }).apiDbPassword,
        )
    })
    it('rejects a malformed RPC endpoint with one clear message', () => {
        expect(() => readProcessorConfig({ RPC_ENDPOINT: 'localhost:9944' })).toThrow(
            new ConfigError('RPC_ENDPOINT must use ws://, wss://, http:// or https://, got "localhost:9944"'),
        )
        expect(() => readProcessorConfig({ RPC_ENDPOINT: 'not a url' })).toThrow(ConfigError)
    })
    it('rejects non-numeric and out-of-range numbers', () => {
        expect(() => readProcessorConfig({ DB_PORT: 'abc' })).toThrow('DB_PORT must be a whole number, got "abc"')
        expect(() => readProcessorConfig({ DB_PORT: '70000' })).toThrow('DB_PORT must be between 1 and 65535, got 70000')
        expect(() => readProcessorConfig({ START_BLOCK: '-5' })).toThrow('START_BLOCK must be a whole number, got "-5"')
        expect(() => readApiConfig({ GQL_PORT: '4350x' })).toThrow('GQL_PORT must be a whole number, got "4350x"')
        expect(() => readProcessorConfig({ RPC_MAX_IN_FLIGHT: '0' })).toThrow('RPC_MAX_IN_FLIGHT must be between 1 and 1000, got 0')
    })
})
