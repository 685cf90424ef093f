// The version of the Graph Data Science library, for describing the engine.
RETURN gds.version() AS version;
