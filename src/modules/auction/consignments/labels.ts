/** How a client is named on consignment lists: first and last (or company) name. */
export const clientLabel = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`.trim();
export const consignmentLabel = (number: number) => `Consignment #${number}`;
export const CLIENT_NAME = { select: { id: true, firstName: true, lastName: true } } as const;
