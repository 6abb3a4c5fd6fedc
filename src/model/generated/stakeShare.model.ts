import {BigDecimal} from "@subsquid/big-decimal"
import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, BigDecimalColumn as BigDecimalColumn_} from "@subsquid/typeorm-store"

/**
 * A position's shares as the chain holds them now: one row per (coldkey, hotkey, netuid) with non-zero shares. Written by the indexer; StakePosition values them.
 */
@Index_(["hotkey", "netuid"], {unique: false})
@Entity_()
export class StakeShare {
    constructor(props?: Partial<StakeShare>) {
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
    @Index_()
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
     * The position's shares as the runtime reads them, as an exact number: Alpha(hotkey, coldkey, netuid) (an integer before spec 224, U64F64 from 224, the SafeFloat of AlphaV2 from 397 where no legacy entry is left). Where the runtime has no share pool (before dTAO: Stake(hotkey, coldkey) in rao; spec 204: Alpha in alpha units) the amount itself
     */
    @BigDecimalColumn_({nullable: false})
    shares!: BigDecimal

    /**
     * Block of the last change of the shares
     */
    @Index_()
    @IntColumn_({nullable: false})
    updatedAtBlock!: number
}
