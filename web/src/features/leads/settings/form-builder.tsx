import {
  Button,
  Divider,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguageName } from '../../../shared/display-names.js';
import { ErrorAlert } from '../../../shared/page-states.js';
import { fieldErrors } from '../../customers/person/problem-errors.js';
import { useTeams, useUserOptions } from '../../settings/settings.api.js';
import { formsKey, leadsApi, useContactSources } from '../leads.api.js';
import type { Assignment, WebForm, WebFormInput } from '../leads.types.js';
import { ConsentsEditor, FieldsEditor } from './form-parts-editor.js';

const EMPTY: WebFormInput = {
  name: '',
  language: 'en',
  fields: [
    // One input for the whole name, split into first and last name on submit.
    {
      key: 'name',
      label: { en: 'Name', ru: 'Имя и фамилия', lv: 'Vārds, uzvārds' },
      type: 'text',
      required: true,
      mapsTo: 'fullName',
    },
    {
      key: 'email',
      label: { en: 'Email', ru: 'Эл. почта', lv: 'E-pasts' },
      type: 'email',
      required: true,
      mapsTo: 'email',
    },
  ],
  consents: [],
  assignment: { mode: 'none' },
  source: 'web_form',
  redirectUrl: null,
  active: true,
};

/** Create or edit a web-to-lead form. */
export function FormBuilder({ form, onClose }: { form: WebForm | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const sources = useContactSources();
  const teams = useTeams();
  const users = useUserOptions();
  const languageName = useLanguageName();
  const [draft, setDraft] = useState<WebFormInput>(() => {
    if (!form) return EMPTY;
    const { id: _id, ...rest } = form;
    return rest;
  });
  const set = (patch: Partial<WebFormInput>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useMutation({
    mutationFn: () => (form ? leadsApi.updateForm(form.id, draft) : leadsApi.createForm(draft)),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: formsKey });
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const a = draft.assignment;
  const setMode = (mode: string) =>
    set({
      assignment: (mode === 'round_robin'
        ? { mode, teamId: teams.data?.[0]?.id ?? '' }
        : mode === 'fixed'
          ? { mode, userId: users.data?.[0]?.id ?? '' }
          : { mode: 'none' }) as Assignment,
    });
  return (
    <Modal opened onClose={onClose} size="xl" title={form ? form.name : t('leads.forms.new')}>
      <Stack data-testid="form-builder">
        <Group grow>
          <TextInput
            label={t('leads.forms.name')}
            value={draft.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={errors.name}
            required
          />
          <Select
            label={t('leads.forms.language')}
            data={(['en', 'ru', 'lv'] as const).map((l) => ({ value: l, label: languageName(l) }))}
            value={draft.language}
            onChange={(v) => v && set({ language: v as WebFormInput['language'] })}
            allowDeselect={false}
          />
          <Select
            label={t('leads.fields.source')}
            data={sources.data ?? []}
            value={draft.source}
            onChange={(v) => set({ source: v })}
            clearable
          />
        </Group>
        <Group grow>
          <TextInput
            label={t('leads.forms.redirectUrl')}
            placeholder="https://"
            value={draft.redirectUrl ?? ''}
            onChange={(e) => set({ redirectUrl: e.currentTarget.value || null })}
            error={errors.redirectUrl}
          />
          <Switch
            label={t('leads.forms.active')}
            checked={draft.active}
            onChange={(e) => set({ active: e.currentTarget.checked })}
            mt="lg"
          />
        </Group>
        <Divider label={t('leads.forms.fields')} />
        <FieldsEditor fields={draft.fields} onChange={(fields) => set({ fields })} />
        <Divider label={t('leads.forms.consents')} />
        <ConsentsEditor consents={draft.consents} onChange={(consents) => set({ consents })} />
        <Divider label={t('leads.forms.assignment')} />
        <SegmentedControl
          value={a.mode}
          onChange={setMode}
          data={['none', 'round_robin', 'fixed'].map((m) => ({
            value: m,
            label: t(`leads.forms.modes.${m}`),
          }))}
        />
        {a.mode === 'round_robin' && (
          <Select
            label={t('leads.forms.team')}
            data={(teams.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
            value={a.teamId}
            onChange={(v) => v && set({ assignment: { mode: 'round_robin', teamId: v } })}
            error={errors['assignment.teamId']}
          />
        )}
        {a.mode === 'fixed' && (
          <Select
            label={t('leads.fields.owner')}
            data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            value={a.userId}
            onChange={(v) => v && set({ assignment: { mode: 'fixed', userId: v } })}
            searchable
            error={errors['assignment.userId']}
          />
        )}
        {save.isError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()} data-testid="form-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
