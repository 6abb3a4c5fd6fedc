import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'

export const codeUpdated =  {
    name: 'System.CodeUpdated',
    /**
     * `:code` was updated.
     */
    v103: new EventType(
        'System.CodeUpdated',
        sts.unit()
    ),
}
