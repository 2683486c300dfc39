/** The downloads as DOCX files: /<lang>/downloads/<name>.docx (made by src/lib/export/). */
import { downloadRoute } from '../../../lib/export/endpoint';

const route = downloadRoute('docx');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
