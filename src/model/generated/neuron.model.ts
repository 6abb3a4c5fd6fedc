import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, StringColumn as StringColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {RegistrationMethod} from "./_registrationMethod"

/**
 * One holder of one uid on one subnet, from registration until the uid is taken over, the hotkey is swapped out or the subnet is removed.
 */
@Index_(["netuid", "uid", "registeredAtBlock"], {unique: false})
@Index_(["hotkey", "registeredAtBlock"], {unique: false})
@Entity_()
export class Neuron {
    constructor(props?: Partial<Neuron>) {
        Object.assign(this, props)
    }

    /**
     * id of the event (or block, for STORAGE) that created it: <height:10>-<index:6>, then -<netuid>-<uid>
     */
    @PrimaryColumn_()
    id!: string

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
     * Hotkey holding the uid (ss58)
     */
    @StringColumn_({nullable: false})
    hotkey!: string

    /**
     * Coldkey owning the hotkey (ss58), from Owner storage at registration
     */
    @Index_()
    @StringColumn_({nullable: true})
    coldkey!: string | undefined | null

    /**
     * How the uid was obtained
     */
    @Column_("varchar", {length: 7, nullable: false})
    method!: RegistrationMethod

    /**
     * Block the neuron got the uid
     */
    @IntColumn_({nullable: false})
    registeredAtBlock!: number

    /**
     * Time of that block (null for the genesis block, which has no time)
     */
    @DateTimeColumn_({nullable: true})
    registeredAt!: Date | undefined | null

    /**
     * TAO (rao) burned for the uid: Burn(netuid) at the registration block, for BURNED registrations
     */
    @BigIntColumn_({nullable: true})
    burn!: bigint | undefined | null

    /**
     * Block it lost the uid (replaced, swapped, subnet removed); null while it holds it
     */
    @Index_()
    @IntColumn_({nullable: true})
    deregisteredAtBlock!: number | undefined | null

    /**
     * Time of that block
     */
    @DateTimeColumn_({nullable: true})
    deregisteredAt!: Date | undefined | null
}
