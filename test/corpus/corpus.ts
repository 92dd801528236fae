/**
 * Every plan of the recognition corpus, one file a plan under plans/, listed here by hand and
 * sorted by file name. Add a new plan's import and its entry below.
 */
import { CorpusPlan } from './types';
import { plan as banesPrevent2017 } from './plans/banes-prevent-2017';
import { plan as csLeisureScrutinyNp2007 } from './plans/cs-leisure-scrutiny-np-2007';
import { plan as hertfordshireSeriousViolenceDelivery } from './plans/hertfordshire-serious-violence-delivery';
import { plan as narrativeCumberlandCsp } from './plans/narrative-cumberland-csp';
import { plan as narrativeNorthumbriaPcp } from './plans/narrative-northumbria-pcp';
import { plan as narrativeNuneatonBedworthAsb } from './plans/narrative-nuneaton-bedworth-asb';
import { plan as outerHebridesAsb200508 } from './plans/outer-hebrides-asb-2005-08';
import { plan as salford200205 } from './plans/salford-2002-05';
import { plan as sheffieldHateCrime201013 } from './plans/sheffield-hate-crime-2010-13';
import { plan as stocktonNpActionPlan } from './plans/stockton-np-action-plan';
import { plan as stocktonNpScrutiny2009 } from './plans/stockton-np-scrutiny-2009';
import { plan as stocktonReoffending2009 } from './plans/stockton-reoffending-2009';
import { plan as thamesValleyOpcc201516 } from './plans/thames-valley-opcc-2015-16';
import { plan as warwickshirePrevent201921 } from './plans/warwickshire-prevent-2019-21';

export const CORPUS: { slug: string; plan: CorpusPlan }[] = [
  { slug: 'banes-prevent-2017', plan: banesPrevent2017 },
  { slug: 'cs-leisure-scrutiny-np-2007', plan: csLeisureScrutinyNp2007 },
  { slug: 'hertfordshire-serious-violence-delivery', plan: hertfordshireSeriousViolenceDelivery },
  { slug: 'narrative-cumberland-csp', plan: narrativeCumberlandCsp },
  { slug: 'narrative-northumbria-pcp', plan: narrativeNorthumbriaPcp },
  { slug: 'narrative-nuneaton-bedworth-asb', plan: narrativeNuneatonBedworthAsb },
  { slug: 'outer-hebrides-asb-2005-08', plan: outerHebridesAsb200508 },
  { slug: 'salford-2002-05', plan: salford200205 },
  { slug: 'sheffield-hate-crime-2010-13', plan: sheffieldHateCrime201013 },
  { slug: 'stockton-np-action-plan', plan: stocktonNpActionPlan },
  { slug: 'stockton-np-scrutiny-2009', plan: stocktonNpScrutiny2009 },
  { slug: 'stockton-reoffending-2009', plan: stocktonReoffending2009 },
  { slug: 'thames-valley-opcc-2015-16', plan: thamesValleyOpcc201516 },
  { slug: 'warwickshire-prevent-2019-21', plan: warwickshirePrevent201921 },
];
