/** The list of subgraphs lives in app/src/subgraphs.ts (the composition roots use it). */
export * from '@lcs/app/subgraphs';
