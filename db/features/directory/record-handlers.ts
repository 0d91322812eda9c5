import type { Output } from '../../../api/contract';
import type { HandlerGroup } from '../../dispatch/types';
import { createChild, deleteChild, listChildren, updateChild } from './child-records';
import { PARTNERSHIPS, SERVICES } from './child-tables';

type Service = Output<'services.create'>;
type Partnership = Output<'partnerships.create'>;

export const recordHandlers: HandlerGroup<
  | 'services.list'
  | 'services.create'
  | 'services.update'
  | 'services.delete'
  | 'partnerships.list'
  | 'partnerships.create'
  | 'partnerships.update'
  | 'partnerships.delete'
> = {
  'services.list': ({ organizationId }, ctx) => listChildren<Service>(ctx, SERVICES, organizationId, 'name_fr, name_ar'),
  'services.create': (values, ctx) => createChild<Service>(ctx, SERVICES, values),
  'services.update': (values, ctx) => updateChild<Service>(ctx, SERVICES, values),
  'services.delete': ({ id }, ctx) => deleteChild(ctx, SERVICES, id),

  'partnerships.list': ({ organizationId }, ctx) =>
    listChildren<Partnership>(ctx, PARTNERSHIPS, organizationId, 'start_date DESC, title_fr'),
  'partnerships.create': (values, ctx) => createChild<Partnership>(ctx, PARTNERSHIPS, values),
  'partnerships.update': (values, ctx) => updateChild<Partnership>(ctx, PARTNERSHIPS, values),
  'partnerships.delete': ({ id }, ctx) => deleteChild(ctx, PARTNERSHIPS, id),
};
