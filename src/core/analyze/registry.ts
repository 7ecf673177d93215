import type { Detector } from './detector.ts';
import { arm } from '../detectors/arm.ts';
import { aspnetValidation } from '../detectors/aspnet-validation.ts';
import { aws } from '../detectors/aws.ts';
import { azureStorage } from '../detectors/azure-storage.ts';
import { cloudflare } from '../detectors/cloudflare.ts';
import { entra } from '../detectors/entra.ts';
import { genericHttp } from '../detectors/generic-http.ts';
import { github } from '../detectors/github.ts';
import { google } from '../detectors/google.ts';
import { graph } from '../detectors/graph.ts';
import { graphql } from '../detectors/graphql.ts';
import { jsonapi } from '../detectors/jsonapi.ts';
import { mtp } from '../detectors/mtp.ts';
import { oauth2 } from '../detectors/oauth2.ts';
import { odata } from '../detectors/odata.ts';
import { problemDetails } from '../detectors/problem-details.ts';
import { salesforce } from '../detectors/salesforce.ts';
import { shopify } from '../detectors/shopify.ts';
import { slack } from '../detectors/slack.ts';
import { soap } from '../detectors/soap.ts';
import { stripe } from '../detectors/stripe.ts';
import { twilio } from '../detectors/twilio.ts';

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
