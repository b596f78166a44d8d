import { Button, FileInput, Group, SegmentedControl, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useNotify } from '../../../shared/notify.js';
import { useCan } from '../../auth/use-session.js';
import { useFields } from '../customers.api.js';
import { ENTITY_LABEL, type ImportEntity, mappingParam } from './column-mapping.js';
import { previewCsv } from './csv-preview.js';
import { ImportHistory } from './import-history.js';
import { ImportProgress } from './import-progress.js';
import { importsApi, useImport } from './imports.api.js';
import { MappingStep } from './mapping-step.js';
import { PreviewTable } from './preview-table.js';

const ENTITIES: ImportEntity[] = ['people', 'companies', 'orders'];

/** Customers → Import (people, companies, order lines): file → column mapping with a preview → progress and result. */
export function ImportWizard() {
  const { t } = useTranslation();
  const notify = useNotify();
  // An import creates records: offered only for what the user may create (the server checks too).
  const can = useCan();
  // ?entity=orders: Sales → Orders links here.
  const [params] = useSearchParams();
  const [entity, setEntity] = useState<ImportEntity>(() =>
    ENTITIES.includes(params.get('entity') as ImportEntity)
      ? (params.get('entity') as ImportEntity)
      : 'people',
  );
  const fields = useFields(entity === 'companies' ? 'company' : 'person');
  // Order lines have no custom fields.
  const defs = entity === 'orders' ? [] : (fields.data ?? []);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<{ header: string[]; rows: string[][] } | null>(null);
  const [fieldsOnOffer, setFieldsOnOffer] = useState<string[]>([]);
  const [suggested, setSuggested] = useState<(string | null)[]>([]);
  const [targets, setTargets] = useState<(string | null)[]>([]);
  const [importId, setImportId] = useState<string | null>(null);
  // The same polled query as the progress view (shared cache): a finished import completes the stepper.
  const finished = useImport(importId).data?.status === 'done';
  const step = importId ? (finished ? 3 : 2) : preview ? 1 : 0;
  const pick = async (f: File | null) => {
    setFile(f);
    if (!f) return;
    const p = previewCsv(await f.slice(0, 256 * 1024).text());
    if (p.header.length === 0) {
      notifications.show({ color: 'red', message: t('imports.emptyFile') });
      return;
    }
    // The server maps headers (its aliases for Google, Outlook and HubSpot exports, custom fields by
    // key or label), so the suggestion is what an import without a mapping would do.
    const s = await importsApi.suggest(entity, p.header).catch((err: unknown) => {
      notify.error(err);
      return null;
    });
    if (!s) return;
    setPreview(p);
    setFieldsOnOffer(s.fields);
    setSuggested(s.targets);
    setTargets(s.targets);
  };
  const start = useMutation({
    mutationFn: () => importsApi.start(entity, mappingParam(preview!.header, targets), file!),
    onSuccess: (imp) => setImportId(imp.id),
    onError: notify.error,
  });
  const reset = () => {
    setFile(null);
    setPreview(null);
    setImportId(null);
  };
  return (
    <Stack data-testid="import-wizard">
      <Stepper active={step} size="sm">
        <Stepper.Step label={t('imports.steps.upload')}>
          <Stack mt="md" maw={480}>
            <SegmentedControl
              value={entity}
              onChange={(v) => {
                setEntity(v as ImportEntity);
                reset(); // suggestions depend on the entity: pick the file again
              }}
              data={ENTITIES.filter((e) => can(`${e}:create`)).map((e) => ({
                value: e,
                label: t(ENTITY_LABEL[e]),
              }))}
              data-testid="import-entity"
            />
            <FileInput
              label={t('imports.file')}
              description={entity === 'orders' ? t('imports.orderFileHint') : t('imports.fileHint')}
              placeholder={t('imports.filePlaceholder')}
              accept=".csv,text/csv"
              leftSection={<IconFileTypeCsv size={16} />}
              value={file}
              onChange={pick}
              data-testid="import-file"
            />
          </Stack>
          <ImportHistory />
        </Stepper.Step>
        <Stepper.Step label={t('imports.steps.map')}>
          {preview && (
            <Stack mt="md">
              <Text size="sm" c="dimmed">
                {t('imports.mapHint', { name: file?.name ?? '' })}
              </Text>
              <MappingStep
                fields={fieldsOnOffer}
                header={preview.header}
                rows={preview.rows}
                defs={defs}
                targets={targets}
                suggested={suggested}
                onChange={setTargets}
              />
              <Text size="sm" fw={500}>
                {t('imports.preview')}
              </Text>
              <PreviewTable header={preview.header} rows={preview.rows} />
              <Group justify="space-between">
                <Button variant="default" onClick={reset}>
                  {t('fields.back')}
                </Button>
                <Button
                  onClick={() => start.mutate()}
                  loading={start.isPending}
                  disabled={!targets.some(Boolean)}
                  data-testid="import-start"
                >
                  {t('imports.start')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Step label={t('imports.steps.result')}>
          {importId && <ImportProgress importId={importId} entity={entity} onAnother={reset} />}
        </Stepper.Step>
        <Stepper.Completed>
          {importId && <ImportProgress importId={importId} entity={entity} onAnother={reset} />}
        </Stepper.Completed>
      </Stepper>
    </Stack>
  );
}
