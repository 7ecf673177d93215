import mtp from './mtp/pack.json' with { type: 'json' };
import odata from './odata/pack.json' with { type: 'json' };
import graph from './graph/pack.json' with { type: 'json' };
import arm from './arm/pack.json' with { type: 'json' };
import azureStorage from './azure-storage/pack.json' with { type: 'json' };
import problemDetails from './problem-details/pack.json' with { type: 'json' };
import aspnetValidation from './aspnet-validation/pack.json' with { type: 'json' };
import jsonapi from './jsonapi/pack.json' with { type: 'json' };
import graphql from './graphql/pack.json' with { type: 'json' };
import google from './google/pack.json' with { type: 'json' };
import aws from './aws/pack.json' with { type: 'json' };
import stripe from './stripe/pack.json' with { type: 'json' };
import github from './github/pack.json' with { type: 'json' };
import twilio from './twilio/pack.json' with { type: 'json' };
import slack from './slack/pack.json' with { type: 'json' };
import salesforce from './salesforce/pack.json' with { type: 'json' };
import shopify from './shopify/pack.json' with { type: 'json' };
import cloudflare from './cloudflare/pack.json' with { type: 'json' };
import oauth2 from './oauth2/pack.json' with { type: 'json' };
import entra from './entra/pack.json' with { type: 'json' };
import soap from './soap/pack.json' with { type: 'json' };
import genericHttp from './generic-http/pack.json' with { type: 'json' };
import type { Pack } from '../packs/pack.ts';

/**
 * The built-in families as packs, in the format and through the validator team packs use
 * (builtin-packs.test.ts runs validatePack on each). JSON imports are typed by their literal shape, so
 * they are cast once here.
 */
export const BUILTIN_PACKS: readonly Pack[] = [
  mtp,
  odata,
  graph,
  arm,
  azureStorage,
  problemDetails,
  aspnetValidation,
  jsonapi,
  graphql,
  google,
  aws,
  stripe,
  github,
  twilio,
  slack,
  salesforce,
  shopify,
  cloudflare,
  oauth2,
  entra,
  soap,
  genericHttp,
] as unknown[] as Pack[];

/** Built-in families read by a detector in code, next to their pack.json; the others are rules. */
export const CODE_DETECTOR_FAMILIES: ReadonlySet<string> = new Set(
  BUILTIN_PACKS.flatMap((pack) =>
    pack.families.filter((family) => !family.envelope).map((family) => family.id),
  ),
);

/** The pack of one built-in family. */
export function builtinPack(family: string): Pack {
  const pack = BUILTIN_PACKS.find((candidate) => candidate.families.some((f) => f.id === family));
  if (!pack) throw new Error(`no built-in pack declares ${family}`);
  return pack;
}
