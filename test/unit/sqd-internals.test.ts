/**
 * src/sqd patches private parts of SQD packages. These tests fail when an upgrade changes what a
 * patch relies on (a version other than the one it was written for, a member gone), before a sync
 * would silently lose its metrics or fast writes, or stop at the first head.
 */
import * as fs from 'fs'
import * as path from 'path'
import { Store } from '@subsquid/typeorm-store'
import { SubstrateBatchProcessor } from '@subsquid/substrate-processor'
import { RpcClient } from '@subsquid/rpc-client'
import { RunnerMetrics } from '@subsquid/util-internal-processor-tools/lib/runner-metrics'
import { Registry } from 'prom-client'
import { WRITTEN_FOR } from '../../src/sqd/versions'
import { batchTransaction, directWriter } from '../../src/sqd/typeorm-store'
import { processorRegistry } from '../../src/sqd/prometheus'
import { pollHeads } from '../../src/sqd/head-polling'
import { coalesceProcessorBatches } from '../../src/sqd/batch-coalescing'
import { cellText } from '../../src/db/bulk'
import { Runtime } from '@subsquid/substrate-runtime'
import * as storageModule from '@subsquid/substrate-runtime/lib/runtime/storage'
import { cacheStorageKeys } from '../../src/sqd/storage-key-cache'
import { availableRuntimes } from '../support/runtimes'

function installedVersion(pkg: string): string {
    let dir = path.dirname(require.resolve(pkg))
    while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
    return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version
}

it.each(Object.entries(WRITTEN_FOR))('%s is installed at %s, the version its patch was written for', (pkg, version) => {
    expect(installedVersion(pkg)).toBe(version)
})

it('package.json pins each patched package to that version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'))
    for (const [name, version] of Object.entries(WRITTEN_FOR)) expect([name, pkg.dependencies[name]]).toEqual([name, version])
})

it("typeorm-store: a finalized batch's EntityManager, none where changes are logged or the store is a stand-in", () => {
    const em = { marker: 'the transaction' } as any
    expect(directWriter(new Store(() => em))).toBe(em)
    expect(directWriter(new Store(() => em, {} as any))).toBeUndefined()
    expect(directWriter({ insert: async () => undefined } as any)).toBeUndefined()
    expect(batchTransaction(new Store(() => em, {} as any))).toBe(em)
})

it('substrate-processor: the private Prometheus registry and getChainRpcClient() the patches use exist', () => {
    const processor = new SubstrateBatchProcessor()
    expect(processorRegistry(processor)).toBeInstanceOf(Registry)
    expect(typeof (processor as any).getChainRpcClient).toBe('function')
    pollHeads(processor.setRpcEndpoint('http://127.0.0.1:1'), 1000)
    expect((processor as any).getChainRpcClient().supportsNotifications()).toBe(false)
})

it("substrate-processor: its data sources' getFinalizedBlocks() yields joined batches once coalesced", () => {
    const processor = new SubstrateBatchProcessor().setRpcEndpoint('http://127.0.0.1:1')
    coalesceProcessorBatches(processor, 100)
    const ds = (processor as any).getRpcDataSource()
    // memoized by SQD: the same data source, wrapped once
    expect((processor as any).getRpcDataSource()).toBe(ds)
    expect(typeof Object.getPrototypeOf(ds).getFinalizedBlocks).toBe('function')
    expect(ds.getFinalizedBlocks).not.toBe(Object.getPrototypeOf(ds).getFinalizedBlocks)
    expect(typeof (processor as any).getArchiveDataSource).toBe('function')
})

it('rpc-client and processor-tools: the prototype methods the patches wrap exist', () => {
    expect(typeof (RpcClient.prototype as any).isConnectionError).toBe('function')
    expect(typeof (RunnerMetrics.prototype as any).getStatusLine).toBe('function')
})

it('writes cells as the text Postgres casts back to their column types', () => {
    expect(cellText(null)).toBeNull()
    expect(cellText(undefined)).toBeNull()
    expect(cellText(12345678901234567890123n)).toBe('12345678901234567890123')
    expect(cellText(new Date(Date.UTC(2025, 1, 13, 12, 0, 0, 5)))).toBe('2025-02-13T12:00:00.005Z')
    expect(cellText([1, 2, 65535])).toBe('{1,2,65535}')
    expect(cellText([-3, 18446744073709551615n, null])).toBe('{-3,18446744073709551615,NULL}')
    expect(cellText(['a"b', 'c\\d', null])).toBe('{"a\\"b","c\\\\d",NULL}')
    expect(cellText('plain')).toBe('plain')
})

it('substrate-runtime: memoized storage keys equal freshly encoded ones, per runtime and item', async () => {
    const runtimes = await availableRuntimes()
    const alice = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d'
    const bob = '0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48'
    const reads: [string, unknown[]][] = [
        ['SubtensorModule.Stake', [alice, bob]],
        ['SubtensorModule.Alpha', [alice, bob, 3]],
        ['SubtensorModule.Alpha', [alice, bob, 4]],
        ['SubtensorModule.Alpha', [alice, bob]],
        ['SubtensorModule.Keys', [1, 7]],
        // parts hashed for the keys above, in other items and positions
        ['SubtensorModule.TotalHotkeyAlpha', [bob, 3]],
        ['SubtensorModule.Owner', [bob]],
        ['SubtensorModule.Keys', [3, 1]],
        ['SubtensorModule.Alpha', [bob, alice, 1]],
        ['SubtensorModule.SubnetTAO', [1]],
        ['System.Account', [alice]],
    ]
    const fresh = (rt: Runtime) => reads.map(([name, key]) => (rt.hasStorageItem(name) ? rt.encodeStorageKey(name, ...key) : null))
    const expected = runtimes.map(fresh)
    const memo = cacheStorageKeys()
    expect(runtimes.map(fresh)).toEqual(expected) // first use fills the cache
    const before = { ...memo }
    expect(runtimes.map(fresh)).toEqual(expected) // served from it
    const after = { ...memo }
    const encoded = expected.flat().filter((k) => k != null).length
    expect({ hits: after.hits - before.hits, misses: after.misses - before.misses }).toEqual({ hits: encoded, misses: 0 })
    // what the codec refuses stays refused though an equal number was cached
    const rt = runtimes[runtimes.length - 1]
    expect(() => rt.encodeStorageKey('SubtensorModule.SubnetTAO', 1n)).toThrow()
    // one copy of each item's description per runtime, equal to a fresh one; unknown items still throw
    const item = (r: Runtime, name: string) => (r as any)._getStorageItem(name.split('.'))
    expect(item(rt, 'SubtensorModule.Alpha')).toBe(item(rt, 'SubtensorModule.Alpha'))
    expect(item(rt, 'SubtensorModule.Alpha')).toEqual({ ...rt.description.storage.SubtensorModule.items.Alpha, prefix: 'SubtensorModule' })
    expect(item(runtimes[0], 'SubtensorModule.Keys')).not.toBe(item(rt, 'SubtensorModule.Keys'))
    expect(() => item(rt, 'SubtensorModule.NoSuchItem')).toThrow()
    expect(typeof (storageModule as any).encodeKey).toBe('function')
})
