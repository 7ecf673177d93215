import type { Mark } from './ranges.ts';

/**
 * Tokens known by their prefix, from the major providers' documented formats (the gitleaks rule set was
 * the reference for prefixes and lengths; these rules are our own). One alternation of literal prefixes
 * finds a candidate, the token is widened over its characters, and the rest is checked against the
 * provider's shape, so no regex here can backtrack.
 */
interface Provider {
  prefix: string;
  /** What follows the prefix (sticky); the token must end there. */
  body: RegExp;
}

const PROVIDERS: Provider[] = [
  { prefix: 'glpat-', body: /[\w-]{20,}/y }, // GitLab personal access token
  { prefix: 'gldt-', body: /[\w-]{20,}/y }, // GitLab deploy token
  { prefix: 'glrt-', body: /[\w-]{20,}/y }, // GitLab runner token
  { prefix: 'glptt-', body: /[\w-]{20,}/y }, // GitLab pipeline trigger token
  { prefix: 'glsoat-', body: /[\w-]{20,}/y }, // GitLab service account token
  { prefix: 'npm_', body: /[A-Za-z0-9]{36}/y },
  { prefix: 'pypi-AgEIcHlwaS5vcmc', body: /[\w-]{40,}/y },
  { prefix: 'shpat_', body: /[a-fA-F0-9]{32}/y }, // Shopify access tokens and shared secret
  { prefix: 'shpca_', body: /[a-fA-F0-9]{32}/y },
  { prefix: 'shppa_', body: /[a-fA-F0-9]{32}/y },
  { prefix: 'shpss_', body: /[a-fA-F0-9]{32}/y },
  { prefix: 'SG.', body: /[\w-]{16,32}\.[\w-]{30,64}/y }, // SendGrid
  { prefix: 'xkeysib-', body: /[a-f0-9]{64}-[A-Za-z0-9]{16}/y }, // Brevo (Sendinblue)
  { prefix: 'key-', body: /[a-f0-9]{32}/y }, // Mailgun
  { prefix: 'sq0atp-', body: /[\w-]{22}/y }, // Square
  { prefix: 'sq0csp-', body: /[\w-]{43}/y },
  { prefix: 'EAAA', body: /[\w-]{60}/y },
  { prefix: 'dop_v1_', body: /[a-f0-9]{64}/y }, // DigitalOcean
  { prefix: 'doo_v1_', body: /[a-f0-9]{64}/y },
  { prefix: 'dor_v1_', body: /[a-f0-9]{64}/y },
  { prefix: 'dp.pt.', body: /[A-Za-z0-9]{40,}/y }, // Doppler
  { prefix: 'dp.st.', body: /[\w.-]{40,}/y },
  { prefix: 'lin_api_', body: /[A-Za-z0-9]{40}/y }, // Linear
  { prefix: 'hf_', body: /[A-Za-z]{34}/y }, // Hugging Face
  { prefix: 'PMAK-', body: /[a-f0-9]{24}-[a-f0-9]{34}/y }, // Postman
  { prefix: 'ATATT3', body: /[\w=-]{100,}/y }, // Atlassian API token
  { prefix: 'dapi', body: /[a-f0-9]{32}(?:-\d)?/y }, // Databricks
  { prefix: 'hvs.', body: /[\w-]{24,}/y }, // HashiCorp Vault
  { prefix: 'hvb.', body: /[\w-]{24,}/y },
  { prefix: 'sntrys_', body: /[\w=+/-]{50,}/y }, // Sentry
  { prefix: 'sntryu_', body: /[a-f0-9]{64}/y },
  { prefix: 'glc_', body: /[A-Za-z0-9+/=_-]{32,}/y }, // Grafana Cloud
  { prefix: 'glsa_', body: /[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}/y },
  { prefix: 'pul-', body: /[a-f0-9]{40}/y }, // Pulumi
  { prefix: 'figd_', body: /[\w-]{40,}/y }, // Figma
  { prefix: 'whsec_', body: /[A-Za-z0-9+/=]{24,}/y }, // Stripe and Svix webhook secrets
  { prefix: 'AGE-SECRET-KEY-1', body: /[A-Z0-9]{58}/y },
  { prefix: 'NRAK-', body: /[A-Z0-9]{27}/y }, // New Relic
  { prefix: 'LTAI', body: /[A-Za-z0-9]{20}/y }, // Alibaba Cloud
  { prefix: 'HRKU-', body: /[\w-]{40,}/y }, // Heroku
  { prefix: 'GOCSPX-', body: /[\w-]{24,40}/y }, // Google OAuth client secret
  { prefix: 'ya29.', body: /[\w-]{20,}/y }, // Google OAuth access token
  { prefix: 'AKCp', body: /[A-Za-z0-9]{69}/y }, // JFrog Artifactory
  { prefix: 'secret_', body: /[A-Za-z0-9]{43}/y }, // Notion
  { prefix: 'ntn_', body: /[A-Za-z0-9]{46}/y },
  { prefix: 'sbp_', body: /[a-f0-9]{40}/y }, // Supabase
  { prefix: 'pscale_tkn_', body: /[\w.-]{32,}/y }, // PlanetScale
  { prefix: 'pscale_pw_', body: /[\w.-]{32,}/y },
  { prefix: 'rubygems_', body: /[a-f0-9]{48}/y },
  { prefix: 'pnu_', body: /[A-Za-z0-9]{36}/y }, // Prefect
  { prefix: 'dt0c01.', body: /[A-Z0-9]{24}\.[A-Z0-9]{64}/y }, // Dynatrace
  { prefix: 'shippo_live_', body: /[a-f0-9]{40}/y },
  { prefix: 'shippo_test_', body: /[a-f0-9]{40}/y },
  { prefix: 'duffel_live_', body: /[\w=-]{43}/y },
  { prefix: 'duffel_test_', body: /[\w=-]{43}/y },
  { prefix: 'FLWSECK-', body: /[a-f0-9]{32}-X/y }, // Flutterwave
  { prefix: 'FLWSECK_TEST-', body: /[a-f0-9]{32}-X/y },
  { prefix: 'xapp-', body: /\d-[A-Z0-9]+-\d+-[a-z0-9]+/y }, // Slack app-level token
  { prefix: 'xoxe.xox', body: /[bp]-\d-[A-Z0-9]{100,}/y }, // Slack configuration token
  { prefix: 'SK', body: /[a-f0-9]{32}/y }, // Twilio API key SID (the key's name, paired with its secret)
  { prefix: 'sk.eyJ', body: /[\w-]{10,}\.[\w-]{10,}/y }, // Mapbox secret token
  { prefix: 'fo1_', body: /[\w-]{43}/y }, // Fly.io
  { prefix: 'tfp_', body: /[\w.-]{40,}/y }, // Typeform
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest prefix first, so that `xoxe.xox` wins over a shorter one starting the same way. */
const PREFIX = new RegExp(
  `(?<![\\w.-])(?:${[...PROVIDERS]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .map((p) => escape(p.prefix))
    .join('|')})`,
  'g',
);
/** A token ends where a word would: `SG.a.b/x` and `glpat-…&next` end before `/` and `&`. */
const WORD = /[\w]/;

export function providerMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  PREFIX.lastIndex = 0;
  for (let m = PREFIX.exec(text); m !== null; m = PREFIX.exec(text)) {
    const start = m.index;
    const after = start + m[0].length;
    for (const { prefix, body } of PROVIDERS) {
      if (!m[0].startsWith(prefix) || prefix.length !== m[0].length) continue;
      body.lastIndex = after;
      if (!body.test(text) || WORD.test(text.charAt(body.lastIndex))) continue;
      marks.push({ start, end: body.lastIndex, rule: 'provider-token' });
      PREFIX.lastIndex = body.lastIndex;
      break;
    }
  }
  return marks;
}
