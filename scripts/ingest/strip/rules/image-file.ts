/**
 * @fileoverview
 *
 * Removes an image's file name standing where the image was (微信图片_20240312190537.jpg,
 * 会场全貌.jpg, with an attachment's size and download count), a Markdown image line
 * (`![](…/20190413205926.jpg)`) and a bare 图片 placeholder: what a scraper kept of a photo.
 *
 * e.g.
 * - before:
 *   3月12日，县教育局召开2024年教育工作会议。
 *   微信图片_20240312190537.jpg
 *   会议总结了2023年全县教育工作。
 * - after:
 *   3月12日，县教育局召开2024年教育工作会议。
 *   会议总结了2023年全县教育工作。
 */
import type { LineRule } from '../rule.ts';

export const imageFile: LineRule = {
  kind: 'line',
  id: 'image-file',
  description: 'An image’s file name or a bare 图片 placeholder where a photo stood.',
  pattern:
    /^[^\s。，]{1,60}\.(?:jpe?g|png|gif|webp|bmp)(?:\s*[(（][^()（）]{0,40}[)）])?$|^(?:图片|圖片|image)$|^!\[[^\]]*\]\([^)]*\)$/i,
};
