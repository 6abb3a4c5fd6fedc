import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * A position's value from a block on: one row per change (a zero alpha row marks a closed position). The position as of block B is the latest row with blockNumber <= B.
 */
@Index_(["coldkey", "blockNumber"], {unique: false})
@Index_(["hotkey", "netuid", "blockNumber"], {unique: false})
@Index_(["positionId", "blockNumber"], {unique: false})
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
     * Alpha held from this block on (rao before dTAO); 0 closes the position
     */
    @BigIntColumn_({nullable: false})
    alpha!: bigint

    /**
     * Raw share count Alpha(hotkey, coldkey, netuid) (dTAO)
     */
    @BigIntColumn_({nullable: true})
    shares!: bigint | undefined | null

    /**
     * TotalHotkeyAlpha(hotkey, netuid) at this block (dTAO)
     */
    @BigIntColumn_({nullable: true})
    hotkeyAlpha!: bigint | undefined | null

    /**
     * TotalHotkeyShares(hotkey, netuid) at this block (dTAO, from the runtimes that keep shares)
     */
    @BigIntColumn_({nullable: true})
    hotkeyShares!: bigint | undefined | null
}
