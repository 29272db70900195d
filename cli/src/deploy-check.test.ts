/**
 * deploy:check finds what it must: a small valid set of objects passes, and each broken variant
 * (schema errors, a missing probe, limit, PDB, HPA, Secret or key, an unpinned image, no default
 * deny, a subgraph exposed) is refused with a message naming it. Then the real deploy/ overlays,
 * rendered with kubectl kustomize, have no problem at all.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkDeploy, PLACEHOLDER, ruleErrors, schemaErrors, type K8sObject } from './deploy-check.ts';

const ns = 'lcs-test';
const meta = (name: string, labels?: Record<string, string>) => ({
  name,
  namespace: ns,
  ...(labels ? { labels } : {}),
});
const secrets: K8sObject[] = [
  { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'lcs-database' }, stringData: { 'app-url': PLACEHOLDER } },
];

function part(name: string, component: string, port: number): K8sObject[] {
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': component };
  const res = () => ({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '256Mi' } });
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(name, labels),
      spec: {
        replicas: 2,
        selector: { matchLabels: { 'app.kubernetes.io/name': name } },
        template: {
          metadata: { labels },
          spec: {
            securityContext: { runAsNonRoot: true },
            initContainers: [
              { name: 'wait', image: 'lcs:1.0.0', command: ['node', 'cli/src/migrate.ts', '--wait'], resources: res() },
            ],
            containers: [
              {
                name,
                image: 'lcs:1.0.0',
                ports: [{ containerPort: port }],
                resources: res(),
                env: [
                  { name: 'APP_DATABASE_URL', valueFrom: { secretKeyRef: { name: 'lcs-database', key: 'app-url' } } },
                ],
                envFrom: [{ configMapRef: { name: 'lcs-config' } }],
                readinessProbe: { httpGet: { path: '/readyz', port } },
                livenessProbe: { httpGet: { path: '/healthz', port } },
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(name),
      spec: { selector: { 'app.kubernetes.io/name': name }, ports: [{ port }] },
    },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: meta(name),
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name }, minReplicas: 2, maxReplicas: 4 },
    },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: meta(name),
      spec: { minAvailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': name } } },
    },
  ];
}

function valid(): K8sObject[] {
  return [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('lcs-config'), data: { NODE_ENV: 'production' } },
    ...part('lcs-care', 'subgraph', 4001),
    ...part('lcs-gateway', 'gateway', 4000),
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: meta('lcs-migrate'),
      spec: {
        template: {
          spec: {
            restartPolicy: 'OnFailure',
            securityContext: { runAsNonRoot: true },
            containers: [
              {
                name: 'migrate',
                image: 'lcs:1.0.0',
                command: ['node', 'cli/src/migrate.ts'],
                resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '256Mi' } },
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('deny'),
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('subgraphs'),
      spec: {
        podSelector: { matchLabels: { 'app.kubernetes.io/component': 'subgraph' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/component': 'gateway' } } }],
            ports: [{ port: 4001 }],
          },
        ],
      },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('gateway'),
      spec: {
        podSelector: { matchLabels: { 'app.kubernetes.io/component': 'gateway' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }],
            ports: [{ port: 4000 }],
          },
        ],
      },
    },
  ];
}

const all = (objects: K8sObject[]) => [...objects.flatMap(schemaErrors), ...ruleErrors(objects, secrets)];
const find = (objects: K8sObject[], kind: string, name: string) =>
  objects.find((o) => o.kind === kind && o.metadata.name === name)!;
const care = (objects: K8sObject[]) => find(objects, 'Deployment', 'lcs-care').spec.template.spec;

/** `mutate` applied to a fresh valid set; the problems found. */
function broken(mutate: (objects: K8sObject[]) => void): string[] {
  const objects = valid();
  mutate(objects);
  return all(objects);
}

