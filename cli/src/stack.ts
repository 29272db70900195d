/** The all-in-one's wiring lives in app/src/stack.ts; tests and the bench import it from here too. */
export * from '@lcs/app/stack';
