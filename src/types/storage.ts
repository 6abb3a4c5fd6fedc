export * as subtensorModule from './subtensor-module/storage'
export * as swap from './swap/storage'
