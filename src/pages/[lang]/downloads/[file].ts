/**
 * Every download as a file: /<lang>/downloads/<name>.pdf|docx|md|zip. A static endpoint, so
 * `astro dev` serves the same files the build writes (src/lib/export/catalog.ts makes them).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDownloads, type DownloadFile } from '../../../lib/export/catalog';

export const getStaticPaths = (async () => {
  return (await allDownloads()).map((file) => ({ params: { lang: file.lang, file: file.name }, props: { file } }));
}) satisfies GetStaticPaths;

const types: Record<DownloadFile['format'], string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  zip: 'application/zip',
};

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: DownloadFile };
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': types[file.format] } });
};
