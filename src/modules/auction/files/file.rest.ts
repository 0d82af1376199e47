import type { RestRoute } from "../../../kernel/rest/route-table.ts";
import { assertSignedIn } from "../../../kernel/auth/scoped.ts";
import { readMultipart } from "../../../kernel/rest/multipart.ts";
import { downloadResponse } from "../../../kernel/rest/download.ts";
import { wrap } from "../../../kernel/rest/legacy-rest.plugin.ts";
import { fileRequired, findFile, MAX_UPLOAD_BYTES } from "./file.service.ts";

const UPLOAD = `mutation Upload($input: UploadAuctionFileInput!) { uploadAuctionFile(input: $input) { id fid url filename filesize filemime } }`;
const GET_FILE = `query File($fid: ID!) { auctionFile(fid: $fid) { id url filename filesize filemime } }`;
const TRUE = new Set(["1", "true", "yes"]);

export const fileRoutes: RestRoute[] = [
  {
    method: "POST", path: "/api/v1.0/files", operation: "Mutation.uploadAuctionFile", status: 201, maxBodyBytes: MAX_UPLOAD_BYTES + 64 * 1024,
    summary: "Upload File (multipart/form-data: file, field_name, entity_type, bundle; with field_images/node/item an `item` field attaches it as that item's image) → 201 "
      + "{data: [{id, fid, url, filename, filesize, filemime}]}; JPEG/PNG/GIF/WebP/PDF by content (415 otherwise), ≤ 10 MB (413), no file: 400.",
    // multipart is not sofa's business: the form becomes the mutation's variables (the file included)
    handler: async ({ request, context, run }) => {
      assertSignedIn(context, "auction");
      const { fields, files } = await readMultipart(request, { fileFields: ["file", "files", "files[]"], maxFileBytes: MAX_UPLOAD_BYTES, maxTotalBytes: MAX_UPLOAD_BYTES, maxFiles: 1 });
      if (!files[0]) throw fileRequired();
      const input = { file: files[0], fieldName: fields.field_name || null, entityType: fields.entity_type || null, bundle: fields.bundle || null, item: fields.item || null };
      const data = await run<{ uploadAuctionFile: unknown }>(UPLOAD, { input });
      return Response.json(wrap("record", data.uploadAuctionFile), { status: 201 });
    },
  },
  {
    method: "GET", path: "/api/v1.0/get-file/:fid", operation: "Query.auctionFile",
    summary: "Get File → {data: [{id, url, filename, filesize, filemime}]}; with ?download=1 the stored bytes (its type, attachment); 404 when unknown.",
    // the query decides access and existence; bytes cannot travel through GraphQL, storage streams them
    handler: async ({ request, params, context, run }) => {
      const data = await run<{ auctionFile: unknown }>(GET_FILE, { fid: params.fid });
      if (!TRUE.has((new URL(request.url).searchParams.get("download") ?? "").toLowerCase())) return Response.json(wrap("record", data.auctionFile));
      const file = await findFile(context, params.fid!);
      return downloadResponse(context.storage, file.storageKey, { name: file.filename, mimeType: file.mime });
    },
  },
];
