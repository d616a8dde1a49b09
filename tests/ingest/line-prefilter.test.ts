import { describe, expect, it } from 'vitest';
import type { LineRule } from '../../scripts/ingest/strip/rule.ts';
import { someAnywhereRuleMatches } from '../../scripts/ingest/strip/line-prefilter.ts';
import { chromeRules } from '../../scripts/ingest/strip/rules/index.ts';

const rule = (id: string, pattern: RegExp, region?: LineRule['region']): LineRule => ({
  kind: 'line',
  id,
  description: id,
  pattern,
  region,
});

describe('someAnywhereRuleMatches', () => {
  const lines = [
    '版权所有 © 2024',
    '一、指导思想',
    '您的位置：首页 > 工作报告',
    '点击关闭',
    'Copyright 2023 cnj8',
    '加强师资队伍建设。',
    '',
    '👉联系客服👈',
  ];

  it('says whether any anywhere rule of the project matches, as trying each rule does', () => {
    const rules = chromeRules.filter((r): r is LineRule => r.kind === 'line');
    for (const line of lines) {
      const any = rules.some((r) => (r.region ?? 'anywhere') === 'anywhere' && r.pattern.test(line));
      expect(someAnywhereRuleMatches(rules, line)).toBe(any);
    }
  });

  it('ignores region rules and keeps each pattern its own flags', () => {
    const rules = [rule('a', /^abc$/), rule('b', /^XYZ$/i), rule('c', /^abc/, 'head')];
    expect(someAnywhereRuleMatches(rules, 'xyz')).toBe(true);
    expect(someAnywhereRuleMatches(rules, 'ABC')).toBe(false);
    expect(someAnywhereRuleMatches(rules, 'abcd')).toBe(false);
  });

  it('answers true (try every rule) when a pattern cannot be joined', () => {
    expect(someAnywhereRuleMatches([rule('backref', /^(a)\1$/)], 'zz')).toBe(true);
  });
});
