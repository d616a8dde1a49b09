/**
 * @fileoverview
 *
 * Removes the "like it? give a thumbs-up" prompt.
 *
 * e.g.
 * - before:
 *   Next Article
 *   喜欢就按个赞吧!!!
 * - after:
 *   Next Article
 */
import type { LineRule } from '../rule.ts';

/** 喜欢就按个赞吧!!!: a like-button prompt. */
export const likePrompt: LineRule = {
  kind: 'line',
  id: 'like-prompt',
  description: 'Like-button prompt (喜欢就按个赞吧).',
  pattern: /^喜欢(?:就|的话)?请?(?:按|点)个?赞吧?[!！]*$/,
};
