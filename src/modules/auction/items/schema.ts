// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./item.type.ts";
import "./item-dimension.ts";
import "./item-history.type.ts";
import "./item.queries.ts";
import "./item.mutations.ts";
