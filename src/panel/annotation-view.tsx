import { annotate } from '../core/catalog/lookup.ts';
import type { Finding } from '../model/finding.ts';
import { safeLink } from '../core/parse/safe-link.ts';
import { useLocale } from './locale.ts';
import { useCatalog } from './packs/catalog-context.ts';

export function AnnotationView({ finding }: { finding: Finding }) {
  const { lang, t } = useLocale();
  const catalog = useCatalog();
  const annotation = annotate(finding, lang, catalog);
  const packText = t.packs;
  const declared = catalog.family(finding.family);
  const docs = safeLink(annotation.docs);
  // The response's own link is untrusted: a link only when it is http(s), otherwise plain text.
  const apiDocs = finding.docs;
  const apiLink = safeLink(apiDocs);
  return (
    <section class="annotation" data-source={annotation.source}>
      {declared && !declared.builtin && (
        <p data-testid="pack-family">{packText.familyFrom(declared.family.label, declared.pack)}</p>
      )}
      <h3>{t.meaning}</h3>
      <p data-testid="meaning">{annotation.meaning}</p>
      {annotation.pack !== undefined && (
        <p class="pack-source" data-testid="meaning-source">
          {t.report.fromPack(annotation.pack)}
        </p>
      )}
      <h3>{t.report.remediation}</h3>
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
      {annotation.others?.map((note) => {
        const link = safeLink(note.docs);
        return (
          <aside key={note.pack} class="pack-note" data-testid="pack-note" data-pack={note.pack}>
            <h3>{t.report.fromPack(note.pack)}</h3>
            <p>{note.meaning}</p>
            {note.remediation.length > 0 && (
              <ol>
                {note.remediation.map((step, i) => (
                  <li key={i}>{step}</li>
                ))}
              </ol>
            )}
            {link && (
              <p>
                <a href={link} target="_blank" rel="noreferrer noopener">
                  {t.docs}: {link}
                </a>
              </p>
            )}
          </aside>
        );
      })}
    </section>
  );
}
