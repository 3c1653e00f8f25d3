/** The database schema: one file per module in schema/, re-exported here for drizzle and the stores. */

export * from './schema/calendar';
export * from './schema/cases';
export * from './schema/catalogue';
export * from './schema/eforms';
export * from './schema/interactions';
export * from './schema/outbox';
export * from './schema/search';
export * from './schema/staff';
export * from './schema/workflow';
