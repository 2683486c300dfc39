/** The downloads as ZIP files: /<lang>/downloads/<name>.zip (made by src/lib/export/). */
import { downloadRoute } from '../../../lib/export/endpoint';

const route = downloadRoute('zip');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
