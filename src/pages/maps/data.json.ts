/** /maps/data.json — the compact data every live map loads (one file, cached across map pages). */
import type { APIRoute } from 'astro';
import { loadMapBundle } from '../../features/map/map-source';

export const GET: APIRoute = () => {
  const { geo: _geo, ...data } = loadMapBundle();
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
