import { annotate } from '../core/catalog/lookup.ts';
import type { Finding } from '../model/finding.ts';
import { safeLink } from '../core/parse/safe-link.ts';
import { useLocale } from './locale.ts';

export function AnnotationView({ finding }: { finding: Finding }) {
  const { lang, t } = useLocale();
  const annotation = annotate(finding, lang);
  const docs = safeLink(annotation.docs);
  // The response's own link is untrusted: a link only when it is http(s), otherwise plain text.
  const apiDocs = finding.docs;
  const apiLink = safeLink(apiDocs);
  return (
    <section class="annotation" data-source={annotation.source}>
      <h3>{t.meaning}</h3>
      <p data-testid="meaning">{annotation.meaning}</p>
      <h3>{t.remediation}</h3>
      <ol data-testid="remediation">
        {annotation.remediation.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      {apiDocs && (
        <p>
          {apiLink ? (
            <a data-testid="api-docs" href={apiLink} target="_blank" rel="noreferrer noopener">
              {t.apiDocs}: {apiLink}
            </a>
          ) : (
            <span data-testid="api-docs-text">
              {t.apiDocs}: {apiDocs}
            </span>
          )}
        </p>
      )}
      {docs && (
        <p>
          <a data-testid="docs" href={docs} target="_blank" rel="noreferrer noopener">
            {t.docs}: {docs}
          </a>
        </p>
      )}
    </section>
  );
}
