/** The downloads as PDF files: /<lang>/downloads/<name>.pdf (made by src/lib/export/). */
import { downloadRoute } from '../../../lib/export/endpoint';

const route = downloadRoute('pdf');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