describe('deploy:check rules', () => {
  it('passes a complete, valid set', () => {
    expect(all(valid())).toEqual([]);
  });

  it('refuses objects that break the Kubernetes schema, and kinds it has no schema for', () => {
    expect(
      broken((o) => {
        find(o, 'Deployment', 'lcs-care').spec.replicas = 'two';
      }),
    ).toEqual([expect.stringMatching(/^Deployment\/lcs-care: .*replicas must be integer/)]);
    expect(
      broken((o) => {
        care(o).containers[0].resources.limits.cpu = 'lots';
      }),
    ).toEqual([expect.stringMatching(/^Deployment\/lcs-care: .*limits\/cpu/)]);
    expect(
      broken((o) => {
        o.push({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: meta('w') });
      }),
    ).toEqual(['Widget/w: example.com/v1 Widget is not a kind deploy/ may use (no schema to validate it against)']);
  });

  it('refuses a Deployment without probes, requests or limits, PDB or HPA, or the wait for migrations', () => {
    expect(
      broken((o) => {
        delete care(o).containers[0].readinessProbe;
      }),
    ).toEqual(['Deployment/lcs-care container lcs-care: readinessProbe must be an HTTP GET of /readyz']);
    expect(
      broken((o) => {
        care(o).containers[0].livenessProbe.httpGet.path = '/';
      }),
    ).toEqual(['Deployment/lcs-care container lcs-care: livenessProbe must be an HTTP GET of /healthz']);
    expect(
      broken((o) => {
        delete care(o).containers[0].resources.limits.memory;
      }),
    ).toEqual(['Deployment/lcs-care container lcs-care: no memory limit']);
    expect(
      broken((o) => {
        delete care(o).initContainers[0].resources.requests;
      }),
    ).toEqual([
      'Deployment/lcs-care container wait: no cpu request',
      'Deployment/lcs-care container wait: no memory request',
    ]);
    expect(
      broken((o) => {
        o.splice(o.indexOf(find(o, 'PodDisruptionBudget', 'lcs-care')), 1);
      }),
    ).toEqual(['Deployment/lcs-care: no PodDisruptionBudget selects its pods']);
    expect(
      broken((o) => {
        o.splice(o.indexOf(find(o, 'HorizontalPodAutoscaler', 'lcs-care')), 1);
      }),
    ).toEqual(['Deployment/lcs-care: no HorizontalPodAutoscaler']);
    expect(
      broken((o) => {
        find(o, 'PodDisruptionBudget', 'lcs-care').spec.minAvailable = 2;
      }),
    ).toEqual([expect.stringContaining('node drains would block')]);
    expect(
      broken((o) => {
        care(o).initContainers = [];
      }),
    ).toEqual(['Deployment/lcs-care: no initContainer waiting for the migrations (cli/src/migrate.ts --wait)']);
    expect(
      broken((o) => {
        o.splice(o.indexOf(find(o, 'Job', 'lcs-migrate')), 1);
      }),
    ).toEqual(['no migration Job (a Job running cli/src/migrate.ts)']);
  });

  it('refuses references to Secrets, keys or ConfigMaps that do not exist, and Secrets with values', () => {
    expect(
      broken((o) => {
        care(o).containers[0].env[0].valueFrom.secretKeyRef.key = 'owner-url';
      }),
    ).toEqual([
      'Deployment/lcs-care container lcs-care env APP_DATABASE_URL: refers to key owner-url of Secret ' +
        'lcs-database, which has no such key',
    ]);
    expect(
      broken((o) => {
        care(o).containers[0].env[0].valueFrom.secretKeyRef.name = 'lcs-db';
      }),
    ).toEqual([
      'Deployment/lcs-care container lcs-care env APP_DATABASE_URL: refers to Secret lcs-db, which ' +
        'deploy/secrets does not list',
    ]);
    expect(
      broken((o) => {
        care(o).containers[0].envFrom[0].configMapRef.name = 'other';
      }),
    ).toEqual([
      'Deployment/lcs-care container lcs-care envFrom: refers to ConfigMap other, which the overlay does not contain',
    ]);
    expect(
      broken((o) => {
        o.push({
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: meta('lcs-database'),
          stringData: { 'app-url': 'postgres://x' },
        });
      }),
    ).toEqual([
      'Secret/lcs-database: an overlay must not contain Secrets (they are provisioned apart; deploy/secrets ' +
        'lists them)',
    ]);
    expect(
      ruleErrors(valid(), [{ ...secrets[0]!, stringData: { 'app-url': 'postgres://lcs_app:hunter2@db/lcs' } }]),
    ).toEqual(['deploy/secrets Secret/lcs-database: app-url must be the placeholder REPLACE-ME, not a value']);
  });

  it('refuses unpinned images, objects without a namespace and pods that may run as root', () => {
    expect(
      broken((o) => {
        care(o).containers[0].image = 'lcs:latest';
      }),
    ).toEqual([
      'Deployment/lcs-care container lcs-care: image lcs:latest is not pinned (an exact tag other than latest, ' +
        'or a digest)',
    ]);
    expect(
      broken((o) => {
        care(o).containers[0].image = 'registry.example.se/lcs';
      }),
    ).toEqual([expect.stringContaining('is not pinned')]);
    expect(
      broken((o) => {
        delete find(o, 'Service', 'lcs-care').metadata.namespace;
      }),
    ).toEqual(['Service/lcs-care: no namespace (set one in the overlay)']);
    expect(
      broken((o) => {
        care(o).securityContext = {};
      }),
    ).toEqual(['Deployment/lcs-care: pods must run as non-root (securityContext.runAsNonRoot)']);
  });

  it('refuses a missing default deny and anything that exposes a subgraph', () => {
    expect(
      broken((o) => {
        o.splice(o.indexOf(find(o, 'NetworkPolicy', 'deny')), 1);
      }),
    ).toEqual(['no default-deny NetworkPolicy (podSelector {}, policyTypes Ingress and Egress, no rules)']);
    expect(
      broken((o) => {
        find(o, 'NetworkPolicy', 'subgraphs').spec.ingress[0].from.push({ ipBlock: { cidr: '0.0.0.0/0' } });
      }),
    ).toEqual([
      'Deployment/lcs-care: NetworkPolicy subgraphs exposes a subgraph pod outside the namespace (only the ' +
        'gateway and facade may be)',
    ]);
    expect(
      broken((o) => {
        find(o, 'NetworkPolicy', 'subgraphs').spec.ingress[0].from = [
          { podSelector: { matchLabels: { 'app.kubernetes.io/component': 'facade' } } },
        ];
      }),
    ).toEqual(['Deployment/lcs-care: NetworkPolicy subgraphs lets something other than the gateway reach a subgraph']);
    expect(
      broken((o) => {
        delete find(o, 'NetworkPolicy', 'subgraphs').spec.ingress[0].from;
      }),
    ).toEqual(['Deployment/lcs-care: NetworkPolicy subgraphs admits traffic from anywhere']);
    expect(
      broken((o) => {
        find(o, 'Service', 'lcs-care').spec.type = 'LoadBalancer';
      }),
    ).toEqual(['Service/lcs-care: type LoadBalancer exposes pods other than the gateway and facade']);
    expect(
      broken((o) => {
        o.push({
          apiVersion: 'networking.k8s.io/v1',
          kind: 'Ingress',
          metadata: meta('care'),
          spec: {
            rules: [
              {
                http: {
                  paths: [
                    {
                      path: '/',
                      pathType: 'Prefix',
                      backend: { service: { name: 'lcs-care', port: { number: 4001 } } },
                    },
                  ],
                },
              },
            ],
          },
        });
      }),
    ).toEqual(["Ingress/care: backend Service lcs-care is not the gateway's or the facade's"]);
  });
});

const kubectl = process.env.KUBECTL || 'kubectl';
let hasKubectl = true;
try {
  execFileSync(kubectl, ['version', '--client'], { stdio: 'ignore' });
} catch {
  hasKubectl = false;
}

// .ci/run installs Debian's kubernetes-client; without kubectl the rendering cannot run at all.
describe.skipIf(!hasKubectl)('deploy/ as committed (kubectl kustomize)', () => {
  it('renders every overlay, and every object is valid and follows the rules', () => {
    const reports = checkDeploy();
    expect(reports.map((r) => r.overlay)).toEqual([
      'deploy/overlays/prod',
      'deploy/overlays/prod-ingress-client-cert',
      'deploy/overlays/utb',
    ]);
    for (const r of reports) {
      expect(r.errors, r.overlay).toEqual([]);
      // 7 parts × (Deployment, Service, HPA, PDB), the Job, ConfigMap, ServiceAccount, Ingress, 7 NetworkPolicies
      expect(r.objects).toBeGreaterThanOrEqual(39);
    }
  });
});
