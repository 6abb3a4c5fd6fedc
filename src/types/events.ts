export * as system from './system/events'
export * as subtensorModule from './subtensor-module/events'
