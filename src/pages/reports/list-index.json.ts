/** The report list's index (lib/report-list-index.ts, as lib/report-list-file.ts stores it), which the list's script filters. */
import type { APIRoute } from 'astro';
import { reportListIndex } from '../../lib/report-list.ts';
import { encodeListIndex } from '../../lib/report-list-file.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(encodeListIndex(await reportListIndex())), {
    headers: { 'Content-Type': 'application/json' },
  });
