/** What the generators use: the runtime kit (kits, synthetic persons) plus the seed world and the staff roster. */
export * from '@lcs/platform';
export * from './world.ts';
export * from './staff.ts';
