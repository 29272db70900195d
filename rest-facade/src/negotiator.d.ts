/** negotiator 1.1 ships no types (jshttp/negotiator; @types/negotiator lags at 0.6 and lacks `preferred`). */
declare module 'negotiator' {
  import type { IncomingHttpHeaders } from 'node:http';

  class Negotiator {
    constructor(request: { headers: IncomingHttpHeaders });
    mediaType(available?: readonly string[]): string | undefined;
    mediaTypes(available?: readonly string[]): string[];
    encoding(available?: readonly string[], options?: { preferred?: readonly string[] }): string | undefined;
    encodings(available?: readonly string[], options?: { preferred?: readonly string[] }): string[];
  }
  export default Negotiator;
}
