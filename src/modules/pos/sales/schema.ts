// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./sale.type.ts";
import "./sale.queries.ts";
import "./sale.mutations.ts";
import "./sale.subscriptions.ts";
