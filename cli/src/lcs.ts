#!/usr/bin/env node
/** The platform's command line: `pnpm lcs --help`. */
import { Command } from 'commander';
import { generate } from './generate.ts';

const program = new Command('lcs').description('Lifecare care-data API platform: run, seed, generate.');

program
  .command('generate')
  .description('Write the generated files: subgraph SDL, supergraph, drizzle migrations (all committed).')
  .option('--check', 'write nothing; exit 1 if any generated file is stale')
  .option('--name <name>', 'name for a new migration', 'schema')
  .action(async (o: { check?: boolean; name: string }) => {
    const stale = await generate({ check: o.check, migrationName: o.name });
    if (o.check && stale.length) {
      console.error('Stale generated files (run `pnpm generate` and commit):\n' + stale.map((s) => '  - ' + s).join('\n'));
      process.exit(1);
    }
    if (!stale.length) console.log('generated files are up to date');
  });

program
  .command('compose')
  .description('Compose the supergraph from the subgraphs\' SDL into schema/supergraph.graphql.')
  .option('--check', 'write nothing; exit 1 if the committed supergraph is stale')
  .action(async (o: { check?: boolean }) => {
    const stale = await generate({ check: true });
    const schemaStale = stale.filter((s) => !s.includes('drizzle'));
    if (o.check) {
      if (schemaStale.length) { console.error('stale: ' + schemaStale.join(', ')); process.exit(1); }
      console.log('supergraph is up to date');
      return;
    }
    if (schemaStale.length) await generate({});
    else console.log('supergraph is up to date');
  });

await program.parseAsync();
