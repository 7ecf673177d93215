import type { Detector } from './detector.ts';
import { builtinPack } from '../families/builtin-packs.ts';
import type { Pack } from '../packs/pack.ts';
import { packDetector } from '../packs/pack-detector.ts';
import { aspnetValidation } from '../families/aspnet-validation/detect.ts';
import { aws } from '../families/aws/detect.ts';
import { azureStorage } from '../families/azure-storage/detect.ts';
import { cloudflare } from '../families/cloudflare/detect.ts';
import { entra } from '../families/entra/detect.ts';
import { genericHttp } from '../families/generic-http/detect.ts';
import { github } from '../families/github/detect.ts';
import { google } from '../families/google/detect.ts';
import { graph } from '../families/graph/detect.ts';
import { graphql } from '../families/graphql/detect.ts';
import { jsonapi } from '../families/jsonapi/detect.ts';
import { mtp } from '../families/mtp/detect.ts';
import { oauth2 } from '../families/oauth2/detect.ts';
import { odata } from '../families/odata/detect.ts';
import { problemDetails } from '../families/problem-details/detect.ts';
import { salesforce } from '../families/salesforce/detect.ts';
import { shopify } from '../families/shopify/detect.ts';
import { soap } from '../families/soap/detect.ts';
import { stripe } from '../families/stripe/detect.ts';
import { twilio } from '../families/twilio/detect.ts';

/**
 * Most specific first: the first detector that recognizes a response names its family. Vendors known by
 * host, header or a distinctive member come before the shapes many APIs share (problem details, JSON:API,
 * GraphQL, OData's `{"error":{"code","message"}}`, OAuth's `{"error":"…"}`); generic-http takes the rest.
 */
export const DETECTORS: readonly Detector[] = [
  mtp,
  graph,
  rule('arm'),
  azureStorage,
  aws,
  google,
  stripe,
  entra,
  rule('slack'),
  salesforce,
  cloudflare,
  twilio,
  github,
  shopify,
  aspnetValidation,
  problemDetails,
  jsonapi,
  graphql,
  odata,
  oauth2,
  soap,
  genericHttp,
];

/** A built-in family whose pack.json holds its envelope rule, run by the one pack detector. */
function rule(family: string): Detector {
  const declared = builtinPack(family).families.find((f) => f.id === family);
  if (!declared) throw new Error(`${family} is not declared`);
  return packDetector(declared);
}

/**
 * The built-in detectors with the families of team packs: those a pack ties to hosts or headers go first
 * (the team knows its own APIs), those recognized by shape alone after the built-ins, and generic-http
 * stays last.
 */
export function detectorsWith(packs: readonly Pack[]): readonly Detector[] {
  if (packs.length === 0) return DETECTORS;
  const families = packs.flatMap((pack) => pack.families.filter((family) => family.envelope !== undefined));
  const matched = families.filter((family) => family.match?.hosts?.length || family.match?.headers?.length);
  const byShape = families.filter((family) => !matched.includes(family));
  const builtins = DETECTORS.slice(0, -1);
  const last = DETECTORS.slice(-1);
  return [...matched.map(packDetector), ...builtins, ...byShape.map(packDetector), ...last];
}
