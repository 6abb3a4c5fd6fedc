/**
 * Queries the generic list mechanism cannot express: positions as of a past block, a coldkey's
 * stake summed per subnet, and the indexer's own progress. All read-only SQL.
 */
import 'reflect-metadata'
import { Arg, Field, Int, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql'
import type { Pool } from 'pg'
import { BigDecimalScalar, BigIntScalar } from './scalars'
import { badInput, checkAccount, LiveSource, MAX_PAGE_SIZE, type ResolverClass } from './listing'
import { readIndexerStatus } from './live'

@ObjectType({ description: 'A stake position as of a block (from the snapshot history)' })
export class PositionAtBlock {
    @Field({ description: '<coldkey>-<hotkey>-<netuid>' }) id!: string
    @Field({ description: 'Owner (ss58)' }) coldkey!: string
    @Field({ description: 'Hotkey staked to (ss58)' }) hotkey!: string
    @Field(() => Int, { description: 'Subnet; before dTAO all stake is netuid 0' }) netuid!: number
    @Field(() => BigIntScalar, { description: 'Alpha held (rao before dTAO)' }) alpha!: string
    @Field(() => BigDecimalScalar, { nullable: true, description: "The position's shares (StakeShare.shares; dTAO)" }) shares!:
        string | null
    @Field(() => Int, { description: 'Block of the snapshot that set this value' }) sinceBlock!: number
}

@ObjectType({ description: "A coldkey's stake on one subnet, summed over its hotkeys" })
export class ColdkeySubnetStake {
    @Field(() => Int, { description: 'Subnet' }) netuid!: number
    @Field(() => BigIntScalar, { description: 'Sum of alpha over the hotkeys (rao before dTAO)' }) alpha!: string
    @Field(() => Int, { description: 'Hotkeys staked to' }) hotkeys!: number
}

@ObjectType({ description: 'How far the indexer has got, and how far behind the chain it is' })
export class IndexerStatus {
    @Field(() => Int, { description: 'Highest block indexed, unfinalized (hot) blocks included' }) height!: number
    @Field({ description: 'Hash of block `height`' }) hash!: string
    @Field(() => Int, { description: 'Last finalized block indexed (rows up to it can no longer be rolled back by a reorganisation)' })
    finalizedHeight!: number
    @Field(() => Int, { deprecationReason: 'the same as height', description: 'The same as height' }) headHeight!: number
    @Field(() => Int, {
        nullable: true,
        description:
            "The chain's best block height as the indexer saw it when it committed its last batch (null before the first batch of this version)",
    })
    chainHeight!: number | null
    @Field(() => Int, { nullable: true, description: 'chainHeight - height: blocks the indexer is behind the chain' }) lagBlocks!:
        number | null
    @Field(() => Int, { nullable: true, description: 'Runtime spec version of the last block indexed' }) specVersion!: number | null
    @Field(() => [String], {
        description:
            'Domains (e.g. stakes) that met a storage shape this release does not know in some indexed block: their rows are incomplete from that block on, the other domains are not; see domainFailures. Empty when all is well',
    })
    failedDomains!: string[]
}

/** `getPool` is read per request (the pool belongs to the running server). */
export function buildCustomResolvers(getPool: () => Pool, live: LiveSource): ResolverClass[] {
    const status = () => readIndexerStatus(getPool())
    async function* statusUpdates() {
        for await (const _height of live.heights()) {
            const s = await status()
            if (s) yield s
        }
    }

    // the latest share change of each position at or below the block, valued by its pool's latest
    // change at or below the block (filters name stake_share_change columns)
    const positionsAsOfSql = (filters: string[]) => `
        SELECT * FROM (
            SELECT s.position_id AS id, s.coldkey, s.hotkey, s.netuid,
                   stake_amount(s.shares, p.total_alpha, p.total_shares, p.share_format) AS alpha,
                   CASE WHEN p.total_shares IS NULL THEN NULL ELSE s.shares END AS shares,
                   GREATEST(s.block_number, p.block_number) AS "sinceBlock"
            FROM (
                SELECT DISTINCT ON (position_id) position_id, coldkey, hotkey, netuid, shares, block_number
                FROM stake_share_change
                WHERE block_number <= $1 ${filters.map((f) => 'AND ' + f).join(' ')}
                ORDER BY position_id, block_number DESC
            ) s
            LEFT JOIN LATERAL (
                SELECT pc.total_alpha, pc.total_shares, pc.share_format, pc.block_number FROM hotkey_pool_change pc
                WHERE pc.hotkey = s.hotkey AND pc.netuid = s.netuid AND pc.block_number <= $1
                ORDER BY pc.block_number DESC LIMIT 1
            ) p ON true
        ) p WHERE alpha > 0 OR shares > 0`

    @Resolver()
    class StakeQueries {
        @Query(() => [PositionAtBlock], { description: 'Stake positions as they were at the end of block `atBlock` (non-zero ones)' })
        async stakePositionsAt(
            @Arg('atBlock', () => Int, { description: 'Block height: positions as of the end of this block' }) atBlock: number,
            @Arg('coldkey', () => String, { nullable: true, description: 'Only this owner (ss58)' }) coldkey?: string,
            @Arg('hotkey', () => String, { nullable: true, description: 'Only this hotkey (ss58)' }) hotkey?: string,
            @Arg('netuid', () => Int, { nullable: true, description: 'Only this subnet' }) netuid?: number,
            @Arg('limit', () => Int, { nullable: true, description: `at most ${MAX_PAGE_SIZE}` }) limit?: number,
            @Arg('offset', () => Int, { nullable: true, description: 'Rows to skip' }) offset?: number,
        ): Promise<PositionAtBlock[]> {
            if (atBlock < 0) throw badInput(`atBlock must not be negative, got ${atBlock}`)
            checkAccount('coldkey', coldkey)
            checkAccount('hotkey', hotkey)
            const n = limit ?? MAX_PAGE_SIZE
            if (n < 0 || n > MAX_PAGE_SIZE) throw badInput(`limit must be between 0 and ${MAX_PAGE_SIZE}, got ${n}`)
            if ((offset ?? 0) < 0) throw badInput(`offset must not be negative, got ${offset}`)
            const params: unknown[] = [atBlock]
            const filters: string[] = []
            for (const [column, value] of [
                ['coldkey', coldkey],
                ['hotkey', hotkey],
                ['netuid', netuid],
            ] as const) {
                if (value == null) continue
                params.push(value)
                filters.push(`${column} = $${params.length}`)
            }
            const sql = `${positionsAsOfSql(filters)} ORDER BY id LIMIT ${n} OFFSET ${offset ?? 0}`
            return (await getPool().query(sql, params)).rows
        }

        @Query(() => [ColdkeySubnetStake], { description: "A coldkey's stake per subnet, now or at the end of block `atBlock`" })
        async coldkeyStake(
            @Arg('coldkey', () => String, { description: 'Owner (ss58)' }) coldkey: string,
            @Arg('atBlock', () => Int, { nullable: true, description: 'Block height; now when absent' }) atBlock?: number,
        ): Promise<ColdkeySubnetStake[]> {
            checkAccount('coldkey', coldkey)
            const source =
                atBlock == null
                    ? `SELECT netuid, alpha, hotkey FROM stake_position WHERE coldkey = $1`
                    : `SELECT netuid, alpha, hotkey FROM (${positionsAsOfSql(['coldkey = $2'])}) q`
            const params = atBlock == null ? [coldkey] : [atBlock, coldkey]
            const sql = `SELECT netuid, sum(alpha)::text AS alpha, count(DISTINCT hotkey)::int AS hotkeys FROM (${source}) s GROUP BY netuid ORDER BY netuid`
            return (await getPool().query(sql, params)).rows
        }

        @Query(() => IndexerStatus, { nullable: true, description: 'The indexer position; null before the first batch' })
        async indexerStatus(): Promise<IndexerStatus | null> {
            return status()
        }

        @Subscription(() => IndexerStatus, {
            name: 'indexerStatus',
            description: 'The indexer position, pushed each time the indexer commits a batch',
            subscribe: () => statusUpdates(),
        } as any)
        indexerStatusLive(@Root() s: IndexerStatus): IndexerStatus {
            return s
        }
    }
    return [StakeQueries]
}
