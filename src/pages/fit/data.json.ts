// Static JSON with everything the results page needs to score tools in the browser.
import { getCollection } from 'astro:content';
import { loadSiteQuestionnaire } from '../../lib/questionnaire/loadSiteQuestionnaire';

export async function GET() {
  const { data } = await loadSiteQuestionnaire(getCollection);
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
}
