import { builder } from "../../../builder.ts";
import { ANY_PRINT_USER, CUSTOMER, userIdOf } from "../roles.ts";
import { PrintType } from "../enums.ts";
import { PAPER_SIZES } from "./file.validation.ts";
import { quote } from "./file-cost.service.ts";
import { uploadFiles } from "./upload.service.ts";
import { PrintCostQuote, PrintUploadResult } from "./upload.type.ts";

// print options are checked by the service with messages naming the documented form fields (print_mode, …)
const optionFields = (t: Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0]) => ({
  copies: t.int({ description: "1–100 (default 1)." }),
  printMode: t.string({ description: "single (default) or double." }),
  colorMode: t.string({ description: "bw (default) or color." }),
  paperSize: t.string({ description: `${PAPER_SIZES.join(", ")} (default A4).` }),
});

export const UploadPrintFilesInput = builder.inputType("UploadPrintFilesInput", {
  fields: (t) => ({
    printType: t.field({ type: PrintType, required: true }),
    ...optionFields(t),
    shopId: t.int({ description: "The shop (an open shopkeeper); required for queue prints." }),
    comment: t.string({ description: "Optional note for the shop (≤500 characters)." }),
    paymentOrderId: t.int({ description: "The caller's paid payment order the files are paid by." }),
  }),
});

export const CalculatePrintCostInput = builder.inputType("CalculatePrintCostInput", { fields: (t) => optionFields(t) });

builder.mutationFields((t) => ({
  uploadPrintFiles: t.field({
    description: "Upload one or more files to print (pdf, png, jpg, doc, docx, ppt, pptx; 20 MB each, 100 MB per batch). Pages are counted from the files.",
    type: PrintUploadResult,
    authScopes: { role: CUSTOMER },
    args: { files: t.arg({ type: ["File"], required: true }), input: t.arg({ type: UploadPrintFilesInput, required: true }) },
    resolve: async (_root, { files, input }, ctx) => ({ files: await uploadFiles(ctx, userIdOf(ctx), files, input) }),
  }),
  calculatePrintCost: t.field({
    description: "What files would cost with these options, before paying; nothing is stored.",
    type: PrintCostQuote,
    authScopes: { role: ANY_PRINT_USER },
    args: { files: t.arg({ type: ["File"], required: true }), input: t.arg({ type: CalculatePrintCostInput }) },
    resolve: (_root, { files, input }, ctx) => quote(ctx, files, input ?? {}),
  }),
}));
