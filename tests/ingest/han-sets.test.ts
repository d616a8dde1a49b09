import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hanSetsModule } from '../../scripts/ingest/flags/generate-han-sets.ts';
import { BIG5_LEVEL1, GB2312_LEVEL1, SIMPLIFIED_ONLY } from '../../scripts/ingest/flags/han-sets.ts';

describe('flags: the generated Han character sets', () => {
  it('are what the generator makes of the code pages now (regenerate after changing it)', () => {
    const generated = new URL('../../scripts/ingest/flags/han-sets.ts', import.meta.url);
    expect(readFileSync(generated, 'utf8')).toBe(hanSetsModule());
  });

  it('hold the level-1 sets whole and the Simplified-only forms Big5 cannot encode', () => {
    expect([...GB2312_LEVEL1]).toHaveLength(3755);
    expect([...BIG5_LEVEL1]).toHaveLength(5401);
    for (const ch of '贫铮荚') expect(SIMPLIFIED_ONLY).toContain(ch);
    for (const ch of '并范里') expect(SIMPLIFIED_ONLY).not.toContain(ch);
  });
});
