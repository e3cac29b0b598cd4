import type { ToolCardFacts } from '../../src/lib/cards/toolCard.ts';

/** A typical card's facts (MLflow's), for the card tests. */
export const MLFLOW_CARD_FACTS: ToolCardFacts = {
  id: 'mlflow',
  name: 'MLflow',
  description: 'Open-source platform for the machine learning lifecycle: experiment tracking, a model registry, evaluation and deployment, and tracing for LLM applications.',
  categoryName: 'ML project frameworks',
  quadrantName: 'ML platforms',
  quadrantId: 'ml-platforms',
  ringId: 'adopt',
  ringName: 'Adopt',
  status: 'active',
  position: { artifact: 0.7, scope: 0.62 },
};
