/**
 * The reference teams `npm run preview:entry` ranks an entry for: a few
 * contrasting answer sets to the site's questionnaire, written as the
 * questionnaire's own public query strings (docs/url-contract.md), so each can
 * be opened on the site too (/fit/results/?<query>). A unit test checks that
 * every answer here is still a valid option of its question.
 */

export interface ReferenceTeam {
  id: string;
  name: string;
  /** Who they are, in one line. */
  summary: string;
  /** Answers as the questionnaire's query string. */
  query: string;
}

export const REFERENCE_TEAMS: readonly ReferenceTeam[] = [
  {
    id: 'research-lab',
    name: 'Research lab',
    summary: 'a few ML researchers, no cloud, tracking and tuning experiments, open source preferred',
    query: 'team=ml-researcher&team-size=small&stages=model-training,model-evaluation&pain-points=lost-experiments,manual-tuning&goals=focus-on-modeling,reproducibility&scope=piecemeal&cloud=none&open-source=preferred&budget=small&commit=no&core-business=no&workload=tabular,time-series&kubernetes=none&serving=batch&air-gapped=no&regulated=no',
  },
  {
    id: 'product-team-aws',
    name: 'Product team on AWS',
    summary: 'software engineers shipping models inside an AWS product, relying on managed services',
    query: 'team=software-engineer&team-size=medium&stages=deployment,functional-testing,monitoring&pain-points=hard-serving,blind-monitoring,untested-ml-code&goals=seamless-deployment,swe-best-practices&scope=unsure&cloud=aws&managed-services=heavy&hosting=managed&budget=flexible&commit=unsure&core-business=no&workload=tabular,llm-apps&kubernetes=managed&serving=online,hosted-api&air-gapped=no&regulated=no',
  },
  {
    id: 'platform-team-gcp',
    name: 'ML platform team on GCP',
    summary: 'ML engineers building an in-house, all-in-one platform on GCP for many data scientists',
    query: 'team=ml-engineer,ml-researcher&team-size=large&stages=data-acquisition,feature-engineering,model-training,deployment,monitoring&pain-points=fragile-pipelines,feature-skew,unversioned-data&goals=self-serve-ml,reproducibility,scalability,governance&frustrations=tool-sprawl&scope=all-in-one&cloud=gcp&managed-services=some&hosting=self-hosted&open-source=preferred&budget=flexible&commit=yes&separate-infra=no&core-business=yes&workload=tabular,vision,text&kubernetes=self-managed&serving=batch,online&air-gapped=no&regulated=yes',
  },
  {
    id: 'two-person-startup',
    name: 'Two-person start-up',
    summary: 'one ML engineer and one developer, no cloud chosen yet, no budget, getting a first model live',
    query: 'team=ml-engineer,software-engineer&team-size=solo&stages=model-training,deployment&pain-points=notebooks-stuck,hard-serving&frustrations=infrastructure-toil&goals=fast-productionization&scope=unsure&cloud=other&hosting=managed&open-source=required&budget=none&commit=no&core-business=no&workload=llm-apps&kubernetes=none&serving=hosted-api&air-gapped=no&regulated=no',
  },
];
