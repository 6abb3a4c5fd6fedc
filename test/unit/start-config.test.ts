import { ConfigError, readProcessorConfig, readStartConfig } from '../../src/config'

describe('npm start arguments and the embedded-database settings', () => {
    it('defaults: finney, embedded Postgres in ./data on a free port', () => {
        expect(readStartConfig([], {})).toEqual({
            network: 'finney',
            genesis: undefined,
            devnetBlockSeconds: 12,
            embedded: true,
            dataDir: 'data',
            embeddedDbPort: 0,
        })
        expect(readStartConfig([], { DB_HOST: 'db.internal' }).embedded).toBe(false)
        expect(readStartConfig([], { DB_HOST: '' }).embedded).toBe(true)
    })
    it('--network local needs --genesis, and both spellings of a value work', () => {
        expect(readStartConfig(['--network', 'local', '--genesis', 'spec.json'], {})).toMatchObject({
            network: 'local',
            genesis: 'spec.json',
        })
        expect(readStartConfig(['--network=local', '--genesis=spec.json'], { DEVNET_BLOCK_SECONDS: '3' })).toMatchObject({
            network: 'local',
            genesis: 'spec.json',
            devnetBlockSeconds: 3,
        })
        expect(() => readStartConfig(['--network', 'local'], {})).toThrow(
            new ConfigError(
                '--network local needs --genesis <raw chain spec>, e.g. ../shared/subtensor/chainspecs/raonet-spec218-2025-02-13.json',
            ),
        )
    })
    it('rejects what cannot work, with one line', () => {
        expect(() => readStartConfig(['--network', 'kusama'], {})).toThrow(
            new ConfigError('--network must be finney or local, got "kusama"'),
        )
        expect(() => readStartConfig(['--genesis', 'x.json'], {})).toThrow(new ConfigError('--genesis is only used with --network local'))
        expect(() => readStartConfig(['--network', 'local', '--genesis', 'x.json'], { RPC_ENDPOINT: 'ws://h:1' })).toThrow(
            new ConfigError('--network local starts its own chain: unset RPC_ENDPOINT'),
        )
        expect(() => readStartConfig(['--netwrk', 'local'], {})).toThrow(/^unknown argument "--netwrk"/)
        expect(() => readStartConfig(['--network'], {})).toThrow(new ConfigError('--network needs a value'))
        expect(() => readStartConfig([], { EMBEDDED_DB_PORT: 'x' })).toThrow('EMBEDDED_DB_PORT must be a whole number, got "x"')
    })
    it('SQD_GATEWAY and RPC_TIMEOUT_MS', () => {
        expect(readProcessorConfig({}).sqdGateway).toBeUndefined()
        expect(readProcessorConfig({}).rpcTimeoutMs).toBe(30_000)
        expect(readProcessorConfig({ SQD_GATEWAY: 'https://v2.archive.subsquid.io/network/bittensor' }).sqdGateway).toBe(
            'https://v2.archive.subsquid.io/network/bittensor',
        )
        expect(() => readProcessorConfig({ SQD_GATEWAY: 'bittensor' })).toThrow(
            new ConfigError('SQD_GATEWAY must be an http(s) URL, e.g. https://v2.archive.subsquid.io/network/bittensor, got "bittensor"'),
        )
    })
})
