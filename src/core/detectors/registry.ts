import type { Detector } from '../detector.ts';
import { arm } from './arm.ts';
import { aspnetValidation } from './aspnet-validation.ts';
import { aws } from './aws.ts';
import { azureStorage } from './azure-storage.ts';
import { cloudflare } from './cloudflare.ts';
import { entra } from './entra.ts';
import { genericHttp } from './generic-http.ts';
import { github } from './github.ts';
import { google } from './google.ts';
import { graph } from './graph.ts';
import { graphql } from './graphql.ts';
import { jsonapi } from './jsonapi.ts';
import { mtp } from './mtp.ts';
import { oauth2 } from './oauth2.ts';
import { odata } from './odata.ts';
import { problemDetails } from './problem-details.ts';
import { salesforce } from './salesforce.ts';
import { shopify } from './shopify.ts';
import { slack } from './slack.ts';
import { soap } from './soap.ts';
import { stripe } from './stripe.ts';
import { twilio } from './twilio.ts';

/**
 * Most specific first: the first detector that recognizes a response names its family. Vendors known by
 * host, header or a distinctive member come before the shapes many APIs share (problem details, JSON:API,
 * GraphQL, OData's `{"error":{"code","message"}}`, OAuth's `{"error":"…"}`); generic-http takes the rest.
 */
export const DETECTORS: readonly Detector[] = [
  mtp,
  graph,
  arm,
  azureStorage,
  aws,
  google,
  stripe,
  entra,
  slack,
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
