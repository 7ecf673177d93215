import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { BUILTIN_CATALOG, type Catalog } from '../../core/catalog/catalog.ts';

/** The catalog explanations read: the built-ins plus the enabled team packs. */
export const CatalogContext = createContext<Catalog>(BUILTIN_CATALOG);

export function useCatalog(): Catalog {
  return useContext(CatalogContext);
}
