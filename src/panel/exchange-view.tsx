import type { ExchangePreview } from '../core/ingest/preview.ts';
import type { Header } from '../model/exchange.ts';
import { highlight } from './highlight.ts';
import { useLocale } from './locale.ts';
import { prettyBody } from './pretty.ts';

interface Props {
  exchange: ExchangePreview;
  /** Strings worth finding at a glance: the code and message in the response, the hinted values in the request. */
  requestMarks: string[];
  responseMarks: string[];
}

export function ExchangeView({ exchange, requestMarks, responseMarks }: Props) {
  const { t } = useLocale();
  return (
    <section class="exchange">
      <details data-testid="request">
        <summary>{t.request}</summary>
        <HeaderTable headers={exchange.requestHeaders} />
        <Body text={exchange.requestBody} marks={requestMarks} />
      </details>
      <details data-testid="response" open>
        <summary>{t.response}</summary>
        <HeaderTable headers={exchange.responseHeaders} />
        <Body text={exchange.responseBody} marks={responseMarks} />
      </details>
      {exchange.truncated && <p class="hint">{t.truncated}</p>}
    </section>
  );
}

function HeaderTable({ headers }: { headers: Header[] }) {
  const { t } = useLocale();
  if (headers.length === 0) return null;
  return (
    <table class="headers" aria-label={t.headers}>
      <tbody>
        {headers.map((h, i) => (
          <tr key={i}>
            <th scope="row">{h.name}</th>
            <td>{h.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Body({ text, marks }: { text: string | null; marks: string[] }) {
  const { t } = useLocale();
  if (text === null || text === '') return <p class="hint">{t.noBody}</p>;
  return (
    <pre class="body" data-testid="body" aria-label={t.body}>
      {highlight(prettyBody(text), marks).map((segment, i) =>
        segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </pre>
  );
}
