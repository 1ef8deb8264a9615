/**
 * Renders records along the request's selection set, as the direct-execution path does (README "This server
 * barely validates"): unknown nested fields come back as null (g1c); relations can be selected in any result —
 * MANY_TO_ONE as an object or null, ONE_TO_MANY as a connection with 60-row default pages (d9, b1, c1, x2).
 */
import { Kind, valueFromASTUntyped, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { RecordEngine } from './engine';
import { capitalize, COMPOSITE_SUBFIELDS, type DataModel, type FieldMeta, type ObjectMeta } from './model';
import { compileOrder, paginate, type Order, type Page } from './paging';
import type { Row, StandInStore } from './store';
import { renderValue } from './values';

const NESTED_PAGE_SIZE = 60; // QUERY_MAX_RECORDS_FROM_RELATION (README "Key limits", d9)

const COMPOSITE_TYPENAMES: Record<string, string> = {
  LINKS: 'Links',
  ADDRESS: 'Address',
  CURRENCY: 'Currency',
  FULL_NAME: 'FullName',
  EMAILS: 'Emails',
  PHONES: 'Phones',
  RICH_TEXT: 'RichTextV2',
  ACTOR: 'Actor',
};

export class Renderer {
  constructor(
    private readonly model: DataModel,
    private readonly store: StandInStore,
    private readonly engine: RecordEngine,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** Flattens fields, inline fragments and fragment spreads. */
  fields(selectionSet: SelectionSetNode | undefined): FieldNode[] {
    const out: FieldNode[] = [];
    for (const sel of selectionSet?.selections ?? []) {
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...this.fields(sel.selectionSet));
      else {
        const fragment = this.fragments.get(sel.name.value);
        if (fragment) out.push(...this.fields(fragment.selectionSet));
      }
    }
    return out;
  }

  args(node: FieldNode): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const arg of node.arguments ?? []) out[arg.name.value] = valueFromASTUntyped(arg.value, this.variables);
    return out;
  }

  record(object: ObjectMeta, row: Row, selectionSet: SelectionSetNode | undefined): Record<string, unknown> {
    if (!selectionSet) return {};
    const out: Record<string, unknown> = {};
    for (const node of this.fields(selectionSet)) {
      const key = node.alias?.value ?? node.name.value;
      out[key] = this.recordField(object, row, node);
    }
    return out;
  }

  private recordField(object: ObjectMeta, row: Row, node: FieldNode): unknown {
    const name = node.name.value;
    if (name === '__typename') return capitalize(object.nameSingular);
    if (object.joinColumns.has(name)) return row[name] ?? null;
    const field = object.fields.get(name);
    if (!field) return null; // g1c: unknown nested fields are null, not an error
    if (field.type === 'RELATION') return this.relation(object, row, field, node);
    const value = renderValue(field, row[name]);
    if (COMPOSITE_SUBFIELDS[field.type] && node.selectionSet)
      return this.pick(value as Record<string, unknown>, node.selectionSet, COMPOSITE_TYPENAMES[field.type]!);
    return value;
  }

  private pick(
    value: Record<string, unknown>,
    selectionSet: SelectionSetNode,
    typename: string,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const node of this.fields(selectionSet)) {
      const key = node.alias?.value ?? node.name.value;
      out[key] = node.name.value === '__typename' ? typename : (value[node.name.value] ?? null);
    }
    return out;
  }

  private relation(object: ObjectMeta, row: Row, field: FieldMeta, node: FieldNode): unknown {
    const relation = field.relation!;
    const target = this.model.get(relation.targetObject);
    if (!target) return null;
    if (relation.type === 'MANY_TO_ONE') {
      const id = row[relation.joinColumn!];
      const related = typeof id === 'string' ? this.store.get(target.nameSingular, id) : undefined;
      return related && related.deletedAt === null ? this.record(target, related, node.selectionSet) : null;
    }
    const inverse = inverseJoinColumn(object, target, relation.targetField);
    if (!inverse) return null;
    const args = this.args(node);
    const order = compileOrder(target, args.orderBy);
    const children = this.store
      .referencing(target.nameSingular, inverse, row.id)
      .map((id) => this.store.get(target.nameSingular, id)!)
      .filter((r) => r.deletedAt === null);
    const filtered = args.filter
      ? this.engine.match(target, args.filter, 'active').filter((r) => r[inverse] === row.id)
      : children;
    const page = paginate(filtered, order, args, NESTED_PAGE_SIZE);
    return this.connection(target, page, order, node.selectionSet);
  }

  connection(
    object: ObjectMeta,
    page: Page,
    order: Order,
    selectionSet: SelectionSetNode | undefined,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const typename = capitalize(object.nameSingular);
    const cursors = page.rows.map((row) => order.cursor(row, object));
    for (const node of this.fields(selectionSet)) {
      const key = node.alias?.value ?? node.name.value;
      switch (node.name.value) {
        case '__typename':
          out[key] = `${typename}Connection`;
          break;
        case 'totalCount':
          out[key] = page.totalCount;
          break;
        case 'pageInfo': {
          const info: Record<string, unknown> = {
            __typename: 'PageInfo',
            hasNextPage: page.hasNextPage,
            hasPreviousPage: page.hasPreviousPage,
            startCursor: cursors[0] ?? null,
            endCursor: cursors[cursors.length - 1] ?? null,
          };
          out[key] = this.pick(info, node.selectionSet!, 'PageInfo');
          break;
        }
        case 'edges':
          out[key] = page.rows.map((row, i) => {
            const edge: Record<string, unknown> = {};
            for (const e of this.fields(node.selectionSet)) {
              const k = e.alias?.value ?? e.name.value;
              if (e.name.value === 'cursor') edge[k] = cursors[i];
              else if (e.name.value === 'node') edge[k] = this.record(object, row, e.selectionSet);
              else if (e.name.value === '__typename') edge[k] = `${typename}Edge`;
              else edge[k] = null;
            }
            return edge;
          });
          break;
        default:
          out[key] = null;
      }
    }
    return out;
  }
}

/** Join column on `target` that points back at `object` for a ONE_TO_MANY field (morph "target" fields: target<Object>Id). */
export function inverseJoinColumn(
  object: ObjectMeta,
  target: ObjectMeta,
  targetField: string | undefined,
): string | undefined {
  const names = targetField === 'target' || !targetField ? [`target${capitalize(object.nameSingular)}`] : [targetField];
  for (const [column, field] of target.joinColumns) {
    if (names.includes(field.name) && field.relation?.targetObject === object.nameSingular) return column;
  }
  for (const [column, field] of target.joinColumns)
    if (field.relation?.targetObject === object.nameSingular) return column;
  return undefined;
}
