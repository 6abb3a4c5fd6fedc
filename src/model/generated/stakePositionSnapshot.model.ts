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

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: true})
    timestamp!: Date | undefined | null

    @StringColumn_({nullable: false})
    coldkey!: string

    @StringColumn_({nullable: false})
    hotkey!: string

    @IntColumn_({nullable: false})
    netuid!: number

    @BigIntColumn_({nullable: false})
    alpha!: bigint

    @BigIntColumn_({nullable: true})
    shares!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    hotkeyAlpha!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    hotkeyShares!: bigint | undefined | null
}
