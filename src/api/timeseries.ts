/**
 * Time-bucketed series for charts, computed in SQL by the functions the migrations create (the same
 * functions analysts call), so the API and SQL users get one answer. Buckets are UTC hours or days
 * of the block table's times.
 */
import 'reflect-metadata'
import { Arg, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql'
import type { Pool } from 'pg'
import { BigDecimalScalar, BigIntScalar, DateTimeScalar } from './scalars'
import { badInput } from './listing'

export enum TimeInterval {
    HOUR = 'hour',
    DAY = 'day',
}
registerEnumType(TimeInterval, { name: 'TimeInterval', description: 'Bucket size of a time series (UTC)' })

/** Longest series one request may ask for, so a query stays bounded. */
const MAX_BUCKETS = 5000
const BUCKET_MS: Record<TimeInterval, number> = { [TimeInterval.HOUR]: 3_600_000, [TimeInterval.DAY]: 86_400_000 }

@ObjectType({ description: "One bucket of a subnet's alpha price (TAO per alpha, truncated to 18 decimals) and pool" })
export class SubnetPriceCandle {
    @Field(() => Int) netuid!: number
    @Field(() => DateTimeScalar, { description: 'Start of the bucket (UTC)' }) bucket!: Date
    @Field(() => Int, { description: 'First block of the bucket at which the subnet had a pool' }) firstBlock!: number
    @Field(() => Int, { description: 'Last indexed block in the bucket' }) lastBlock!: number
    @Field(() => BigDecimalScalar, { nullable: true, description: 'Price at firstBlock' }) open!: string | null
    @Field(() => BigDecimalScalar, { nullable: true, description: 'Highest price in effect at any block of the bucket' }) high!: string | null
    @Field(() => BigDecimalScalar, { nullable: true, description: 'Lowest price in effect at any block of the bucket' }) low!: string | null
    @Field(() => BigDecimalScalar, { nullable: true, description: 'Price at lastBlock' }) close!: string | null
    @Field(() => BigIntScalar, { description: 'SubnetTAO at lastBlock (rao)' }) taoReserve!: string
    @Field(() => BigIntScalar, { description: 'SubnetAlphaIn at lastBlock (alpha units)' }) alphaReserve!: string
    @Field(() => BigIntScalar, { description: 'SubnetAlphaOut at lastBlock (alpha units)' }) alphaOutstanding!: string
    @Field(() => BigIntScalar, { description: 'TAO (rao) staked into the subnet in the bucket: sum of StakeAdded (ADD rows)' }) taoStaked!: string
    @Field(() => BigIntScalar, { description: 'TAO (rao) unstaked from the subnet in the bucket: sum of StakeRemoved (REMOVE rows)' }) taoUnstaked!: string
}

/** Checks a [from, to) range against the bucket budget; open ends are bounded by the data itself. */
export function checkRange(interval: TimeInterval, from?: Date, to?: Date) {
    if (from && to) {
        if (to <= from) throw badInput('`to` must be after `from`')
        if ((to.getTime() - from.getTime()) / BUCKET_MS[interval] > MAX_BUCKETS) throw badInput(`a series may span at most ${MAX_BUCKETS} buckets`)
    }
}

export function buildTimeSeriesResolvers(getPool: () => Pool): Function[] {
    @Resolver()
    class TimeSeriesQueries {
        @Query(() => [SubnetPriceCandle], {
            description:
                "Price candles of a subnet's alpha (OHLC of TAO per alpha) with closing reserves and staked/unstaked TAO, per UTC hour or day in [from, to). The pool at a block is the latest subnetPools row at or before it.",
        })
        async subnetPriceCandles(
            @Arg('netuid', () => Int) netuid: number,
            @Arg('interval', () => TimeInterval) interval: TimeInterval,
            @Arg('from', () => DateTimeScalar, { nullable: true, description: 'inclusive' }) from?: Date,
            @Arg('to', () => DateTimeScalar, { nullable: true, description: 'exclusive' }) to?: Date,
        ): Promise<SubnetPriceCandle[]> {
            if (netuid < 0) throw badInput(`netuid must not be negative, got ${netuid}`)
            checkRange(interval, from, to)
            const sql = `
                SELECT netuid, bucket, first_block AS "firstBlock", last_block AS "lastBlock",
                       open::text, high::text, low::text, close::text,
                       tao_reserve::text AS "taoReserve", alpha_reserve::text AS "alphaReserve",
                       alpha_outstanding::text AS "alphaOutstanding", tao_staked::text AS "taoStaked", tao_unstaked::text AS "taoUnstaked"
                FROM subnet_price_candles($1, $2, $3, $4) LIMIT ${MAX_BUCKETS}`
            return (await getPool().query(sql, [interval, netuid, from ?? null, to ?? null])).rows
        }
    }
    return [TimeSeriesQueries]
}
