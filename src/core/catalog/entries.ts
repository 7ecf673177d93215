import { ARM } from '../families/arm/catalog.ts';
import { AWS } from '../families/aws/catalog.ts';
import { AZURE_STORAGE } from '../families/azure-storage/catalog.ts';
import { CLOUDFLARE } from '../families/cloudflare/catalog.ts';
import { ENTRA } from '../families/entra/catalog.ts';
import { GITHUB } from '../families/github/catalog.ts';
import { GOOGLE } from '../families/google/catalog.ts';
import { GRAPH } from '../families/graph/catalog.ts';
import { GRAPHQL } from '../families/graphql/catalog.ts';
import { MTP } from '../families/mtp/catalog.ts';
import { OAUTH2 } from '../families/oauth2/catalog.ts';
import { PROBLEM_DETAILS } from '../families/problem-details/catalog.ts';
import { SALESFORCE } from '../families/salesforce/catalog.ts';
import { SLACK } from '../families/slack/catalog.ts';
import { SOAP } from '../families/soap/catalog.ts';
import { STRIPE } from '../families/stripe/catalog.ts';
import { TWILIO } from '../families/twilio/catalog.ts';
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
