import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, StringColumn as StringColumn_} from "@subsquid/typeorm-store"

/**
 * A hyperparameter change: one row per SubtensorModule *Set event (TempoSet, MaxAllowedUidsSet, ...), decoded generically from the event fields, so new parameters need no code.
 */
@Index_(["netuid", "param", "blockNumber"], {unique: false})
@Entity_()
export class SubnetParamChange {
    constructor(props?: Partial<SubnetParamChange>) {
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
    @DateTimeColumn_({nullable: true})
    timestamp!: Date | undefined | null

    /**
     * Hash of the extrinsic that emitted the event; null outside an extrinsic
     */
    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    /**
     * Subnet the parameter belongs to; null for chain-wide parameters (events whose first field is not a subnet id)
     */
    @IntColumn_({nullable: true})
    netuid!: number | undefined | null

    /**
     * Event name without 'Set', e.g. Tempo, MaxAllowedUids
     */
    @StringColumn_({nullable: false})
    param!: string

    /**
     * The new value: the event's fields after the netuid, as JSON (numbers as strings)
     */
    @StringColumn_({nullable: false})
    value!: string
}
