import { xmlIds } from '../../analyze/body-ids.ts';
import type { Detector, DetectInput, Envelope, HeaderLookup } from '../../analyze/detector.ts';
import { onDomain } from '../../parse/host.ts';
import { elementText, isHtml } from '../../parse/html.ts';
import { isObject, stringField } from '../../parse/json.ts';
import { labelledId } from '../../analyze/labelled-id.ts';
import { child, childText, localName, type XmlElement } from '../../parse/xml.ts';

const AWS_HOSTS = ['amazonaws.com', 'amazonaws.com.cn'];
/** Sent by AWS services themselves; CloudFront's `X-Amz-Cf-Id` is not here because it fronts any origin. */
const AWS_ID_HEADERS = ['x-amzn-requestid', 'x-amz-request-id', 'x-amz-apigw-id'];
/** API Gateway and Lambda answer with only these members; anything more is the application's own envelope. */
const BARE_MEMBERS = new Set(['message', 'type', 'code']);

/**
 * AWS in its five shapes: JSON protocols (`__type`, `code`, or only the `x-amzn-ErrorType` header, as API
 * Gateway does), S3's `<Error>` with `<RequestId>`/`<HostId>`, the query protocol's `<ErrorResponse>`, EC2's
 * `<Response><Errors><Error>` with `<RequestID>`, and
 * the HTML page CloudFront generates, which prints the `X-Amz-Cf-Id` as "Request ID".
 */
export const aws: Detector = {
  family: 'aws',
  detect({ json, members, xml, text, host, headers, exchange }: DetectInput): Envelope | null {
    if (xml) return fromAws(headers, host) || child(xml, 'HostId') || isEc2Error(xml) ? fromXml(xml) : null;
    if (exchange.status < 400) return null;
    const headerType = headers.get('x-amzn-errortype');
    if (isObject(json)) {
      const type = members.has('__type') ? stringField(json, '__type') : undefined;
      if (headerType === undefined && type === undefined && !(bare(members) && fromAws(headers, host))) {
        return null;
      }
      const code = awsCode(headerType) ?? awsCode(stringField(json, 'code')) ?? awsCode(type) ?? null;
      return { family: 'aws', code, message: stringField(json, 'message') ?? null, ids: [] };
    }
    if (text !== null && headers.has('x-amz-cf-id') && isHtml(text, exchange.mimeType)) {
      const ids = labelledId(text, 'html', 'Request ID');
      const message = elementText(text, 'h2') ?? elementText(text, 'title') ?? null;
      if (ids.length > 0) return { family: 'aws', code: null, message, ids };
    }
    if (headerType === undefined) return null;
    return { family: 'aws', code: awsCode(headerType) ?? null, message: null, ids: [] };
  },
};

function fromAws(headers: HeaderLookup, host: string): boolean {
  return AWS_ID_HEADERS.some((name) => headers.has(name)) || onDomain(host, AWS_HOSTS);
}

function bare(members: ReadonlySet<string>): boolean {
  for (const name of members) if (!BARE_MEMBERS.has(name)) return false;
  return true;
}

/** SDKs strip a `namespace#` prefix and a `:uri` suffix (aws-amplify `parseJsonError`). */
function awsCode(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const code = raw
    .slice(raw.indexOf('#') + 1)
    .split(':')[0]
    ?.trim();
  return code ? code : undefined;
}

/**
 * EC2's own query-protocol error, `<Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/>`:
 * a shape distinctive enough to trust off an AWS host (LocalStack, a proxy, a recorded fixture).
 */
function isEc2Error(root: XmlElement): boolean {
  const errors = localName(root.name) === 'Response' ? child(root, 'Errors') : undefined;
  const error = errors && child(errors, 'Error');
  return error !== undefined && child(error, 'Code') !== undefined && child(root, 'RequestID') !== undefined;
}

function fromXml(root: XmlElement): Envelope | null {
  const name = localName(root.name);
  const errors = name === 'Response' ? child(root, 'Errors') : undefined;
  const error =
    name === 'Error'
      ? root
      : name === 'ErrorResponse'
        ? child(root, 'Error')
        : errors && child(errors, 'Error');
  if (!error) return null;
  const ids =
    error === root
      ? xmlIds(root, root.name, ['RequestId', 'HostId'])
      : [
          ...xmlIds(error, `${root.name}.${errors ? `${errors.name}.` : ''}${error.name}`, [
            'RequestId',
            'HostId',
          ]),
          ...xmlIds(root, root.name, ['RequestId']),
        ];
  return {
    family: 'aws',
    code: childText(error, 'Code') ?? null,
    message: childText(error, 'Message') ?? null,
    ids,
  };
}
