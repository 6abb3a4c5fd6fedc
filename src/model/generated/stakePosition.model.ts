import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, BigDecimalColumn as BigDecimalColumn_} from "@subsquid/typeorm-store"

/**
 * A stake position now, valued: a SQL view of StakeShare x HotkeyPool (one row per position with non-zero shares).
 */
@Entity_()
export class StakePosition {
    constructor(props?: Partial<StakePosition>) {
        Object.assign(this, props)
    }

    /**
     * <coldkey>-<hotkey>-<netuid>
     */
    @PrimaryColumn_()
    id!: string

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
     * Subnet; before dTAO all stake is netuid 0
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * Alpha held (alpha units; before dTAO: rao of TAO): floor(shares x TotalHotkeyAlpha / TotalHotkeyShares); the amount itself where the runtime has no share pool
     */
    @BigIntColumn_({nullable: false})
    alpha!: bigint

    /**
     * The position's shares (StakeShare.shares); null where the runtime has no share pool (before dTAO, spec 204)
     */
    @BigDecimalColumn_({nullable: true})
    shares!: BigDecimal | undefined | null

    /**
     * TotalHotkeyAlpha(hotkey, netuid) now (dTAO)
     */
    @BigIntColumn_({nullable: true})
    hotkeyAlpha!: bigint | undefined | null

    /**
     * TotalHotkeyShares(hotkey, netuid) now (dTAO, from the runtimes that keep shares)
     */
    @BigDecimalColumn_({nullable: true})
    hotkeyShares!: BigDecimal | undefined | null

    /**
     * Last block at which the position's shares or its hotkey's pool changed
     */
    @IntColumn_({nullable: false})
    updatedAtBlock!: number
}
