import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * A stake position as the chain holds it now: one row per (coldkey, hotkey, netuid) with a non-zero balance.
 */
@Index_(["hotkey", "netuid"], {unique: false})
@Index_(["netuid", "alpha"], {unique: false})
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
     * Alpha held (alpha units; before dTAO: rao of TAO): shares x TotalHotkeyAlpha / TotalHotkeyShares, rounded down, as of updatedAtBlock
     */
    @BigIntColumn_({nullable: false})
    alpha!: bigint

    /**
     * The chain's share count (Alpha storage) on dTAO runtimes: an integer before spec 224, U64F64 bits (x 2^64) from 224; null before dTAO
     */
    @BigIntColumn_({nullable: true})
    shares!: bigint | undefined | null

    /**
     * TotalHotkeyAlpha(hotkey, netuid) at updatedAtBlock (dTAO)
     */
    @BigIntColumn_({nullable: true})
    hotkeyAlpha!: bigint | undefined | null

    /**
     * TotalHotkeyShares(hotkey, netuid) at updatedAtBlock (dTAO, from the runtimes that keep shares)
     */
    @BigIntColumn_({nullable: true})
    hotkeyShares!: bigint | undefined | null

    /**
     * Last block at which the position or its hotkey's totals changed
     */
    @Index_()
    @IntColumn_({nullable: false})
    updatedAtBlock!: number
}
