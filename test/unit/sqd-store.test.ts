/**
 * src/db/sqd-store.ts reads typeorm-store's private fields; these tests fail when an upgrade
 * changes them, before a sync would silently fall back to slow writes or break.
 */
import * as fs from 'fs'
import * as path from 'path'
import { Store } from '@subsquid/typeorm-store'
import { directWriter, WRITTEN_FOR_TYPEORM_STORE } from '../../src/db/sqd-store'
import { cellText } from '../../src/db/bulk'

it('runs against the typeorm-store version it was written for', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(require.resolve('@subsquid/typeorm-store'), '../../package.json'), 'utf8'))
    expect(pkg.version).toBe(WRITTEN_FOR_TYPEORM_STORE)
})

it("finds a finalized batch's EntityManager, and none where changes are logged or the store is a stand-in", () => {
    const em = { marker: 'the transaction' } as any
    expect(directWriter(new Store(() => em))).toBe(em)
    expect(directWriter(new Store(() => em, {} as any))).toBeUndefined()
    expect(directWriter({ insert: async () => undefined } as any)).toBeUndefined()
})

it('writes cells as the text Postgres casts back to their column types', () => {
    expect(cellText(null)).toBeNull()
    expect(cellText(undefined)).toBeNull()
    expect(cellText(12345678901234567890123n)).toBe('12345678901234567890123')
    expect(cellText(new Date(Date.UTC(2025, 1, 13, 12, 0, 0, 5)))).toBe('2025-02-13T12:00:00.005Z')
    expect(cellText([1, 2, 65535])).toBe('{"1","2","65535"}')
    expect(cellText(['a"b', 'c\\d', null])).toBe('{"a\\"b","c\\\\d",NULL}')
    expect(cellText('plain')).toBe('plain')
})
