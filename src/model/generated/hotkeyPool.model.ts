import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, BigDecimalColumn as BigDecimalColumn_} from "@subsquid/typeorm-store"

/**
 * A hotkey's stake pool on a subnet now (dTAO): epochs pay dividends into the pool, not into the positions' shares.
 */
@Index_(["hotkey", "netuid"], {unique: true})
@Index_(["netuid", "totalAlpha"], {unique: false})
@Entity_()
export class HotkeyPool {
    constructor(props?: Partial<HotkeyPool>) {
        Object.assign(this, props)
    }

    /**
     * <hotkey>-<netuid>
     */
    @PrimaryColumn_()
    id!: string

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
     * TotalHotkeyAlpha(hotkey, netuid): alpha held by all positions of the pool together (alpha units)
     */
    @BigIntColumn_({nullable: false})
    totalAlpha!: bigint

    /**
     * TotalHotkeyShares(hotkey, netuid) as the runtime reads it (U64F64 or SafeFloat, exact); null where the runtime keeps no shares (spec 204: a position's Alpha is its amount)
     */
    @BigDecimalColumn_({nullable: true})
    totalShares!: BigDecimal | undefined | null

    /**
     * How the runtime keeps and values this pool's shares, which sets a position's rounding (SQL stake_amount): U64 (integer share counts valued in 32 fractional bits, runtimes before spec 224), U64F64 (224 to 396), SAFE_FLOAT (397 on); null where the runtime keeps no shares
     */
    @StringColumn_({nullable: true})
    shareFormat!: string | undefined | null

    /**
     * Block of the last change
     */
    @Index_()
    @IntColumn_({nullable: false})
    updatedAtBlock!: number
}
