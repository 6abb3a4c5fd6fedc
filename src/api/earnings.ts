/**
 * What stake earned: per position per epoch / hour / day, a validator's yield, and a coldkey's
 * portfolio. Computed in SQL by the functions of migration Earnings (position_earnings,
 * validator_yield, position_amount_at, ...), the same ones analysts call.
 */
import 'reflect-metadata'
import { Arg, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql'
import type { Pool } from 'pg'
import { BigDecimalScalar, BigIntScalar, DateTimeScalar } from './scalars'
import { badInput, checkAccount, checkNetuid, MAX_PAGE_SIZE, type ResolverClass } from './listing'

export enum EarningsInterval {
    EPOCH = 'epoch',
    HOUR = 'hour',
    DAY = 'day',
}
registerEnumType(EarningsInterval, {
    name: 'EarningsInterval',
    description: 'Bucket of an earnings series',
    valuesConfig: {
        EPOCH: { description: "Each epoch of the position's subnet (root stake: each block in which any subnet ran an epoch)" },
        HOUR: { description: 'One UTC hour (ends at its last indexed block)' },
        DAY: { description: 'One UTC day (ends at its last indexed block)' },
    },
})

/** Longest series one request may ask for. */
const MAX_ROWS = 5000

@ObjectType({ description: 'What one position earned in one bucket: blocks (startBlock, endBlock]' })
export class PositionEarning {
    @Field({ description: 'Owner (ss58)' }) coldkey!: string
    @Field({ description: 'Hotkey (ss58)' }) hotkey!: string
    @Field(() => Int, { description: 'Subnet id' }) netuid!: number
    @Field(() => DateTimeScalar, { nullable: true, description: 'Time of the epoch, or start of the UTC hour / day' }) bucket!: Date | null
    @Field(() => Int, { description: 'Block before the bucket (amounts at its end)' }) startBlock!: number
    @Field(() => Int, { description: 'Last block of the bucket' }) endBlock!: number
    @Field(() => BigIntScalar, { description: 'Alpha held at the end of startBlock (rao before dTAO)' }) startAlpha!: string
    @Field(() => BigIntScalar, { description: 'Alpha held at the end of endBlock' }) endAlpha!: string
    @Field(() => BigIntScalar, {
        description: "Alpha the position's own stake events added (ADD) or removed (REMOVE, RECYCLE, BURN) in the bucket",
    })
    stakeFlow!: string
    @Field(() => BigIntScalar, { description: 'endAlpha - startAlpha - stakeFlow: dividends (and, for the owner, take and incentive)' })
    earned!: string
    @Field(() => BigIntScalar, {
        nullable: true,
        description: "earned in rao at the subnet pool's price at endBlock (root and pre-dTAO stake: earned itself)",
    })
    earnedTao!: string | null
}

@ObjectType({ description: "A validator's pool on a subnet over one bucket: blocks (startBlock, endBlock]" })
export class ValidatorYield {
    @Field({ description: 'Hotkey (ss58)' }) hotkey!: string
    @Field(() => Int, { description: 'Subnet id' }) netuid!: number
    @Field(() => DateTimeScalar, { nullable: true, description: 'Time of the epoch, or start of the UTC hour / day' }) bucket!: Date | null
    @Field(() => Int, { description: 'Block before the bucket' }) startBlock!: number
    @Field(() => Int, { description: 'Last block of the bucket' }) endBlock!: number
    @Field(() => BigIntScalar, { description: 'TotalHotkeyAlpha at the end of startBlock' }) startAlpha!: string
    @Field(() => BigIntScalar, { description: 'TotalHotkeyAlpha at the end of endBlock' }) endAlpha!: string
    @Field(() => BigDecimalScalar, { nullable: true, description: 'Alpha per share at startBlock (18 decimals)' }) startAlphaPerShare!:
        string | null
    @Field(() => BigDecimalScalar, { nullable: true, description: 'Alpha per share at endBlock (18 decimals)' }) endAlphaPerShare!:
        string | null
    @Field(() => BigDecimalScalar, {
        nullable: true,
        description: 'Alpha earned per alpha staked over the bucket: endAlphaPerShare / startAlphaPerShare - 1 (18 decimals)',
    })
    yield!: string | null
    @Field(() => BigDecimalScalar, {
        nullable: true,
        description: 'yield x 2,628,000 blocks per year / blocks in the bucket (simple, not compounded)',
    })
    apr!: string | null
}

@ObjectType({ description: 'One position of a portfolio at a block' })
export class PortfolioPosition {
    @Field({ description: 'Hotkey (ss58)' }) hotkey!: string
    @Field(() => Int, { description: 'Subnet id' }) netuid!: number
    @Field(() => BigIntScalar, { description: 'Alpha held at the end of atBlock (rao before dTAO)' }) alpha!: string
    @Field(() => BigIntScalar, { nullable: true, description: "alpha in rao at the subnet pool's price at atBlock" }) taoValue!:
        string | null
    @Field(() => BigIntScalar, {
        nullable: true,
        description: 'Earned in blocks (sinceBlock, atBlock]: alpha now - alpha then - own stake flows; null without sinceBlock',
    })
    earnedSince!: string | null
}

/**
 * The SQL behind each query, positional parameters as the resolvers pass them; exported so the
 * benchmark times exactly what the API sends.
 */
export const EARNINGS_SQL = {
    /** $1 interval, $2 coldkey, $3 hotkey, $4 netuid, $5 fromBlock, $6 toBlock */
    positionEarnings: `
        SELECT coldkey, hotkey, netuid, bucket, start_block AS "startBlock", end_block AS "endBlock",
               start_alpha::text AS "startAlpha", end_alpha::text AS "endAlpha", stake_flow::text AS "stakeFlow",
               earned::text, earned_tao::text AS "earnedTao"
        FROM position_earnings($1, $2, $3, $4, $5, $6) LIMIT ${MAX_ROWS}`,
    /** $1 interval, $2 hotkey, $3 netuid, $4 fromBlock, $5 toBlock */
    validatorYield: `
        SELECT hotkey, netuid, bucket, start_block AS "startBlock", end_block AS "endBlock",
               start_alpha::text AS "startAlpha", end_alpha::text AS "endAlpha",
               start_alpha_per_share::text AS "startAlphaPerShare", end_alpha_per_share::text AS "endAlphaPerShare",
               yield::text, apr::text
        FROM validator_yield($1, $2, $3, $4, $5) LIMIT ${MAX_ROWS}`,
    /** $1 coldkey, $2 atBlock, $3 sinceBlock */
    portfolio: `
        WITH at AS (SELECT coalesce($2::int, (SELECT max(height) FROM block)) AS h),
        positions AS (
            SELECT DISTINCT c.hotkey, c.netuid FROM stake_share_change c, at WHERE c.coldkey = $1 AND c.block_number <= at.h
        )
        SELECT p.hotkey, p.netuid, v.alpha::text, alpha_tao_value(v.alpha, p.netuid, at.h)::text AS "taoValue",
               CASE WHEN $3::int IS NULL THEN NULL
                    ELSE (v.alpha - position_amount_at($1, p.hotkey, p.netuid, $3) - position_stake_flow($1, p.hotkey, p.netuid, $3, at.h))::text END AS "earnedSince"
        FROM positions p CROSS JOIN at
        CROSS JOIN LATERAL (SELECT position_amount_at($1, p.hotkey, p.netuid, at.h) AS alpha) v
        WHERE v.alpha > 0
        ORDER BY p.netuid, p.hotkey
        LIMIT ${MAX_PAGE_SIZE}`,
}

export function buildEarningsResolvers(getPool: () => Pool): ResolverClass[] {
    const blockRange = (fromBlock: number | undefined, toBlock: number | undefined, names = ['fromBlock', 'toBlock']) => {
        if (fromBlock != null && fromBlock < 0) throw badInput(`${names[0]} must not be negative, got ${fromBlock}`)
        if (toBlock != null && toBlock < 0) throw badInput(`${names[1]} must not be negative, got ${toBlock}`)
        if (fromBlock != null && toBlock != null && toBlock < fromBlock) throw badInput(`\`${names[1]}\` must not be below \`${names[0]}\``)
    }

    @Resolver()
    class EarningsQueries {
        @Query(() => [PositionEarning], {
            description: `What a coldkey's stake earned per position and epoch, hour or day in blocks (fromBlock, toBlock]: the change of each position's amount minus its own stake events. At most ${MAX_ROWS} rows (the earliest): narrow with the block range.`,
        })
        async positionEarnings(
            @Arg('coldkey', () => String, { description: 'Owner (ss58)' }) coldkey: string,
            @Arg('interval', () => EarningsInterval, { description: 'Bucket size' }) interval: EarningsInterval,
            @Arg('hotkey', () => String, { nullable: true, description: 'Only this hotkey (ss58)' }) hotkey?: string,
            @Arg('netuid', () => Int, { nullable: true, description: 'Only this subnet' }) netuid?: number,
            @Arg('fromBlock', () => Int, {
                nullable: true,
                description: 'Earnings after the end of this block (default: the first indexed block)',
            })
            fromBlock?: number,
            @Arg('toBlock', () => Int, { nullable: true, description: 'Up to the end of this block (default: the last indexed block)' })
            toBlock?: number,
        ): Promise<PositionEarning[]> {
            checkAccount('coldkey', coldkey)
            checkAccount('hotkey', hotkey)
            checkNetuid(netuid)
            blockRange(fromBlock, toBlock)
            const sql = EARNINGS_SQL.positionEarnings
            return (await getPool().query(sql, [interval, coldkey, hotkey ?? null, netuid ?? null, fromBlock ?? null, toBlock ?? null]))
                .rows
        }

        @Query(() => [ValidatorYield], {
            description: `A validator hotkey's yield per subnet and epoch, hour or day in blocks (fromBlock, toBlock]: the growth of its pool's alpha per share, which is what each of its nominators earned per alpha staked. At most ${MAX_ROWS} rows (the earliest).`,
        })
        async validatorYield(
            @Arg('hotkey', () => String, { description: 'Hotkey (ss58)' }) hotkey: string,
            @Arg('interval', () => EarningsInterval, { description: 'Bucket size' }) interval: EarningsInterval,
            @Arg('netuid', () => Int, { nullable: true, description: 'Only this subnet' }) netuid?: number,
            @Arg('fromBlock', () => Int, { nullable: true, description: 'After the end of this block (default: the first indexed block)' })
            fromBlock?: number,
            @Arg('toBlock', () => Int, { nullable: true, description: 'Up to the end of this block (default: the last indexed block)' })
            toBlock?: number,
        ): Promise<ValidatorYield[]> {
            checkAccount('hotkey', hotkey)
            checkNetuid(netuid)
            blockRange(fromBlock, toBlock)
            const sql = EARNINGS_SQL.validatorYield
            return (await getPool().query(sql, [interval, hotkey, netuid ?? null, fromBlock ?? null, toBlock ?? null])).rows
        }

        @Query(() => [PortfolioPosition], {
            description: `A coldkey's positions at the end of a block (default: the last indexed one) with their TAO value and, with sinceBlock, what each earned since. At most ${MAX_PAGE_SIZE} positions.`,
        })
        async portfolio(
            @Arg('coldkey', () => String, { description: 'Owner (ss58)' }) coldkey: string,
            @Arg('atBlock', () => Int, { nullable: true, description: 'Block height (default: the last indexed block)' }) atBlock?: number,
            @Arg('sinceBlock', () => Int, { nullable: true, description: 'Earnings after the end of this block' }) sinceBlock?: number,
        ): Promise<PortfolioPosition[]> {
            checkAccount('coldkey', coldkey)
            blockRange(sinceBlock, atBlock, ['sinceBlock', 'atBlock'])
            const sql = EARNINGS_SQL.portfolio
            return (await getPool().query(sql, [coldkey, atBlock ?? null, sinceBlock ?? null])).rows
        }
    }
    return [EarningsQueries]
}
