export * as subtensorModule from './subtensor-module/calls'
