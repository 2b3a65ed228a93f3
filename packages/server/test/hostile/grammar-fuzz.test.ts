import { createSchema } from '../../src/graphql/schema';
import { useApiFixture } from '../support/api-fixture';
import { FuzzDocuments } from './fuzz-documents';
import { errorCodes, LEAKS, postJson } from './support';

const api = useApiFixture();
const DOCUMENTS = 600;
const SEED = 20_261_125;

it(`answers ${DOCUMENTS} random documents from the schema without a server error`, async () => {
  const fuzz = new FuzzDocuments(await createSchema(), SEED);
  const outcomes: Record<string, number> = {};
  const failures: string[] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const { query, variables } = fuzz.next();
    const response = await postJson(api.server.url, { query, variables });
    const codes = errorCodes(response);
    for (const code of codes.length ? new Set(codes) : ['OK']) outcomes[code] = (outcomes[code] ?? 0) + 1;
    if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || LEAKS.test(response.text)) {
      failures.push(`#${i} ${response.status} ${response.text.slice(0, 300)}\n${query}\n${JSON.stringify(variables)}`);
    }
  }
  expect(failures).toEqual([]);
  // The fuzz reaches execution, not only the gates in front of it.
  expect(outcomes.OK ?? 0).toBeGreaterThan(DOCUMENTS / 10);

  const alive = await postJson(api.server.url, { query: '{ __typename }' });
  expect(alive.json.data).toEqual({ __typename: 'Query' });
}, 900_000); // 600 requests in a row: about 10 s on an idle machine, over a minute on a loaded one
