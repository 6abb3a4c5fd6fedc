import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, IntColumn as IntColumn_, Index as Index_, StringColumn as StringColumn_} from "@subsquid/typeorm-store"

/**
 * An event of interest that no decoder understood (a runtime shape the indexer does not know yet). Indexing continues; these rows say what was skipped, so it can be re-indexed after an upgrade of taoindex.
 */
@Entity_()
export class UnprocessedEvent {
    constructor(props?: Partial<UnprocessedEvent>) {
        Object.assign(this, props)
    }

    /**
     * <height:10>-<event index:6>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * Block height of the event
     */
    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    /**
     * Event name, e.g. SubtensorModule.StakeAdded
     */
    @Index_()
    @StringColumn_({nullable: false})
    name!: string

    /**
     * Runtime spec version of the block
     */
    @IntColumn_({nullable: false})
    specVersion!: number

    /**
     * Why it was skipped
     */
    @StringColumn_({nullable: false})
    reason!: string

    /**
     * The event's arguments as JSON, as the node's metadata decodes them
     */
    @StringColumn_({nullable: true})
    args!: string | undefined | null
}
