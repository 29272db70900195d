/**
 * `pnpm deploy:check`: renders every overlay in deploy/overlays offline (`kubectl kustomize`, no
 * cluster), validates each object against the Kubernetes OpenAPI schemas (kubernetes-models'
 * validators), and checks the project's rules: every Deployment has /readyz and /healthz probes,
 * requests and limits, an HPA and a PDB, waits for the migration Job; every Secret and ConfigMap
 * it refers to exists (Secrets: as templates in deploy/secrets, placeholders only); a default-deny
 * NetworkPolicy; only the gateway reaches the subgraphs and only the facade and gateway are exposed;
 * images pinned; every namespaced object in a namespace.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Command } from 'commander';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Namespace, PersistentVolumeClaim, Secret, Service, ServiceAccount } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { ROOT } from './paths.ts';

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any manifest's fields, read as parsed YAML
  [k: string]: any;
};

/** The kinds deploy/ may contain, each with its schema validator. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'v1/ServiceAccount': ServiceAccount,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};
const CLUSTER_SCOPED = new Set(['Namespace']);
/** The parts that may be reached from outside the namespace. */
const EXPOSED = new Set(['gateway', 'facade']);
/** Prometheus scrapes this port from the monitoring namespace; it is not an exposure. */
const METRICS_PORT = 9464;
export const PLACEHOLDER = 'REPLACE-ME';

const id = (o: K8sObject) => `${o.kind}/${o.metadata?.name}`;

/** Schema errors of one object (unknown kinds are errors too: nothing passes unchecked). */
export function schemaErrors(o: K8sObject): string[] {
  const Model = MODELS[`${o.apiVersion}/${o.kind}`];
  if (!Model)
    return [`${id(o)}: ${o.apiVersion} ${o.kind} is not a kind deploy/ may use (no schema to validate it against)`];
  try {
    new Model(o as never).validate();
    return [];
  } catch (e) {
    return [`${id(o)}: ${(e as Error).message}`];
  }
}

interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export function selects(sel: Selector | undefined, labels: Record<string, string> = {}): boolean {
  if (!sel) return false;
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = e.key in labels;
    const ok =
      e.operator === 'In'
        ? has && (e.values ?? []).includes(labels[e.key]!)
        : e.operator === 'NotIn'
          ? !has || !(e.values ?? []).includes(labels[e.key]!)
          : e.operator === 'Exists'
            ? has
            : e.operator === 'DoesNotExist'
              ? !has
              : false;
    if (!ok) return false;
  }
  return true;
}

const isEmptySelector = (s: Selector | undefined) =>
  !!s && !Object.keys(s.matchLabels ?? {}).length && !(s.matchExpressions ?? []).length;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PodSpec = any;
const podOf = (o: K8sObject): { spec: PodSpec; labels: Record<string, string> } | undefined =>
  o.kind === 'Deployment' || o.kind === 'Job'
    ? { spec: o.spec?.template?.spec ?? {}, labels: o.spec?.template?.metadata?.labels ?? {} }
    : undefined;

function imagePinned(image: string): boolean {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return true;
  const tag = /:([^/:]+)$/.exec(image)?.[1];
  return !!tag && tag !== 'latest';
}

/**
 * The project's rules over one overlay's rendered objects; `secretTemplates` are the Secrets the
 * platform needs provisioned (deploy/secrets), which the overlays refer to but never contain.
 */
