/**
 * Replay checks for examples that cannot be compared byte for byte: ones that depend on the real workspace's
 * metadata (i1, i1b, i2), a response truncated in the file (g8e) and the rate-limit burst with its timeline (h1, h2).
 */
import { normalise, type NormaliseOptions } from './compare';
import { comparable, loadExample, type Exchange, type Replayer } from './replayer';

/** Sends a recorded exchange and compares status and normalised body with the recording. */
export async function expectExchange(r: Replayer, exchange: Exchange, opts: NormaliseOptions = {}): Promise<void> {
  const { status, body } = await r.send(exchange);
  expect(status).toBe(exchange.httpStatus ?? 200);
  const { expected, actual } = comparable(exchange, body, opts);
  expect(actual).toEqual(expected);
}

/** i1 lists the fork's 42 objects; the stand-in serves 10. Each served object must have the recorded fields (name + type). */
export async function checkObjectInventory(r: Replayer, exchange: Exchange): Promise<void> {
  const { status, body } = await r.send(exchange);
  expect(status).toBe(200);
  type Node = {
    nameSingular: string;
    fields: {
      edges: Array<{
        node: {
          name: string;
          type: string;
          relation: { targetObjectMetadata?: { nameSingular: string } } | null;
          morphRelations?: unknown;
        };
      }>;
    };
  };
  const mine = new Map(
    (body as { data: { objects: { edges: Array<{ node: Node }> } } }).data.objects.edges.map((e) => [
      e.node.nameSingular,
      e.node,
    ]),
  );
  const recorded = (
    exchange.response as { data: { objects: { edges: Array<{ node: Node }> } } }
  ).data.objects.edges.map((e) => e.node);
  // The ten standard objects of the inventory and `dashboard` (test/twenty/stand-in/dashboard-object.ts).
  expect(mine.size).toBe(11);
  for (const node of recorded) {
    const served = mine.get(node.nameSingular);
    if (!served) continue; // fork-only or out-of-scope object
    const servedFields = new Map(served.fields.edges.map((e) => [e.node.name, e.node.type]));
    for (const { node: f } of node.fields.edges) {
      if (f.type === 'RELATION' || f.type === 'MORPH_RELATION') {
        const target = f.relation?.targetObjectMetadata?.nameSingular;
        if (!target || !mine.has(target)) continue; // relation to an object the stand-in does not serve
        expect([node.nameSingular, f.name, servedFields.get(f.name)]).toEqual([node.nameSingular, f.name, 'RELATION']);
      } else {
        expect([node.nameSingular, f.name, servedFields.get(f.name)]).toEqual([node.nameSingular, f.name, f.type]);
      }
    }
  }
}

/** i2: the created object and its system fields (ids, timestamps and the fork's applicationId aside). */
export async function checkCreateOneObject(r: Replayer, exchange: Exchange): Promise<void> {
  const { status, body } = await r.send(exchange);
  expect(status).toBe(200);
  const pick = (o: Record<string, unknown>) => ({
    nameSingular: o.nameSingular,
    namePlural: o.namePlural,
    labelSingular: o.labelSingular,
    labelPlural: o.labelPlural,
    description: o.description,
    icon: o.icon,
    isActive: o.isActive,
    isSystem: o.isSystem,
    fields: (o.fieldsList as Array<Record<string, unknown>>)
      .map((f) => ({
        name: f.name,
        type: f.type,
        isNullable: f.isNullable,
        isSystem: f.isSystem,
        isUnique: f.isUnique,
        defaultValue: f.defaultValue,
      }))
      .sort((a, b) => String(a.name).localeCompare(String(b.name))),
  });
  const actual = (body as { data: { createOneObject: Record<string, unknown> } }).data.createOneObject;
  const expected = (exchange.response as { data: { createOneObject: Record<string, unknown> } }).data.createOneObject;
  expect(pick(actual)).toEqual(pick(expected));
  expect(actual.labelIdentifierFieldMetadataId).toBe(
    (actual.fieldsList as Array<{ id: string; name: string }>).find((f) => f.name === 'name')!.id,
  );
}

