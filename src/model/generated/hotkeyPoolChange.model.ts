import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_, BigDecimalColumn as BigDecimalColumn_} from "@subsquid/typeorm-store"

/**
 * A change of a hotkey's pool: one row per block in which TotalHotkeyAlpha or TotalHotkeyShares changed. The pool as of block B is the latest row with blockNumber <= B.
 */
@Index_(["hotkey", "netuid", "blockNumber"], {unique: false})
@Entity_()
export class HotkeyPoolChange {
    constructor(props?: Partial<HotkeyPoolChange>) {
        Object.assign(this, props)
    }

    /**
     * <height:10>-<hotkey>-<netuid>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * id of the HotkeyPool
     */
    @StringColumn_({nullable: false})
    poolId!: string

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
     * Hotkey (ss58)
     */
    @StringColumn_({nullable: false})
    hotkey!: string

    /**
     * Subnet id
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * TotalHotkeyAlpha(hotkey, netuid) from this block on
     */
    @BigIntColumn_({nullable: false})
    totalAlpha!: bigint

    /**
     * TotalHotkeyShares(hotkey, netuid) from this block on (see HotkeyPool.totalShares)
     */
    @BigDecimalColumn_({nullable: true})
    totalShares!: BigDecimal | undefined | null

    /**
     * How the runtime keeps and values the pool's shares from this block on (see HotkeyPool.shareFormat)
     */
    @StringColumn_({nullable: true})
    shareFormat!: string | undefined | null
}
