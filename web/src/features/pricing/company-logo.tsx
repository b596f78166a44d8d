import { Button, FileInput, Group, Image, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/notify.js';
import { pricingApi } from './pricing.api.js';
import type { CompanyDetails } from './pricing.types.js';

interface Props {
  version: number;
  hasLogo: boolean;
  editable: boolean;
  onChange: (saved: CompanyDetails) => void;
}

/** The logo printed on quotes: preview, upload (PNG or JPEG, 1 MB) and remove. */
export function CompanyLogo({ version, hasLogo, editable, onChange }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const upload = useMutation({ mutationFn: pricingApi.setLogo, onSuccess: onChange, onError: notify.error });
  const remove = useMutation({
    mutationFn: pricingApi.removeLogo,
    onSuccess: onChange,
    onError: notify.error,
  });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('pricing.company.logo')}
      </Text>
      {hasLogo ? (
        <Image
          src={`/api/v1/settings/company/logo?v=${version}`}
          alt={t('pricing.company.logo')}
          h={50}
          w="auto"
          fit="contain"
          data-testid="company-logo"
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('pricing.company.noLogo')}
        </Text>
      )}
      {editable && (
        <Group align="flex-end">
          <FileInput
            accept="image/png,image/jpeg"
            placeholder={t('pricing.company.chooseLogo')}
            aria-label={t('pricing.company.logo')}
            onChange={(file) => file && upload.mutate(file)}
            value={null}
            w={340}
            disabled={upload.isPending}
          />
          {hasLogo && (
            <Button variant="default" color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
              {t('pricing.company.removeLogo')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
