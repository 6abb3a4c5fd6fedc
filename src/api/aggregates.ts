/**
 * Dashboard aggregates, each one GROUP BY in Postgres (never rows summed in Node): stake flow per
 * subnet per hour or day, registrations and their cost per subnet per day, and the validators of
 * a subnet ranked by the stake on them. Amounts are exact integers as strings (BigInt scalar).
 */
import 'reflect-metadata'
import { Arg, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql'
import type { Pool } from 'pg'
import { BigIntScalar, DateTimeScalar } from './scalars'
import { badInput, checkNetuid, checkPage, MAX_PAGE_SIZE, type ResolverClass } from './listing'

/** Hour or day buckets, shared by every time series of the API (aggregates and src/api/timeseries.ts). */
export enum TimeBucket {
    HOUR = 'hour',
    DAY = 'day',
}
registerEnumType(TimeBucket, {
    name: 'TimeBucket',
    description: 'Width of a time bucket; buckets start on the hour / at midnight UTC',
    valuesConfig: { HOUR: { description: 'One hour' }, DAY: { description: 'One UTC day' } },
})

@ObjectType({
    description:
        'Stake added to and removed from one subnet in one time bucket (StakeEvent ADD and REMOVE rows; the halves of moves, transfers and swaps included)',
})
export class StakeFlowBucket {
    @Field(() => Int, { description: 'Subnet' }) netuid!: number
    @Field(() => DateTimeScalar, { description: 'Start of the bucket (UTC)' }) bucketStart!: Date
    @Field(() => BigIntScalar, { description: 'TAO staked into the subnet (sum of ADD taoAmount), rao' }) taoIn!: string
    @Field(() => BigIntScalar, { description: 'TAO unstaked from the subnet (sum of REMOVE taoAmount), rao' }) taoOut!: string
    @Field(() => BigIntScalar, { description: 'taoIn - taoOut, rao (negative when more left than came in)' }) netFlow!: string
    @Field(() => Int, { description: 'Number of ADD events' }) adds!: number
    @Field(() => Int, { description: 'Number of REMOVE events' }) removes!: number
}

@ObjectType({ description: 'Registrations on one subnet in one UTC day, and what the burned ones cost' })
export class RegistrationDay {
    @Field(() => Int, { description: 'Subnet' }) netuid!: number
    @Field(() => DateTimeScalar, { description: 'Midnight UTC starting the day' }) day!: Date
    @Field(() => Int, { description: 'NeuronRegistered events, all methods' }) registrations!: number
    @Field(() => Int, { description: 'Of those, registrations that burned TAO (burn is known)' }) burnedRegistrations!: number
    @Field(() => BigIntScalar, { description: 'TAO burned by them together, rao' }) totalBurn!: string
    @Field(() => BigIntScalar, { nullable: true, description: 'Cheapest burn of the day, rao (null without burned registrations)' })
    minBurn!: string | null
    @Field(() => BigIntScalar, { nullable: true, description: 'Dearest burn of the day, rao' }) maxBurn!: string | null
}

@ObjectType({ description: 'A hotkey on a subnet, ranked by the stake held on it now (StakePosition)' })
export class ValidatorStake {
    @Field(() => Int, { description: '1 = most stake; equal stakes share a rank' }) rank!: number
    @Field({ description: 'Hotkey (ss58)' }) hotkey!: string
    @Field(() => Int, { description: 'Subnet' }) netuid!: number
    @Field(() => Int, { nullable: true, description: 'uid the hotkey holds on the subnet now; null if it holds none' }) uid!: number | null
    @Field(() => BigIntScalar, {
        description: 'Stake on the hotkey: sum of alpha over its positions (alpha units; rao of TAO on netuid 0 and before dTAO)',
    })
    stake!: string
    @Field(() => Int, { description: 'Coldkeys with a position on the hotkey' }) stakers!: number
}

function checkRange(from: Date | null | undefined, to: Date | null | undefined) {
    if (from && to && from.getTime() > to.getTime()) throw badInput(`from (${from.toISOString()}) is after to (${to.toISOString()})`)
}

/** `getPool` is read per request (the pool belongs to the running server). */
export function buildAggregateResolvers(getPool: () => Pool): ResolverClass[] {
    @Resolver()
    class AggregateQueries {
        @Query(() => [StakeFlowBucket], {
            description: 'TAO staked in and out per subnet per hour or day, oldest bucket first (then by netuid); only buckets with events',
        })
        async stakeFlow(
            @Arg('interval', () => TimeBucket, { description: 'Bucket width' }) interval: TimeBucket,
            @Arg('netuid', () => Int, { nullable: true, description: 'Only this subnet' }) netuid?: number,
            @Arg('from', () => DateTimeScalar, { nullable: true, description: 'Events at or after this time' }) from?: Date,
            @Arg('to', () => DateTimeScalar, { nullable: true, description: 'Events before this time' }) to?: Date,
            @Arg('limit', () => Int, { nullable: true, description: `Buckets per page, at most ${MAX_PAGE_SIZE} (the default)` })
            limit?: number,
            @Arg('offset', () => Int, { nullable: true, description: 'Buckets to skip' }) offset?: number,
        ): Promise<StakeFlowBucket[]> {
            checkNetuid(netuid)
            checkRange(from, to)
            const n = checkPage('limit', limit, MAX_PAGE_SIZE)
            const skip = checkPage('offset', offset, 0)
            const sql = `
                SELECT netuid, date_trunc($1, "timestamp", 'UTC') AS "bucketStart",
                    coalesce(sum(tao_amount) FILTER (WHERE kind = 'ADD'), 0)::text AS "taoIn",
                    coalesce(sum(tao_amount) FILTER (WHERE kind = 'REMOVE'), 0)::text AS "taoOut",
                    (coalesce(sum(tao_amount) FILTER (WHERE kind = 'ADD'), 0) - coalesce(sum(tao_amount) FILTER (WHERE kind = 'REMOVE'), 0))::text AS "netFlow",
                    (count(*) FILTER (WHERE kind = 'ADD'))::int AS adds,
                    (count(*) FILTER (WHERE kind = 'REMOVE'))::int AS removes
                FROM stake_event
                WHERE kind IN ('ADD', 'REMOVE')
                    AND ($2::int IS NULL OR netuid = $2)
                    AND ($3::timestamptz IS NULL OR "timestamp" >= $3)
                    AND ($4::timestamptz IS NULL OR "timestamp" < $4)
                GROUP BY 1, 2
                ORDER BY 2, 1
                LIMIT ${n} OFFSET ${skip}`
            return (await getPool().query(sql, [interval, netuid ?? null, from ?? null, to ?? null])).rows
        }

        @Query(() => [RegistrationDay], {
            description:
                'Registrations and registration cost (TAO burned) per subnet per UTC day, oldest day first (then by netuid); only days with registrations',
        })
        async registrationsPerDay(
            @Arg('netuid', () => Int, { nullable: true, description: 'Only this subnet' }) netuid?: number,
            @Arg('from', () => DateTimeScalar, { nullable: true, description: 'Registrations at or after this time' }) from?: Date,
            @Arg('to', () => DateTimeScalar, { nullable: true, description: 'Registrations before this time' }) to?: Date,
            @Arg('limit', () => Int, { nullable: true, description: `Days per page, at most ${MAX_PAGE_SIZE} (the default)` })
            limit?: number,
            @Arg('offset', () => Int, { nullable: true, description: 'Days to skip' }) offset?: number,
        ): Promise<RegistrationDay[]> {
            checkNetuid(netuid)
            checkRange(from, to)
            const n = checkPage('limit', limit, MAX_PAGE_SIZE)
            const skip = checkPage('offset', offset, 0)
            const sql = `
                SELECT netuid, date_trunc('day', "timestamp", 'UTC') AS day,
                    count(*)::int AS registrations,
                    count(burn)::int AS "burnedRegistrations",
                    coalesce(sum(burn), 0)::text AS "totalBurn",
                    min(burn)::text AS "minBurn",
                    max(burn)::text AS "maxBurn"
                FROM registration
                WHERE ($1::int IS NULL OR netuid = $1)
                    AND ($2::timestamptz IS NULL OR "timestamp" >= $2)
                    AND ($3::timestamptz IS NULL OR "timestamp" < $3)
                GROUP BY 1, 2
                ORDER BY 2, 1
                LIMIT ${n} OFFSET ${skip}`
            return (await getPool().query(sql, [netuid ?? null, from ?? null, to ?? null])).rows
        }

        @Query(() => [ValidatorStake], {
            description:
                'Hotkeys of a subnet ranked by the stake on them now, most first (ties by hotkey); hotkeys without stake are not listed',
        })
        async validatorsByStake(
            @Arg('netuid', () => Int, { description: 'Subnet' }) netuid: number,
            @Arg('limit', () => Int, { nullable: true, description: `Hotkeys per page, at most ${MAX_PAGE_SIZE} (the default)` })
            limit?: number,
            @Arg('offset', () => Int, { nullable: true, description: 'Hotkeys to skip' }) offset?: number,
        ): Promise<ValidatorStake[]> {
            checkNetuid(netuid)
            const n = checkPage('limit', limit, MAX_PAGE_SIZE)
            const skip = checkPage('offset', offset, 0)
            const sql = `
                SELECT (rank() OVER (ORDER BY s.stake DESC))::int AS rank, s.hotkey, s.netuid, s.stake::text AS stake, s.stakers,
                    (SELECT min(n.uid) FROM neuron n WHERE n.netuid = s.netuid AND n.hotkey = s.hotkey AND n.deregistered_at_block IS NULL) AS uid
                FROM (
                    SELECT hotkey, netuid, sum(alpha) AS stake, count(DISTINCT coldkey)::int AS stakers
                    FROM stake_position
                    WHERE netuid = $1 AND alpha > 0
                    GROUP BY hotkey, netuid
                ) s
                ORDER BY s.stake DESC, s.hotkey
                LIMIT ${n} OFFSET ${skip}`
            return (await getPool().query(sql, [netuid])).rows
        }
    }
    return [AggregateQueries]
}
