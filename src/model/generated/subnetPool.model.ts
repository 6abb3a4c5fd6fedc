import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * A dTAO subnet's TAO/alpha pool after a block, from storage. A row is written only at a block where one of the three values differs from the subnet's previous row: the pool at block B is the latest row with blockNumber <= B. The alpha price in TAO is taoReserve / alphaReserve (see the SQL function alpha_price and the subnetPriceCandles query).
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
}
