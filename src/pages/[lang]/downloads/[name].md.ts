/** The downloads as MD files: /<lang>/downloads/<name>.md (made by src/lib/export/). */
import { downloadRoute } from '../../../lib/export/endpoint';

const route = downloadRoute('md');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
