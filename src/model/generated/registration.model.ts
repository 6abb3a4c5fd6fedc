import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {RegistrationMethod} from "./_registrationMethod"

/**
 * One SubtensorModule.NeuronRegistered event.
 */
@Index_(["netuid", "blockNumber"], {unique: false})
@Entity_()
export class Registration {
    constructor(props?: Partial<Registration>) {
        Object.assign(this, props)
    }

    /**
     * <height:10>-<event index:6>
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
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    /**
     * Hash of the registering extrinsic
     */
    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    /**
     * Index of the event in the block's System.Events
     */
    @IntColumn_({nullable: false})
    eventIndex!: number

    /**
     * Subnet id
     */
    @IntColumn_({nullable: false})
    netuid!: number

    /**
     * uid on the subnet
     */
    @IntColumn_({nullable: false})
    uid!: number

    /**
     * Registered hotkey (ss58)
     */
    @Index_()
    @StringColumn_({nullable: false})
    hotkey!: string

    /**
     * Coldkey owning the hotkey (ss58), from Owner storage at that block
     */
    @StringColumn_({nullable: true})
    coldkey!: string | undefined | null

    /**
     * How the uid was obtained (from the call that emitted the event)
     */
    @Column_("varchar", {length: 7, nullable: false})
    method!: RegistrationMethod

    /**
     * Hotkey that held the uid before and was replaced (ss58); null for a fresh uid
     */
    @StringColumn_({nullable: true})
    replacedHotkey!: string | undefined | null

    /**
     * TAO (rao) burned: Burn(netuid) at this block, for BURNED registrations (the cost of registering there and then)
     */
    @BigIntColumn_({nullable: true})
    burn!: bigint | undefined | null
}
