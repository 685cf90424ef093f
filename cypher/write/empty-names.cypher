// After a batch import into a new store (store.batch.NewStoreImport): the import tool reads an
// empty list as no value, where the transactional path stores an entity's empty list of names.
MATCH (e:Entity)
WHERE e.names IS NULL
SET e.names = [];
