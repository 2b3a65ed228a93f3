import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageRoutesOf } from './route-map';

const root = join(__dirname, '..');
const routesTsx = readFileSync(join(root, 'src/app/routes.tsx'), 'utf8');

describe('the route map the server preloads pages by', () => {
  const routes = pageRoutesOf(routesTsx);

  it('has every page of routes.tsx with the module it loads', () => {
    expect(routes).toHaveLength((routesTsx.match(/\bpage\(\s*'/g) ?? []).length + 1);
    expect(routes).toContainEqual({ path: '/', module: 'src/routes/HomePage.tsx' });
    expect(routes).toContainEqual({ path: '/paper/:slug', module: 'src/routes/PaperPage.tsx' });
    expect(routes).toContainEqual({ path: '/sota/:slug', module: 'src/routes/LeaderboardPage.tsx' });
    expect(routes).toContainEqual({ path: '/sota/:slug/history', module: 'src/routes/HistoryPage.tsx' });
    for (const { module } of routes) expect(existsSync(join(root, module))).toBe(true);
  });

  it('fails on a page that is not a lazy page module', () => {
    expect(() => pageRoutesOf("page('about', AboutPage),")).toThrow(/AboutPage at '\/about'/);
  });
});
