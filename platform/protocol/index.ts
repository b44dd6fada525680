export * from './cases.js';
export * from './enroll.js';
export * from './errors.js';
export * from './signature.js';
export * from './health.js';
export * from './health.js';
