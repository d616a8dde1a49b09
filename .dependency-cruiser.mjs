/**
 * `npm run lint:deps`: imports flow one way.
 *
 *   scripts/ (ingest, analyse, search index)  ─┐
 *                                               ├─→ shared/ (schemas, report reader, OpenCC chain, search rules, is-Han)
 *   src/ (the Astro site)                      ─┘
 *
 * The build scripts and the site both depend on shared/, never on each other, and shared/
 * depends on neither. tests/ and the root config files may import anything. No import
 * cycles. TypeScript files are parsed with swc (TypeScript 7's compiler has no JavaScript
 * API dependency-cruiser can use). Astro components are not parsed here; the imports in
 * their frontmatter and scripts are checked by tests/layout.test.ts.
 */
export default {
  forbidden: [
    {
      name: 'src-not-to-scripts',
      comment: 'The site must not import the build scripts: move what both need to shared/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'scripts-not-to-src',
      comment: 'The build scripts must not import the site: move what both need to shared/.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^src/' },
    },
    {
      name: 'shared-imports-neither-side',
      comment: 'shared/ is what scripts/ and src/ both use; it may import only itself and packages.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(src|scripts|tests)/' },
    },
    {
      name: 'code-not-to-tests',
      comment: 'Only tests import test helpers.',
      severity: 'error',
      from: { path: '^(src|scripts|shared)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      comment: 'An import cycle: break it by moving what both modules need into a third.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-types',
      comment:
        'A cycle of type-only imports: erased at run time, but the two modules still belong ' +
        'together or need a third. Known: scripts/ingest/strip/page.ts ⇄ strip/rule.ts.',
      severity: 'warn',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypes: ['type-only'] } },
    },
  ],
  options: {
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.astro)/' },
    moduleSystems: ['es6'],
  },
};
