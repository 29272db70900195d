/**
 * The GraphQL explorer: GraphiQL 5, bundled (monaco's workers too), served by the gateway at
 * /graphql to browsers of signed-in staff. It runs operations as the signed-in user (the session
 * cookie); the facade's persisted operations are offered as examples (tabs).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';

const fetcher = async (params: unknown) => {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return res.json();
};

interface Example {
  name: string;
  query: string;
}

async function main() {
  const examples: Example[] = await fetch('/console/examples', { credentials: 'same-origin' }).then(
    (r) => (r.ok ? r.json() : []),
    () => [],
  );
  const defaultQuery =
    `# The GraphQL explorer of the Lifecare platform: operations run as you (audited).\n# The REST facade's ` +
    `persisted operations are in the tabs.\n{\n  currentTenant { domain name municipalityCode }\n}\n`;
  createRoot(document.getElementById('graphiql')!).render(
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={defaultQuery}
      defaultTabs={[
        { query: defaultQuery },
        ...examples.slice(0, 20).map((e) => ({ query: `# ${e.name}\n${e.query}` })),
      ]}
      defaultEditorToolsVisibility
    />,
  );
}
void main();
