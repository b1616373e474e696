/**
 * /downloads/<file>: every CSV, CSVW sidecar and JSON download, written as static files at build
 * (see src/lib/downloads.ts for what each contains).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDownloads } from '../../lib/download-catalogue';

const MEDIA_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', csvw: 'application/csvm+json; charset=utf-8' } as const;

export const getStaticPaths: GetStaticPaths = () =>
  getDownloads(new URL(import.meta.env.SITE)).map((f) => ({ params: { file: f.name }, props: { body: f.body, format: f.format } }));

export const GET: APIRoute = ({ props }) => {
  const { body, format } = props as { body: string; format: keyof typeof MEDIA_TYPES };
  return new Response(body, { headers: { 'Content-Type': MEDIA_TYPES[format] } });
};
