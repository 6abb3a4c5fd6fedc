import {sts, Block, Bytes, Option, Result, CallType, RuntimeCtx} from '../support'
import * as v103 from '../v103'
import * as v143 from '../v143'
import * as v204 from '../v204'

export const setWeights =  {
    name: 'SubtensorModule.set_weights',
    v103: new CallType(
        'SubtensorModule.set_weights',
        sts.struct({
            netuid: sts.number(),
            dests: sts.array(() => sts.number()),
            weights: sts.array(() => sts.number()),
            versionKey: sts.bigint(),
        })
    ),
}

export const register =  {
    name: 'SubtensorModule.register',
    v103: new CallType(
        'SubtensorModule.register',
        sts.struct({
            netuid: sts.number(),
            blockNumber: sts.bigint(),
            nonce: sts.bigint(),
            work: sts.bytes(),
            hotkey: v103.AccountId32,
            coldkey: v103.AccountId32,
        })
    ),
}

export const burnedRegister =  {
    name: 'SubtensorModule.burned_register',
    v103: new CallType(
        'SubtensorModule.burned_register',
        sts.struct({
            netuid: sts.number(),
            hotkey: v103.AccountId32,
        })
    ),
}

export const sudoRegister =  {
    name: 'SubtensorModule.sudo_register',
    v103: new CallType(
        'SubtensorModule.sudo_register',
        sts.struct({
            netuid: sts.number(),
            hotkey: v103.AccountId32,
            coldkey: v103.AccountId32,
            stake: sts.bigint(),
            balance: sts.bigint(),
        })
    ),
}

export const rootRegister =  {
    name: 'SubtensorModule.root_register',
    v143: new CallType(
        'SubtensorModule.root_register',
        sts.struct({
            hotkey: v143.AccountId32,
        })
    ),
}

export const commitWeights =  {
    name: 'SubtensorModule.commit_weights',
    /**
     * ---- Used to commit a hash of your weight values to later be revealed.
     * 
     * # Args:
     * * `origin`: (`<T as frame_system::Config>::RuntimeOrigin`):
     *   - The signature of the committing hotkey.
     * 
     * * `netuid` (`u16`):
     *   - The u16 network identifier.
     * 
     * * `commit_hash` (`H256`):
     *   - The hash representing the committed weights.
     * 
     * # Raises:
     * * `CommitRevealDisabled`:
     *   - Attempting to commit when the commit-reveal mechanism is disabled.
     * 
     * * `TooManyUnrevealedCommits`:
     *   - Attempting to commit when the user has more than the allowed limit of unrevealed commits.
     * 
     */
    v204: new CallType(
        'SubtensorModule.commit_weights',
        sts.struct({
            netuid: sts.number(),
            commitHash: v204.H256,
        })
    ),
}

export const revealWeights =  {
    name: 'SubtensorModule.reveal_weights',
    /**
     * ---- Used to reveal the weights for a previously committed hash.
     * 
     * # Args:
     * * `origin`: (`<T as frame_system::Config>::RuntimeOrigin`):
     *   - The signature of the revealing hotkey.
     * 
     * * `netuid` (`u16`):
     *   - The u16 network identifier.
     * 
     * * `uids` (`Vec<u16>`):
     *   - The uids for the weights being revealed.
     * 
     * * `values` (`Vec<u16>`):
     *   - The values of the weights being revealed.
     * 
     * * `salt` (`Vec<u16>`):
     *   - The salt used to generate the commit hash.
     * 
     * * `version_key` (`u64`):
     *   - The network version key.
     * 
     * # Raises:
     * * `CommitRevealDisabled`:
     *   - Attempting to reveal weights when the commit-reveal mechanism is disabled.
     * 
     * * `NoWeightsCommitFound`:
     *   - Attempting to reveal weights without an existing commit.
     * 
     * * `ExpiredWeightCommit`:
     *   - Attempting to reveal a weight commit that has expired.
     * 
     * * `RevealTooEarly`:
     *   - Attempting to reveal weights outside the valid reveal period.
     * 
     * * `InvalidRevealCommitHashNotMatch`:
     *   - The revealed hash does not match any committed hash.
     * 
     */
    v204: new CallType(
        'SubtensorModule.reveal_weights',
        sts.struct({
            netuid: sts.number(),
            uids: sts.array(() => sts.number()),
            values: sts.array(() => sts.number()),
            salt: sts.array(() => sts.number()),
            versionKey: sts.bigint(),
        })
    ),
}

