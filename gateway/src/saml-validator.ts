/**
 * samlify's XML schema validator (@authenio/samlify-node-xmllint) in a worker thread. Its check is
 * xmllint compiled to JavaScript and runs synchronously: the first run compiles that code (seconds),
 * and every run holds the thread it runs on. In a worker, neither stops the process answering
 * requests meanwhile, so the all-in-one can warm it at start without delaying its first answers.
 * Same answers as the module itself: resolves 'SUCCESS_VALIDATE_XML', rejects 'ERR_EXCEPTION_VALIDATE_XML'.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The worker: CommonJS, evaluated as is (no TypeScript loader needed), given the module's resolved path. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const validator = require(workerData.module);
parentPort.on('message', ({ id, xml }) => {
  Promise.resolve()
    .then(() => validator.validate(xml))
    .then(() => parentPort.postMessage({ id, ok: true }), () => parentPort.postMessage({ id, ok: false }));
});
`;

export interface SchemaValidator {
  validate(xml: string): Promise<string>;
}

export function workerSchemaValidator(): SchemaValidator & { close(): Promise<void> } {
  const module = createRequire(import.meta.url).resolve('@authenio/samlify-node-xmllint');
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (v: string) => void; reject: (e: unknown) => void }>();
  const start = () => {
    const w = new Worker(WORKER, { eval: true, workerData: { module } });
    w.unref(); // never keeps the process alive
    w.on('message', ({ id, ok }: { id: number; ok: boolean }) => {
      const p = pending.get(id);
      pending.delete(id);
      if (ok) p?.resolve('SUCCESS_VALIDATE_XML');
      else p?.reject('ERR_EXCEPTION_VALIDATE_XML');
    });
    const fail = (e: unknown) => {
      if (worker === w) worker = undefined; // the next validation starts a fresh one
      for (const p of pending.values()) p.reject(e instanceof Error ? e : new Error(`schema validator stopped (${e})`));
      pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`schema validator exited with code ${code}`)));
    return w;
  };
  return {
    validate(xml) {
      worker ??= start();
      const id = next++;
      return new Promise<string>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ id, xml });
      });
    },
    async close() {
      const w = worker;
      worker = undefined;
      await w?.terminate();
    },
  };
}
