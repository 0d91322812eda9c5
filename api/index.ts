export * from './result';
export * from './contract';
export * as schemas from './schemas';
