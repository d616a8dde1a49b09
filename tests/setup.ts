/**
 * Property tests explore new random inputs on every local run; on CI (CI=true) they use one
 * fixed seed so a run is reproducible. A failure prints its seed and counterexample.
 */
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261122 });