export function ruleErrors(objects: K8sObject[], secretTemplates: K8sObject[]): string[] {
  const errors: string[] = [];
  const of = (kind: string) => objects.filter((o) => o.kind === kind);
  const deployments = of('Deployment');
  const policies = of('NetworkPolicy');
  const configMaps = new Map(of('ConfigMap').map((c) => [c.metadata.name, c]));
  const secrets = new Map(secretTemplates.map((s) => [s.metadata.name, s]));

  for (const o of objects) {
    if (!CLUSTER_SCOPED.has(o.kind) && !o.metadata?.namespace)
      errors.push(`${id(o)}: no namespace (set one in the overlay)`);
    if (o.kind === 'Secret')
      errors.push(
        `${id(o)}: an overlay must not contain Secrets (they are provisioned apart; deploy/secrets lists them)`,
      );
  }
  for (const s of secretTemplates) {
    if (s.data) errors.push(`deploy/secrets ${id(s)}: templates use stringData placeholders only, not data`);
    for (const [k, v] of Object.entries(s.stringData ?? {}))
      if (v !== PLACEHOLDER)
        errors.push(`deploy/secrets ${id(s)}: ${k} must be the placeholder ${PLACEHOLDER}, not a value`);
  }

  const secretKey = (where: string, name: string, key?: string) => {
    const s = secrets.get(name);
    if (!s) errors.push(`${where}: refers to Secret ${name}, which deploy/secrets does not list`);
    else if (key !== undefined && !(key in (s.stringData ?? {})))
      errors.push(`${where}: refers to key ${key} of Secret ${name}, which has no such key`);
  };
  const configKey = (where: string, name: string, key?: string) => {
    const c = configMaps.get(name);
    if (!c) errors.push(`${where}: refers to ConfigMap ${name}, which the overlay does not contain`);
    else if (key !== undefined && !(key in (c.data ?? {})))
      errors.push(`${where}: refers to key ${key} of ConfigMap ${name}, which has no such key`);
  };

  for (const o of [...deployments, ...of('Job')]) {
    const pod = podOf(o)!;
    if (pod.spec.securityContext?.runAsNonRoot !== true)
      errors.push(`${id(o)}: pods must run as non-root (securityContext.runAsNonRoot)`);
    const volumes = new Map<string, PodSpec>((pod.spec.volumes ?? []).map((v: PodSpec) => [v.name, v]));
    for (const v of volumes.values())
      if (v.secret) {
        secretKey(`${id(o)} volume ${v.name}`, v.secret.secretName);
        for (const item of v.secret.items ?? []) secretKey(`${id(o)} volume ${v.name}`, v.secret.secretName, item.key);
      }
    for (const c of [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])]) {
      const where = `${id(o)} container ${c.name}`;
      if (!imagePinned(String(c.image ?? '')))
        errors.push(`${where}: image ${c.image} is not pinned (an exact tag other than latest, or a digest)`);
      for (const r of ['cpu', 'memory']) {
        if (!c.resources?.requests?.[r]) errors.push(`${where}: no ${r} request`);
        if (!c.resources?.limits?.[r]) errors.push(`${where}: no ${r} limit`);
      }
      for (const e of c.env ?? []) {
        if (e.valueFrom?.secretKeyRef)
          secretKey(`${where} env ${e.name}`, e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key);
        if (e.valueFrom?.configMapKeyRef)
          configKey(`${where} env ${e.name}`, e.valueFrom.configMapKeyRef.name, e.valueFrom.configMapKeyRef.key);
      }
      for (const e of c.envFrom ?? []) {
        if (e.secretRef) secretKey(`${where} envFrom`, e.secretRef.name);
        if (e.configMapRef) configKey(`${where} envFrom`, e.configMapRef.name);
      }
      for (const m of c.volumeMounts ?? [])
        if (!volumes.has(m.name)) errors.push(`${where}: mounts ${m.name}, which is not a volume of the pod`);
    }
  }

  const hpas = of('HorizontalPodAutoscaler');
  const pdbs = of('PodDisruptionBudget');
  const jobs = of('Job');
  const migrationJob = jobs.some((j) =>
    (j.spec?.template?.spec?.containers ?? []).some((c: PodSpec) =>
      [...(c.command ?? []), ...(c.args ?? [])].some((a: string) => /migrate\.ts$/.test(a)),
    ),
  );
  if (!migrationJob) errors.push('no migration Job (a Job running cli/src/migrate.ts)');
  for (const d of deployments) {
    const pod = podOf(d)!;
    for (const c of pod.spec.containers ?? []) {
      const where = `${id(d)} container ${c.name}`;
      if (c.readinessProbe?.httpGet?.path !== '/readyz')
        errors.push(`${where}: readinessProbe must be an HTTP GET of /readyz`);
      if (c.livenessProbe?.httpGet?.path !== '/healthz')
        errors.push(`${where}: livenessProbe must be an HTTP GET of /healthz`);
    }
    const waits = (pod.spec.initContainers ?? []).some((c: PodSpec) =>
      [...(c.command ?? []), ...(c.args ?? [])].join(' ').includes('migrate.ts --wait'),
    );
    if (!waits) errors.push(`${id(d)}: no initContainer waiting for the migrations (cli/src/migrate.ts --wait)`);
    const hpa = hpas.find(
      (h) => h.spec?.scaleTargetRef?.kind === 'Deployment' && h.spec.scaleTargetRef.name === d.metadata.name,
    );
    if (!hpa) errors.push(`${id(d)}: no HorizontalPodAutoscaler`);
    else if ((hpa.spec.minReplicas ?? 1) < 2)
      errors.push(`${id(d)}: its HPA's minReplicas is below 2 (one pod is no redundancy)`);
    const pdb = pdbs.find((p) => selects(p.spec?.selector, pod.labels));
    if (!pdb) errors.push(`${id(d)}: no PodDisruptionBudget selects its pods`);
    else if (hpa && typeof pdb.spec.minAvailable === 'number' && pdb.spec.minAvailable >= (hpa.spec.minReplicas ?? 1)) {
      errors.push(
        `${id(d)}: PodDisruptionBudget minAvailable ${pdb.spec.minAvailable} leaves no pod to evict at ` +
          `${hpa.spec.minReplicas} replicas (node drains would block)`,
      );
    }
  }

  // NetworkPolicy: a default deny for ingress and egress, then only the intended paths.
  const defaultDeny = policies.some(
    (p) =>
      isEmptySelector(p.spec?.podSelector) &&
      ['Ingress', 'Egress'].every((t) => (p.spec?.policyTypes ?? []).includes(t)) &&
      !(p.spec?.ingress ?? []).length &&
      !(p.spec?.egress ?? []).length,
  );
  if (!defaultDeny)
    errors.push('no default-deny NetworkPolicy (podSelector {}, policyTypes Ingress and Egress, no rules)');
  const componentOf = (labels: Record<string, string>) => labels['app.kubernetes.io/component'] ?? '';
  for (const d of deployments) {
    const pod = podOf(d)!;
    const component = componentOf(pod.labels);
    for (const p of policies.filter(
      (x) => selects(x.spec?.podSelector, pod.labels) || isEmptySelector(x.spec?.podSelector),
    )) {
      for (const rule of p.spec?.ingress ?? []) {
        const ports: number[] = (rule.ports ?? []).map((x: PodSpec) => Number(x.port));
        if (ports.length && ports.every((x) => x === METRICS_PORT)) continue;
        const peers: PodSpec[] = rule.from ?? [];
        if (!peers.length) errors.push(`${id(d)}: NetworkPolicy ${p.metadata.name} admits traffic from anywhere`);
        for (const peer of peers) {
          const outside = !!peer.ipBlock || !!peer.namespaceSelector;
          if (outside && !EXPOSED.has(component))
            errors.push(
              `${id(d)}: NetworkPolicy ${p.metadata.name} exposes a ${component || 'unlabelled'} pod outside ` +
                `the namespace (only the gateway and facade may be)`,
            );
          if (
            component === 'subgraph' &&
            !outside &&
            !(peer.podSelector?.matchLabels && componentOf(peer.podSelector.matchLabels) === 'gateway')
          ) {
            errors.push(
              `${id(d)}: NetworkPolicy ${p.metadata.name} lets something other than the gateway reach a subgraph`,
            );
          }
        }
      }
    }
  }
  const servicePods = (name: string) => {
    const s = of('Service').find((x) => x.metadata.name === name);
    return s
      ? deployments
          .filter((d) => selects({ matchLabels: s.spec?.selector }, podOf(d)!.labels))
          .map((d) => componentOf(podOf(d)!.labels))
      : [];
  };
  for (const s of of('Service')) {
    if (
      ['LoadBalancer', 'NodePort'].includes(s.spec?.type) &&
      !servicePods(s.metadata.name).every((c) => EXPOSED.has(c))
    ) {
      errors.push(`${id(s)}: type ${s.spec.type} exposes pods other than the gateway and facade`);
    }
  }
  for (const i of of('Ingress')) {
    for (const t of i.spec?.tls ?? []) if (t.secretName) secretKey(`${id(i)} tls`, t.secretName);
    for (const r of i.spec?.rules ?? [])
      for (const p of r.http?.paths ?? []) {
        const name = p.backend?.service?.name;
        const comps = servicePods(name);
        if (!comps.length) errors.push(`${id(i)}: backend Service ${name} selects no Deployment of the overlay`);
        else if (!comps.every((c) => EXPOSED.has(c)))
          errors.push(`${id(i)}: backend Service ${name} is not the gateway's or the facade's`);
      }
  }
  return errors;
}

