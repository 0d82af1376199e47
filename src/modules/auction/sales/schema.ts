// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./sale.queries.ts";
import "./sale.mutations.ts";
import "./sale-stats.queries.ts";
import "./session.queries.ts";
import "./session.mutations.ts";
import "./phone-bidders.queries.ts";
