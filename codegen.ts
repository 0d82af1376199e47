import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * `npm run codegen`: typed documents for tests and clients from schema.graphql and the `graphql(...)` calls in
 * test/. The output is committed so tests run without a codegen step.
 */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["test/**/*.ts", "!test/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "test/gql/": {
      preset: "client",
      config: {
        scalars: { DateTime: "string", UUID: "string", EmailAddress: "string", NonNegativeInt: "number", SafeInt: "number", Amount: "number", File: "File", JSON: "unknown" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
