/** The report list's index (lib/report-list-index.ts), which the list's script filters. */
import type { APIRoute } from 'astro';
import { reportListIndex } from '../../lib/report-list.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await reportListIndex()), { headers: { 'Content-Type': 'application/json' } });
