export * as subtensorModule from './subtensor-module/storage'
