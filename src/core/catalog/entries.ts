import { ARM } from './arm.ts';
import { AWS } from './aws.ts';
import { AZURE_STORAGE } from './azure-storage.ts';
import { CLOUDFLARE } from './cloudflare.ts';
import { ENTRA } from './entra.ts';
import { GITHUB } from './github.ts';
import { GOOGLE } from './google.ts';
import { GRAPH } from './graph.ts';
import { GRAPHQL } from './graphql.ts';
import { MTP } from './mtp.ts';
import { OAUTH2 } from './oauth2.ts';
import { PROBLEM_DETAILS } from './problem-details.ts';
import { SALESFORCE } from './salesforce.ts';
import { SLACK } from './slack.ts';
import { SOAP } from './soap.ts';
import { STRIPE } from './stripe.ts';
import { TWILIO } from './twilio.ts';
import type { CatalogEntry } from './types.ts';

/** Every family's code entries; HTTP statuses live apart in http-status.ts, as the last fallback. */
export const CODE_ENTRIES: readonly CatalogEntry[] = [
  ...MTP,
  ...GRAPH,
  ...ARM,
  ...AZURE_STORAGE,
  ...PROBLEM_DETAILS,
  ...GRAPHQL,
  ...GOOGLE,
  ...AWS,
  ...STRIPE,
  ...GITHUB,
  ...TWILIO,
  ...SLACK,
  ...SALESFORCE,
  ...CLOUDFLARE,
  ...OAUTH2,
  ...ENTRA,
  ...SOAP,
];
