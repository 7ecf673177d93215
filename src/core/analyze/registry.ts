import type { Detector } from './detector.ts';
import { arm } from '../families/arm/detect.ts';
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
import { slack } from '../families/slack/detect.ts';
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
