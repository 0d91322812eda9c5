export * from './settings';
export * from './audit';
export * from './organisation';
export * from './competencies';
export * from './jobs';
export * from './staff';
export * from './exchange';
export * from './directory';
