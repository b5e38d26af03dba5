/** Every public event class and its detail type. */
export * from './connected.js';
export * from './disconnected.js';
export * from './config-change.js';
export * from './retrieved.js';
export * from './request-sync.js';
export * from './sync-complete.js';
export * from './error.js';