/** i1b filters by the real server's object ids; the same query is sent with the stand-in's company/person ids. */
export async function checkUniqueFieldMetadata(r: Replayer, exchange: Exchange): Promise<void> {
  const ids = [r.standIn.model.get('company')!.id, r.standIn.model.get('person')!.id];
  const { body } = await r.send({
    ...exchange,
    request: { ...exchange.request, variables: { objectFilter: { id: { in: ids } } } },
  });
  type Node = {
    nameSingular: string;
    fieldsList: Array<{ name: string; type: string; isUnique: boolean; isNullable: boolean }>;
    fieldsConnection: { edges: Array<{ node: { isUnique: unknown } }> };
    indexMetadataList: Array<{ isUnique: boolean; indexWhereClause: unknown }>;
  };
  const mine = new Map(
    (body as { data: { objects: { edges: Array<{ node: Node }> } } }).data.objects.edges.map((e) => [
      e.node.nameSingular,
      e.node,
    ]),
  );
  for (const { node } of (exchange.response as { data: { objects: { edges: Array<{ node: Node }> } } }).data.objects
    .edges) {
    const served = mine.get(node.nameSingular)!;
    const servedFields = new Map(served.fieldsList.map((f) => [f.name, f]));
    for (const f of node.fieldsList) {
      if (f.type === 'RELATION' || f.type === 'MORPH_RELATION') continue;
      expect({ object: node.nameSingular, ...servedFields.get(f.name) }).toMatchObject({
        object: node.nameSingular,
        name: f.name,
        type: f.type,
        isUnique: f.isUnique,
        isNullable: f.isNullable,
      });
    }
    expect(served.fieldsConnection.edges.every((e) => e.node.isUnique === null)).toBe(true); // i1b quirk
    expect(served.indexMetadataList.filter((i) => i.isUnique).map((i) => i.indexWhereClause)).toEqual(
      node.indexMetadataList.filter((i) => i.isUnique).map((i) => i.indexWhereClause),
    );
  }
}

/** g8e: the file keeps only the first 5 of the 201 edges. */
export async function checkFirstOver200(r: Replayer, exchange: Exchange): Promise<void> {
  const { status, body } = await r.send(exchange);
  expect(status).toBe(200);
  const actual = (body as { data: { companies: { totalCount: number; edges: unknown[] } } }).data.companies;
  const expected = (exchange.response as { data: { companies: { totalCount: number; edges: unknown[] } } }).data
    .companies;
  expect(actual.totalCount).toBe(expected.totalCount);
  expect(actual.edges).toHaveLength(201);
  expect(actual.edges.slice(0, 5)).toEqual(expected.edges);
}

/** h1 + h2: a burst of 100 requests passes, #101 is throttled on /graphql (HTTP 200) and on REST (429); 1 s later it works. */
export async function checkRateLimit(r: Replayer, exchange: Exchange): Promise<void> {
  const timeline = (exchange.context as { timeline: Array<{ t: number }> }).timeline;
  r.clock.advance(61_000); // the capture started after >60 s without API-key traffic
  let previous = 0;
  for (const step of timeline.slice(0, 100)) {
    r.clock.advance(Math.round((step.t - previous) * 1000));
    previous = step.t;
    const { body } = await r.send({ ...exchange, response: null }, { pace: false });
    expect((body as { errors?: unknown }).errors).toBeUndefined();
  }
  r.clock.advance(12);
  const main = await r.send(exchange, { pace: false });
  expect(main.status).toBe(200);
  expect(normalise(main.body)).toEqual(normalise(exchange.response));
  const retry = await r.send(exchange, { pace: false });
  expect(retry.body).toEqual((exchange.context as { immediateRetry: { body: unknown } }).immediateRetry.body);
  const { example: h2 } = loadExample('h2');
  const rest = await r.send(h2, { pace: false });
  expect(rest.status).toBe(429);
  expect(rest.body).toEqual(h2.response);
  const meta = (exchange.context as { metadataRightAfter: Exchange }).metadataRightAfter;
  await expectExchange(r, { ...meta, endpoint: '/metadata' }, {});
  for (const rec of (exchange.context as { recovery: Array<{ afterSeconds: number; status: number; body: unknown }> })
    .recovery) {
    r.clock.advance(rec.afterSeconds * 1000);
    const again = await r.send({ ...exchange, response: null }, { pace: false });
    expect(again.status).toBe(rec.status);
    expect(again.body).toEqual(rec.body);
  }
}
