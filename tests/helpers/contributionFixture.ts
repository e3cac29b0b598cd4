/**
 * A small, known catalogue for the contribution tools' tests (scaffold,
 * preview, freshness, links): five real-looking tools with names, aliases and
 * positions, on top of the real taxonomy (makeContentDir).
 */
import { makeContentDir, toolSource } from './contentFixture.ts';

export const FIXTURE_TOOLS: Record<string, string> = {
  'mlflow.mdx': toolSource({ name: 'MLflow', category: 'ml-project-frameworks', position: '\n  artifact: 0.7\n  scope: 0.62', stages: '[model-training, model-evaluation, deployment]', capabilities: '[experiment-tracking, model-registry]', personas: '[ml-researcher, ml-engineer]', ring: 'assess', license: 'Apache-2.0', website: 'https://mlflow.org', sources: '\n  - https://mlflow.org/docs/latest/' }),
  'weights-and-biases.mdx': toolSource({ name: '"Weights & Biases"', aliases: '["W&B", wandb]', category: 'experimentation-platforms', position: '\n  artifact: 0.8\n  scope: 0.3', license: 'proprietary', offering: 'commercial', hosting: 'saas', website: 'https://wandb.ai', sources: '\n  - https://docs.wandb.ai' }),
  'comet.mdx': toolSource({ name: 'Comet', aliases: '[Comet ML]', category: 'experimentation-platforms', position: '\n  artifact: 0.7\n  scope: 0.4', license: 'proprietary', offering: 'commercial', hosting: 'both', website: 'https://www.comet.com', sources: '\n  - https://www.comet.com/docs/v2/' }),
  'amazon-sagemaker.mdx': toolSource({ name: 'Amazon SageMaker AI', aliases: '[SageMaker, AWS SageMaker]', category: 'vendor-ai-platforms', position: '\n  artifact: 0.35\n  scope: 0.8', license: 'proprietary', offering: 'managed-service', hosting: 'saas', clouds: '[aws]', stages: '[model-training, deployment, monitoring]', capabilities: '[managed-compute, model-serving]', personas: '[ml-engineer]', addresses: '\n  - { concern: hard-serving, strength: 2 }', website: 'https://aws.amazon.com/sagemaker/', sources: '\n  - https://docs.aws.amazon.com/sagemaker/' }),
  'airflow.mdx': toolSource({ name: 'Apache Airflow', aliases: '[Airflow]', category: 'data-orchestrators', position: '\n  artifact: 0.4\n  scope: 0.2', ring: 'adopt', stages: '[data-acquisition, feature-engineering]', capabilities: '[pipeline-orchestration]', personas: '[software-engineer, ml-engineer]', addresses: '\n  - { concern: fragile-pipelines, strength: 3 }', website: 'https://airflow.apache.org', sources: '\n  - https://airflow.apache.org/docs/' }),
};

/** A temporary content folder holding the real taxonomy, the fixture tools and any extra tool files. */
export function makeFixtureCatalogue(extra: Record<string, string | Uint8Array> = {}, prefix?: string): string {
  return makeContentDir({ ...FIXTURE_TOOLS, ...extra }, prefix);
}
