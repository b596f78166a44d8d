import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import type { TimelineEvent } from '../customers/customers.types.js';
import { Timeline } from '../customers/timeline/timeline.js';

/** The deal's own events (line items, quotes, stage changes, edits), newest first. */
export function DealTimeline({ dealId }: { dealId: string }) {
  const { t, i18n } = useTranslation();
  const labelOf = (field: string) =>
    i18n.exists(`sales.fields.${field}`) ? t(`sales.fields.${field}`) : field;
  return (
    <Timeline
      entity="deal"
      entityId={dealId}
      kinds={[]}
      load={(q) =>
        api.get<Page<TimelineEvent>>(`/deals/${encodeURIComponent(dealId)}/timeline`, { limit: 20, ...q })
      }
      labelOf={labelOf}
    />
  );
}
