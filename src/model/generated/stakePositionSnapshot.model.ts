import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_, BigDecimalColumn as BigDecimalColumn_} from "@subsquid/typeorm-store"

/**
 * A position's value from a block on, a SQL view: one row per block in which its shares (StakeShareChange) or, while it was open, its hotkey's pool (HotkeyPoolChange) changed; a zero alpha row closes it. The position as of block B is the latest row with blockNumber <= B.
 */
@Entity_()
export class StakePositionSnapshot {
    constructor(props?: Partial<StakePositionSnapshot>) {
        Object.assign(this, props)
    }

    /**
     * <height:10>-<coldkey>-<hotkey>-<netuid>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * id of the StakePosition
     */
    @StringColumn_({nullable: false})
    positionId!: string

    /**
     * Block height
     */
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
     * Alpha held from this block on (rao before dTAO); 0 closes the position
     */
    @BigIntColumn_({nullable: false})
    alpha!: bigint

    /**
     * The position's shares from this block on; null where the runtime has no share pool
     */
    @BigDecimalColumn_({nullable: true})
    shares!: BigDecimal | undefined | null

    /**
     * TotalHotkeyAlpha(hotkey, netuid) from this block on (dTAO)
     */
    @BigIntColumn_({nullable: true})
    hotkeyAlpha!: bigint | undefined | null

    /**
     * TotalHotkeyShares(hotkey, netuid) from this block on (dTAO, from the runtimes that keep shares)
     */
    @BigDecimalColumn_({nullable: true})
    hotkeyShares!: BigDecimal | undefined | null
}
