/** Captures what the process writes (stdout, stderr), to search it for personal data or secrets. */
import { vi } from 'vitest';

/** Appends every chunk written to stdout and stderr to `output`, still passing it through. */
export function captureStreams(output: string[]): void {
  for (const stream of [process.stdout, process.stderr]) {
    const orig = stream.write.bind(stream) as (...a: unknown[]) => boolean;
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      output.push(String(chunk));
      return orig(chunk, ...rest);
    }) as never);
  }
}
