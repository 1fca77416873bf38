-- The index keeps an item's slug, not its address: the address is made from its type's route names when a
-- search shows it, so a route's template is written once, on its action. Every stored address is /<section>/<slug>.
ALTER TABLE search_documents RENAME COLUMN url TO slug;
UPDATE search_documents SET slug = substr(slug, strpos(substr(slug, 2), '/') + 2);
