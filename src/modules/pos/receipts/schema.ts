// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./receipt-template.ts";
import "./receipt.queries.ts";
