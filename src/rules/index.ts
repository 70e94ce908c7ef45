import type { RuleSpec } from './types';
import wrapperOnDomesticModel from './red/wrapper-on-domestic-model';
import thinWrapper from './red/thin-wrapper';
import modelWillSubsume from './red/model-will-subsume';
import foundationModelTraining from './red/foundation-model-training';
import belowOpenSourceBar from './red/below-open-source-bar';
import modelAndApp from './red/model-and-app';
import closedSourceForever from './red/closed-source-forever';
import noDataNoScenario from './red/no-data-no-scenario';
import burningCashForPmf from './red/burning-cash-for-pmf';
import longSalesCycle from './red/long-sales-cycle';
import modelPriceWar from './red/model-price-war';
import moatClaim from './red/moat-claim';
import competingWithGiants from './red/competing-with-giants';
import lowFrequencyToC from './red/low-frequency-to-c';
import toCTooEarly from './red/to-c-too-early';
import personalAssistant from './red/personal-assistant';
import grandGenerationMoonshot from './red/grand-generation-moonshot';
import noSalesCapability from './red/no-sales-capability';
import fomo from './red/fomo';
import expensiveValuation from './red/expensive-valuation';
import stateCapitalDependence from './red/state-capital-dependence';
import exitByAcquisition from './red/exit-by-acquisition';
import agiThesis from './red/agi-thesis';
import platformDependency from './red/platform-dependency';
import green_immediateRevenue from './green/immediate-revenue';
import green_signedOrdersPmf from './green/signed-orders-pmf';
import green_openSourceFinetune from './green/open-source-finetune';
import green_verticalDataLoop from './green/vertical-data-loop';
import green_toBProductivity from './green/to-b-productivity';
import green_valueBeyondModel from './green/value-beyond-model';
import gap_revenue from './gap/revenue';
import gap_burn from './gap/burn';
import gap_scenario from './gap/scenario';
import gap_data from './gap/data';
import gap_market from './gap/market';
import gap_whyYou from './gap/why-you';
import gap_appLayerBarrier from './gap/app-layer-barrier';

/** Every rule, in catalogue order: red flags, then strengths, then gaps. */
export const rules: readonly RuleSpec[] = [
  wrapperOnDomesticModel,
  thinWrapper,
  modelWillSubsume,
  foundationModelTraining,
  belowOpenSourceBar,
  modelAndApp,
  closedSourceForever,
  noDataNoScenario,
  burningCashForPmf,
  longSalesCycle,
  modelPriceWar,
  moatClaim,
  competingWithGiants,
  lowFrequencyToC,
  toCTooEarly,
  personalAssistant,
  grandGenerationMoonshot,
  noSalesCapability,
  fomo,
  expensiveValuation,
  stateCapitalDependence,
  exitByAcquisition,
  agiThesis,
  platformDependency,
  green_immediateRevenue,
  green_signedOrdersPmf,
  green_openSourceFinetune,
  green_verticalDataLoop,
  green_toBProductivity,
  green_valueBeyondModel,
  gap_revenue,
  gap_burn,
  gap_scenario,
  gap_data,
  gap_market,
  gap_whyYou,
  gap_appLayerBarrier,
];

/** The documentation page of a rule, e.g. docs/rules/red/thin-wrapper.md. */
export function docPath(id: string): string {
  const parts = id.split('/');
  const slug = parts[parts.length - 1];
  const kind = parts.length === 3 ? parts[1] : 'red';
  return `docs/rules/${kind}/${slug}.md`;
}