export const batchRevealWeights =  {
    name: 'SubtensorModule.batch_reveal_weights',
    /**
     * ---- The implementation for batch revealing committed weights.
     * 
     * # Args:
     * * `origin`: (`<T as frame_system::Config>::RuntimeOrigin`):
     *   - The signature of the revealing hotkey.
     * 
     * * `netuid` (`u16`):
     *   - The u16 network identifier.
     * 
     * * `uids_list` (`Vec<Vec<u16>>`):
     *   - A list of uids for each set of weights being revealed.
     * 
     * * `values_list` (`Vec<Vec<u16>>`):
     *   - A list of values for each set of weights being revealed.
     * 
     * * `salts_list` (`Vec<Vec<u16>>`):
     *   - A list of salts used to generate the commit hashes.
     * 
     * * `version_keys` (`Vec<u64>`):
     *   - A list of network version keys.
     * 
     * # Raises:
     * * `CommitRevealDisabled`:
     *   - Attempting to reveal weights when the commit-reveal mechanism is disabled.
     * 
     * * `NoWeightsCommitFound`:
     *   - Attempting to reveal weights without an existing commit.
     * 
     * * `ExpiredWeightCommit`:
     *   - Attempting to reveal a weight commit that has expired.
     * 
     * * `RevealTooEarly`:
     *   - Attempting to reveal weights outside the valid reveal period.
     * 
     * * `InvalidRevealCommitHashNotMatch`:
     *   - The revealed hash does not match any committed hash.
     * 
     * * `InvalidInputLengths`:
     *   - The input vectors are of mismatched lengths.
     */
    v204: new CallType(
        'SubtensorModule.batch_reveal_weights',
        sts.struct({
            netuid: sts.number(),
            uidsList: sts.array(() => sts.array(() => sts.number())),
            valuesList: sts.array(() => sts.array(() => sts.number())),
            saltsList: sts.array(() => sts.array(() => sts.number())),
            versionKeys: sts.array(() => sts.bigint()),
        })
    ),
}

export const batchSetWeights =  {
    name: 'SubtensorModule.batch_set_weights',
    /**
     * --- Allows a hotkey to set weights for multiple netuids as a batch.
     * 
     * # Args:
     * * `origin`: (<T as frame_system::Config>Origin):
     *     - The caller, a hotkey who wishes to set their weights.
     * 
     * * `netuids` (Vec<Compact<u16>>):
     * 	- The network uids we are setting these weights on.
     * 
     * * `weights` (Vec<Vec<(Compact<u16>, Compact<u16>)>):
     * 	- The weights to set for each network. [(uid, weight), ...]
     * 
     * * `version_keys` (Vec<Compact<u64>>):
     * 	- The network version keys to check if the validator is up to date.
     * 
     * # Event:
     * * WeightsSet;
     * 	- On successfully setting the weights on chain.
     * * BatchWeightsCompleted;
     * 	- On success of the batch.
     * * BatchCompletedWithErrors;
     * 	- On failure of any of the weights in the batch.
     * * BatchWeightItemFailed;
     * 	- On failure for each failed item in the batch.
     * 
     */
    v224: new CallType(
        'SubtensorModule.batch_set_weights',
        sts.struct({
            netuids: sts.array(() => sts.number()),
            weights: sts.array(() => sts.array(() => sts.tuple(() => [sts.number(), sts.number()]))),
            versionKeys: sts.array(() => sts.bigint()),
        })
    ),
}
