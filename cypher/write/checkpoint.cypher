// Flushes the store's pages to disk and lets the transaction logs that recovery no longer needs be
// pruned (the retention policy of the embedded store keeps only the newest): run after an import.
CALL db.checkpoint();