export function parseManifests(text: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((d) => {
      if (d.errors.length) throw new Error(d.errors[0]!.message);
      return d.toJS() as K8sObject;
    })
    .filter(Boolean);
}

export function render(dir: string, kubectl = process.env.KUBECTL || 'kubectl'): K8sObject[] {
  const out = execFileSync(kubectl, ['kustomize', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 32 << 20,
  });
  return parseManifests(out);
}

export interface OverlayReport {
  overlay: string;
  objects: number;
  errors: string[];
}

/** Renders and checks every overlay under `deployDir` (default: the repository's deploy/). */
export function checkDeploy(deployDir = join(ROOT, 'deploy'), kubectl?: string): OverlayReport[] {
  const secretTemplates = render(join(deployDir, 'secrets'), kubectl);
  for (const s of secretTemplates)
    if (s.kind !== 'Secret') throw new Error(`deploy/secrets holds ${id(s)}: only Secret templates belong there`);
  const schema = secretTemplates.flatMap(schemaErrors);
  const overlays = readdirSync(join(deployDir, 'overlays'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (!overlays.length) throw new Error(`no overlays in ${join(deployDir, 'overlays')}`);
  return overlays.map((name, i) => {
    const dir = join(deployDir, 'overlays', name);
    const objects = render(dir, kubectl);
    return {
      overlay: relative(ROOT, dir),
      objects: objects.length,
      errors: [...(i === 0 ? schema : []), ...objects.flatMap(schemaErrors), ...ruleErrors(objects, secretTemplates)],
    };
  });
}

const isMain = process.argv[1] && /deploy-check\.ts$/.test(process.argv[1]);
if (isMain) {
  new Command('deploy:check')
    .description(
      'Render every overlay in deploy/overlays (kubectl kustomize, offline) and validate it: Kubernetes schemas ' +
        "and the project's rules.",
    )
    .option('--kubectl <path>', 'the kubectl to render with (default: $KUBECTL, else kubectl on the PATH)')
    .option('--dir <path>', 'the deploy folder', join(ROOT, 'deploy'))
    .action((o: { kubectl?: string; dir: string }) => {
      let reports: OverlayReport[];
      try {
        reports = checkDeploy(o.dir, o.kubectl);
      } catch (e) {
        const err = e as Error & { stderr?: string; code?: string };
        console.error(
          err.code === 'ENOENT'
            ? "kubectl was not found: install Debian's kubernetes-client (.ci/run does) or pass --kubectl"
            : `rendering failed: ${(err.stderr || err.message).trim()}`,
        );
        process.exit(2);
      }
      let failed = 0;
      for (const r of reports) {
        console.log(
          `${r.overlay}: ${r.objects} objects, ${
            r.errors.length ? `${r.errors.length} ` + `problem(s)` : 'schemas valid, rules hold'
          }`,
        );
        for (const e of r.errors) console.log(`  ✗ ${e}`);
        failed += r.errors.length;
      }
      if (failed) process.exit(1);
    })
    .parse();
}
