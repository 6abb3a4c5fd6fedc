import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigDecimalColumn as BigDecimalColumn_} from "@subsquid/typeorm-store"

/**
 * A change of a position's shares: one row per block in which they changed (0 closes the position). The shares as of block B are the latest row with blockNumber <= B.
 */
@Index_(["coldkey", "blockNumber"], {unique: false})
@Index_(["hotkey", "netuid", "blockNumber"], {unique: false})
@Index_(["netuid", "blockNumber"], {unique: false})
@Index_(["positionId", "blockNumber"], {unique: false})
@Entity_()
export class StakeShareChange {
    constructor(props?: Partial<StakeShareChange>) {
        Object.assign(this, props)
    }

    /**
     * <height:10>-<coldkey>-<hotkey>-<netuid>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * id of the StakeShare / StakePosition
     */
    @StringColumn_({nullable: false})
    positionId!: string

    /**
     * Block height
     */
    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    /**
     * Block time
     */
    @DateTimeColumn_({nullable: true})
    timestamp!: Date | undefined | null

    /**
     * Owner (ss58)
     */
    @StringColumn_({nullable: false})
    coldkey!: string

    /**
     * Hotkey staked to (ss58)
     */
    @StringColumn_({nullable: false})
    hotkey!: string

    /**
     * Subnet id
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * Shares from this block on (see StakeShare.shares); 0 closes the position
     */
    @BigDecimalColumn_({nullable: false})
    shares!: BigDecimal
}
