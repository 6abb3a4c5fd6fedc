/**
 * Shares on spec 397+ runtimes (real spec 424 registry): a share is read from the legacy U64F64
 * `Alpha` entry where one is stored, else from `AlphaV2` (SafeFloat = mantissa x 10^exponent), and
 * the pool from TotalHotkeyAlpha / TotalHotkeySharesV2, each as an exact decimal. Storage values are
 * SCALE-encoded with the registry; the expected values are worked out by hand below.
 * The node is a key -> value map (the reads are plain JSON-RPC calls).
 */
import { Runtime } from '@subsquid/substrate-runtime'
import { readHotkeyShares, readPools, readShares, shareDecimal } from '../../src/domains/stakes/chain'
import { availableRuntimes } from '../support/runtimes'
import { fakeNode } from '../support/fake-node'

const HOTKEY = '0x' + 'aa'.repeat(32)
const [A, B, C] = ['01', '02', '03'].map((b) => '0x' + b.repeat(32))
const NETUID = 7

let spec424: Runtime | undefined
beforeAll(async () => {
    spec424 = (await availableRuntimes()).find((r) => r.specVersion === 424)
})

function chainAt424() {
    if (!spec424) throw new Error('spec 424 metadata missing (../shared)')
    const base = spec424
    const state = new Map<string, string>()
    const put = (name: string, key: unknown[], value: unknown) => {
        const item = base.description.storage.SubtensorModule.items[name]
        state.set(base.encodeStorageKey(`SubtensorModule.${name}` as any, ...key), base.scaleCodec.encodeToHex(item.value, value))
    }
    // the pool: 1,000 alpha (1e12 units) over 1e10 shares (SafeFloat 10^21 x 10^-11)
    put('TotalHotkeyAlpha', [HOTKEY, NETUID], 1_000_000_000_000n)
    put('TotalHotkeySharesV2', [HOTKEY, NETUID], { mantissa: 10n ** 21n, exponent: -11n })
    // A: only a legacy entry, 5e8 shares exactly (U64F64: integer part in the high 64 bits)
    put('Alpha', [HOTKEY, A, NETUID], { bits: 500_000_000n << 64n })
    // B: migrated, SafeFloat 2.5e20 x 10^-11 = 2.5e9 shares
    put('AlphaV2', [HOTKEY, B, NETUID], { mantissa: 250_000_000_000_000_000_000n, exponent: -11n })
    // C: both; the legacy entry (1e9 shares) is what the runtime reads, the V2 one (9e9) is ignored
    put('Alpha', [HOTKEY, C, NETUID], { bits: 1_000_000_000n << 64n })
    put('AlphaV2', [HOTKEY, C, NETUID], { mantissa: 900_000_000_000_000_000_000n, exponent: -11n })
    const rt = new Runtime(
        { specName: 'node-subtensor', specVersion: 424, implName: 'node-subtensor', implVersion: 1 },
        base.metadata,
        undefined,
        fakeNode(state) as any,
    )
    return { hash: '0x' + '42'.repeat(32), height: 100, specVersion: 424, _runtime: rt } as any
}

// shares as decimals: A 5e8 (legacy), B 2.5e9 (V2), C 1e9 (legacy wins over V2)
const EXPECTED = new Map([
    [A, '500000000'],
    [B, '2500000000'],
    [C, '1000000000'],
])

test('shares named by key: the legacy entry where stored, else the V2 SafeFloat', async () => {
    const block = chainAt424()
    const got = await readShares(
        block,
        [A, B, C].map((coldkey) => ({ coldkey, hotkey: HOTKEY, netuid: NETUID })),
    )
    expect(new Map(got.map((p) => [p.coldkey, p.shares]))).toEqual(EXPECTED)
})

test('the pool: TotalHotkeyAlpha and the V2 total shares (10^21 x 10^-11 = 1e10)', async () => {
    const block = chainAt424()
    expect(await readPools(block, [{ hotkey: HOTKEY, netuid: NETUID }])).toEqual([
        { hotkey: HOTKEY, netuid: NETUID, totalAlpha: 1_000_000_000_000n, totalShares: '10000000000', shareFormat: 'SAFE_FLOAT' },
    ])
})

test('every share of a hotkey: both maps paged, one entry per key', async () => {
    const block = chainAt424()
    const got = await readHotkeyShares(block, [HOTKEY])
    expect(got).toHaveLength(3)
    expect(new Map(got.map((p) => [p.coldkey, p.shares]))).toEqual(EXPECTED)
})

test('exact decimals of U64F64 and SafeFloat shares', () => {
    // 1.5 x 2^64 bits = 1.5; 1 bit = 2^-64 = 5.42101086242752217003726400434970855712890625e-20
    expect(shareDecimal({ bits: 3n << 63n })).toBe('1.5')
    expect(shareDecimal({ bits: 1n })).toBe('0.0000000000000000000542101086242752217003726400434970855712890625')
    expect(shareDecimal({ mantissa: 123_000_000_000_000_000_000n, exponent: -25n })).toBe('0.0000123')
    expect(shareDecimal({ mantissa: 5n, exponent: 3n })).toBe('5000')
    expect(shareDecimal({ bits: 0n })).toBe('0')
    expect(shareDecimal(42n)).toBe('42')
})
