import { Collapse, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../features/customers/customers.types.js';
import { FilterBuilder } from '../../features/customers/filter/filter-builder.js';
import type { ListField } from '../../features/customers/filter/filter-model.js';
import { fitView } from '../../features/customers/views/fit-view.js';
import { ViewPicker } from '../../features/customers/views/view-picker.js';
import { FilterToggle, ListSearch } from './list-toolbar.js';
import { countConditions } from './use-cursor-list.js';
import type { ListPage } from './use-list-page.js';

interface Props {
  page: ListPage;
  /** What the filter builder offers. */
  fields: ListField[];
  searchLabel: string;
  searchTestId?: string;
  /** Saved views of this entity (filter, sort and `columns`) in a picker beside the filter button. */
  views?: {
    entity: string;
    allLabel?: string;
    columns: string[];
    /** Instead of `page.applyView`, for a page that keeps more of a view (the people columns). */
    onSelect?: (view: SavedView | null) => void;
    /**
     * `fields` are complete (custom fields loaded): a picked view then loses what names fields that
     * are gone (archived) instead of opening as an error.
     */
    fieldsLoaded?: boolean;
  };
  /** The page's buttons on the right (export, create…). */
  actions?: ReactNode;
}

/**
 * Above a list's rows: quick search, the filter button and saved views on the left, the page's
 * actions on the right, and the filter builder below (kept open while the server rejects the filter).
 */
export function ListHeader({ page, fields, searchLabel, searchTestId, views, actions }: Props) {
  const { t } = useTranslation();
  const pick = (view: SavedView | null) => {
    const select = views?.onSelect ?? page.applyView;
    if (!view || !views?.fieldsLoaded) return select(view);
    const fitted = fitView(view, new Set(fields.map((f) => f.name)));
    if (fitted.dropped.length)
      notifications.show({
        color: 'orange',
        message: t('views.fieldsGone', {
          fields: fitted.dropped.map((f) => f.replace(/^custom\./, '')).join(', '),
        }),
      });
    select(fitted.view);
  };
  return (
    <>
      <Group justify="space-between">
        <Group gap="xs">
          <ListSearch
            label={searchLabel}
            value={page.search}
            onChange={page.setSearch}
            testId={searchTestId}
          />
          <FilterToggle
            open={page.showFilter}
            conditions={countConditions(page.filter)}
            onToggle={page.toggleFilter}
          />
          {views && (
            <ViewPicker
              entity={views.entity}
              allLabel={views.allLabel}
              current={{ filter: page.filter, sort: page.sort || null, columns: views.columns }}
              selectedId={page.viewId}
              onSelect={pick}
            />
          )}
        </Group>
        <Group gap="xs">{actions}</Group>
      </Group>
      <Collapse in={page.showFilter || page.filterInvalid}>
        <FilterBuilder
          fields={fields}
          applied={page.filter}
          errors={page.filterErrors}
          onApply={page.applyFilter}
        />
      </Collapse>
    </>
  );
}
