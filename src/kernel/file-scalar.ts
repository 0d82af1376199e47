import { GraphQLError, GraphQLScalarType } from "graphql";
import type { UploadedFile } from "./rest/multipart.ts";

/**
 * `File`: an upload through Yoga's GraphQL multipart request support (or a REST multipart handler passing the
 * file as a variable). Yoga's File objects are not `instanceof File`: duck-typed.
 */
export const FileScalar = new GraphQLScalarType<UploadedFile, never>({
  name: "File",
  description: "A file sent with a GraphQL multipart request.",
  serialize: () => { throw new GraphQLError("File is an input-only scalar"); },
  parseValue: (value) => {
    const f = value as UploadedFile;
    if (f && typeof f === "object" && typeof f.arrayBuffer === "function" && typeof f.name === "string") return f;
    throw new GraphQLError("Expected a file upload");
  },
  parseLiteral: () => { throw new GraphQLError("Files must be sent as variables (multipart request)"); },
});
