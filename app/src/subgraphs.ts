/** Every subgraph of the platform, in the order of their default ports (4001–4005). */
import { definition as care } from '@lcs/care';
import { definition as provider } from '@lcs/provider';
import { definition as hsl } from '@lcs/hsl';
import { definition as housing } from '@lcs/housing';
import { definition as iam } from '@lcs/iam';

export const SUBGRAPHS = [care, provider, hsl, housing, iam] as const;
export const DEFAULT_PORTS: Record<string, number> = {
  facade: 8443,
  gateway: 4000,
  care: 4001,
  provider: 4002,
  hsl: 4003,
  housing: 4004,
  iam: 4005,
};
