/** The export runner's entry point, forked by the facade (export-runner.ts). */
import { runExportRunnerChild } from './export-runner.ts';

runExportRunnerChild();
