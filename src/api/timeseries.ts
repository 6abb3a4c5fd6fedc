/**
 * Time-bucketed series for charts, computed in SQL by the functions the migrations create (the same
 * functions analysts call), so the API and SQL users get one answer. Buckets are UTC hours or days
 * of the block table's times.
 */
import 'reflect-metadata'
import { Arg, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql'
import type { Pool } from 'pg'
import { BigDecimalScalar, BigIntScalar, DateTimeScalar } from './scalars'
import { badInput, checkAccount, checkNetuid, type ResolverClass } from './listing'
import { TimeBucket } from './aggregates'

export enum EmissionInterval {
    BLOCK = 'block',
    HOUR = 'hour',
    DAY = 'day',
}
registerEnumType(EmissionInterval, {
    name: 'EmissionInterval',
    description: 'Bucket of an emission series: every block, or UTC hours or days',
    valuesConfig: { BLOCK: { description: 'Every block' }, HOUR: { description: 'One UTC hour' }, DAY: { description: 'One UTC day' } },
})

/** Longest series one request may ask for, so a query stays bounded. */
const MAX_BUCKETS = 5000
const BUCKET_MS: Record<string, number> = { block: 12_000, hour: 3_600_000, day: 86_400_000 }

@ObjectType({
    description:
        "One bucket of a subnet's alpha price (TAO per alpha as the block's runtime computes it, truncated to 18 decimals) and pool",
})
export class SubnetPriceCandle {
    @Field(() => Int, { description: 'Subnet id' }) netuid!: number
    @Field(() => DateTimeScalar, { description: 'Start of the bucket (UTC)' }) bucket!: Date
    @Field(() => Int, { description: 'First block of the bucket at which the subnet had a pool' }) firstBlock!: number
    @Field(() => Int, { description: 'Last indexed block in the bucket' }) lastBlock!: number
    @Field(() => BigDecimalScalar, { nullable: true, description: 'Price at firstBlock' }) open!: string | null
    @Field(() => BigDecimalScalar, { nullable: true, description: 'Highest price in effect at any block of the bucket' }) high!:
        string | null
    @Field(() => BigDecimalScalar, { nullable: true, description: 'Lowest price in effect at any block of the bucket' }) low!: string | null
    @Field(() => BigDecimalScalar, { nullable: true, description: 'Price at lastBlock' }) close!: string | null
    @Field(() => BigIntScalar, { description: 'SubnetTAO at lastBlock (rao)' }) taoReserve!: string
    @Field(() => BigIntScalar, { description: 'SubnetAlphaIn at lastBlock (alpha units)' }) alphaReserve!: string
    @Field(() => BigIntScalar, { description: 'SubnetAlphaOut at lastBlock (alpha units)' }) alphaOutstanding!: string
    @Field(() => BigIntScalar, { description: 'TAO (rao) staked into the subnet in the bucket: sum of StakeAdded (ADD rows)' })
    taoStaked!: string
    @Field(() => BigIntScalar, { description: 'TAO (rao) unstaked from the subnet in the bucket: sum of StakeRemoved (REMOVE rows)' })
    taoUnstaked!: string
}

/** Checks a [from, to) range against the bucket budget; open ends are bounded by the data itself. */
export function checkRange(interval: TimeBucket | EmissionInterval, from?: Date, to?: Date) {
    if (from && to) {
        if (to <= from) throw badInput('`to` must be after `from`')
        if ((to.getTime() - from.getTime()) / BUCKET_MS[interval] > MAX_BUCKETS)
            throw badInput(`a series may span at most ${MAX_BUCKETS} buckets`)
    }
}

@ObjectType({
    description: "A subnet's emission summed over a bucket: each per-block value times the blocks it held (see subnetEmissions)",
})
export class SubnetEmissionTotal {
    @Field(() => Int, { description: 'Subnet id' }) netuid!: number
    @Field(() => DateTimeScalar, { description: 'Start of the bucket (UTC), or the block time for BLOCK' }) bucket!: Date
    @Field(() => Int, { description: 'First block of the bucket at whose end the subnet existed' }) firstBlock!: number
    @Field(() => Int, { description: 'Last such block' }) lastBlock!: number
    @Field(() => Int, { description: 'Blocks counted' }) blocks!: number
    @Field(() => BigIntScalar, { nullable: true, description: 'Sum of EmissionValues (rao; runtimes before and early in dTAO)' })
    taoEmission!: string | null
    @Field(() => BigIntScalar, { nullable: true, description: 'Sum of SubnetTaoInEmission (rao)' }) taoInEmission!: string | null
    @Field(() => BigIntScalar, { nullable: true, description: 'Sum of SubnetAlphaInEmission (alpha units)' }) alphaInEmission!:
        string | null
    @Field(() => BigIntScalar, { nullable: true, description: 'Sum of SubnetAlphaOutEmission (alpha units)' }) alphaOutEmission!:
        string | null
    @Field(() => BigIntScalar, { nullable: true, description: 'Sum of SubnetExcessTao (rao)' }) excessTao!: string | null
}

@ObjectType({ description: "A hotkey's epoch results on a subnet summed over a bucket" })
export class HotkeyEmissionTotal {
    @Field({ description: 'Hotkey (ss58)' }) hotkey!: string
    @Field(() => Int, { description: 'Subnet id' }) netuid!: number
    @Field(() => DateTimeScalar, { description: 'Start of the bucket (UTC)' }) bucket!: Date
    @Field(() => Int, { description: 'Epochs in the bucket' }) epochs!: number
    @Field(() => BigIntScalar, { description: 'Sum of Emission[uid] (rao before dTAO, alpha units after)' }) emission!: string
    @Field(() => BigIntScalar, { nullable: true, description: 'Sum of AlphaDividendsPerSubnet (alpha units), where the runtime keeps it' })
    alphaDividends!: string | null
}

export function buildTimeSeriesResolvers(getPool: () => Pool): ResolverClass[] {
    @Resolver()
    class TimeSeriesQueries {
        @Query(() => [SubnetPriceCandle], {
            description:
                "Price candles of a subnet's alpha (OHLC of TAO per alpha) with closing reserves and staked/unstaked TAO, per UTC hour or day in [from, to). The pool at a block is the latest subnetPools row at or before it. At most 5000 buckets per request (the earliest): narrow with from/to.",
        })
        async subnetPriceCandles(
            @Arg('netuid', () => Int, { description: 'Subnet id' }) netuid: number,
            @Arg('interval', () => TimeBucket, { description: 'Bucket size' }) interval: TimeBucket,
            @Arg('from', () => DateTimeScalar, { nullable: true, description: 'Buckets from this time on (inclusive)' }) from?: Date,
            @Arg('to', () => DateTimeScalar, { nullable: true, description: 'Buckets before this time (exclusive)' }) to?: Date,
        ): Promise<SubnetPriceCandle[]> {
            checkNetuid(netuid)
            checkRange(interval, from, to)
            const sql = `
                SELECT netuid, bucket, first_block AS "firstBlock", last_block AS "lastBlock",
                       open::text, high::text, low::text, close::text,
                       tao_reserve::text AS "taoReserve", alpha_reserve::text AS "alphaReserve",
                       alpha_outstanding::text AS "alphaOutstanding", tao_staked::text AS "taoStaked", tao_unstaked::text AS "taoUnstaked"
                FROM subnet_price_candles($1, $2, $3, $4) LIMIT ${MAX_BUCKETS}`
            return (await getPool().query(sql, [interval, netuid, from ?? null, to ?? null])).rows
        }

        @Query(() => [SubnetEmissionTotal], {
            description: `Emission per subnet summed per block, UTC hour or day, from the change-only subnetEmissions rows. At most ${MAX_BUCKETS} rows per request (the earliest): narrow with from/to or fromBlock/toBlock.`,
        })
        async subnetEmissionTotals(
            @Arg('interval', () => EmissionInterval, { description: 'Bucket size' }) interval: EmissionInterval,
            @Arg('netuid', () => Int, { nullable: true, description: 'Only this subnet (all when omitted)' }) netuid?: number,
            @Arg('from', () => DateTimeScalar, { nullable: true, description: 'Buckets from this time on (inclusive)' }) from?: Date,
            @Arg('to', () => DateTimeScalar, { nullable: true, description: 'Buckets before this time (exclusive)' }) to?: Date,
            @Arg('fromBlock', () => Int, { nullable: true, description: 'Blocks from this height on (inclusive)' }) fromBlock?: number,
            @Arg('toBlock', () => Int, { nullable: true, description: 'Blocks up to this height (inclusive)' }) toBlock?: number,
        ): Promise<SubnetEmissionTotal[]> {
            checkNetuid(netuid)
            checkRange(interval, from, to)
            if (fromBlock != null && toBlock != null && toBlock < fromBlock) throw badInput('`toBlock` must not be below `fromBlock`')
            const sql = `
                SELECT netuid, bucket, first_block AS "firstBlock", last_block AS "lastBlock", blocks,
                       tao_emission::text AS "taoEmission", tao_in_emission::text AS "taoInEmission",
                       alpha_in_emission::text AS "alphaInEmission", alpha_out_emission::text AS "alphaOutEmission", excess_tao::text AS "excessTao"
                FROM subnet_emission_totals($1, $2, $3, $4, $5, $6) LIMIT ${MAX_BUCKETS}`
            return (await getPool().query(sql, [interval, netuid ?? null, from ?? null, to ?? null, fromBlock ?? null, toBlock ?? null]))
                .rows
        }

        @Query(() => [HotkeyEmissionTotal], {
            description: `A hotkey's epoch emission and alpha dividends per subnet per UTC hour or day. At most ${MAX_BUCKETS} rows per request (the earliest).`,
        })
        async hotkeyEmissionTotals(
            @Arg('hotkey', () => String, { description: 'Hotkey (ss58)' }) hotkey: string,
            @Arg('interval', () => TimeBucket, { description: 'Bucket size' }) interval: TimeBucket,
            @Arg('netuid', () => Int, { nullable: true, description: 'Only this subnet (all when omitted)' }) netuid?: number,
            @Arg('from', () => DateTimeScalar, { nullable: true, description: 'Buckets from this time on (inclusive)' }) from?: Date,
            @Arg('to', () => DateTimeScalar, { nullable: true, description: 'Buckets before this time (exclusive)' }) to?: Date,
        ): Promise<HotkeyEmissionTotal[]> {
            checkAccount('hotkey', hotkey)
            checkRange(interval, from, to)
            const sql = `
                SELECT hotkey, netuid, bucket, epochs, emission::text, alpha_dividends::text AS "alphaDividends"
                FROM hotkey_emission_totals($1, $2, $3, $4, $5) LIMIT ${MAX_BUCKETS}`
            return (await getPool().query(sql, [interval, hotkey, netuid ?? null, from ?? null, to ?? null])).rows
        }
    }
    return [TimeSeriesQueries]
}
