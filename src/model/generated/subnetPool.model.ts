import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_, BooleanColumn as BooleanColumn_} from "@subsquid/typeorm-store"

/**
 * A dTAO subnet's TAO/alpha pool after a block, from storage: its reserves and the state the runtime prices alpha from. A row is written only at a block where one of these values differs from the subnet's previous row: the pool at block B is the latest row with blockNumber <= B. The alpha price in TAO, as the runtime computes it in each era (reserves, V3 square-root price, balancer weights), is the SQL function subnet_pool_price and the subnetPriceCandles query.
 */
@Index_(["netuid", "blockNumber"], {unique: false})
@Entity_()
export class SubnetPool {
    constructor(props?: Partial<SubnetPool>) {
        Object.assign(this, props)
    }

    /**
     * <height:10>-<netuid>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * Block height
     */
    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    /**
     * Block time
     */
    @Index_()
    @DateTimeColumn_({nullable: true})
    timestamp!: Date | undefined | null

    /**
     * Subnet id
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * SubnetTAO(netuid): TAO in the pool, in rao
     */
    @BigIntColumn_({nullable: false})
    taoReserve!: bigint

    /**
     * SubnetAlphaIn(netuid): alpha in the pool, in alpha units (1e-9 alpha)
     */
    @BigIntColumn_({nullable: false})
    alphaReserve!: bigint

    /**
     * SubnetAlphaOut(netuid): alpha outstanding outside the pool (staked), in alpha units
     */
    @BigIntColumn_({nullable: false})
    alphaOutstanding!: bigint

    /**
     * SubnetMechanism(netuid): 1 = dynamic (alpha priced by the pool), 0 = stable (alpha priced at 1 TAO, e.g. root)
     */
    @IntColumn_({nullable: true})
    mechanism!: number | undefined | null

    /**
     * Swap.SwapV3Initialized(netuid) (runtimes with the V3 swap, until 422): whether alphaSqrtPrice sets the price; null where the runtime has no such item
     */
    @BooleanColumn_({nullable: true})
    swapV3Initialized!: boolean | undefined | null

    /**
     * Swap.AlphaSqrtPrice(netuid) as the chain stores it, U64F64 bits: square root of the price = bits / 2^64 (V3 swap runtimes); null where the runtime has no such item
     */
    @BigIntColumn_({nullable: true})
    alphaSqrtPrice!: bigint | undefined | null

    /**
     * Swap.SwapBalancer(netuid).quote (balancer runtimes, from 423): the quote (TAO) weight in parts per 10^18; null where the runtime has no such item
     */
    @BigIntColumn_({nullable: true})
    balancerQuoteWeight!: bigint | undefined | null
}
