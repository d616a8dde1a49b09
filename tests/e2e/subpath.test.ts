/** The site built for a sub-path (`BASE_PATH=/sub/`): links, assets, search and data all under /sub/. */
import { describe } from 'vitest';
import { siteScenarios, useSite } from './scenarios.ts';

const get = useSite('/sub/');

describe('site under the sub-path /sub/', () => {
  siteScenarios(get);
});
