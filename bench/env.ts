// Imported first: the schema builder reads NODE_ENV when its module loads (production drops dev-only warnings).
process.env.NODE_ENV = "production";
