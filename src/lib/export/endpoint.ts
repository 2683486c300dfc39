/**
 * The static endpoints that serve the downloads: src/pages/[lang]/downloads/[name].<format>.ts, one
 * route file per format so that Astro treats them as files (no trailing slash, in `astro dev` too).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDownloads, type DownloadFile, type Format } from './catalog';

const types: Record<Format, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  zip: 'application/zip',
};

/** getStaticPaths and GET for the files of one format. */
export function downloadRoute(format: Format): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () =>
      (await allDownloads())
        .filter((file) => file.format === format)
        .map((file) => ({ params: { lang: file.lang, name: file.name.slice(0, -(format.length + 1)) }, props: { file } })),
    GET: ({ props }) => {
      const { file } = props as { file: DownloadFile };
      return new Response(file.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': types[format] } });
    },
  };
}
