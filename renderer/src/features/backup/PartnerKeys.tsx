import { Button, Code, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recipientCreate } from '../../../../api/channels/backup';
import type { Output } from '../../../../api/contract';
import { invoke } from '../../bridge/bridge';
import { useCall, useWrite } from '../../bridge/queries';
import { FormError } from '../../components/FormError';
import { QUOTED } from '../../lib/errors';
import { useZodForm } from '../../lib/form';

type Key = Output<'recipients.list'>[number];

/** Partners' public keys, to encrypt a backup for them: listed, added (checked), deleted after a confirmation. */
export function PartnerKeys() {
  const { t } = useTranslation();
  const list = useCall('recipients.list', {});
  const create = useWrite('recipients.create');
  const form = useZodForm(recipientCreate, { label: '', recipient: '' });
  const [deleting, setDeleting] = useState<Key | null>(null);

  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = form.validate();
    if (!input) return;
    const result = await create.mutateAsync(input);
    if (form.showResult(result)) form.setValues({ label: '', recipient: '' });
  };

  const remove = async () => {
    if (!deleting) return;
    const result = await invoke('recipients.delete', { id: deleting.id });
    if (form.showResult(result)) setDeleting(null);
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <div>
          <Title order={3} size="h4">
            {t('backup.partnerKeys.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('backup.partnerKeys.hint', QUOTED)}
          </Text>
        </div>
        {list.data?.length ? (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backup.partnerKeys.label')}</Table.Th>
                <Table.Th>{t('backup.partnerKeys.fingerprint')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{k.label}</Table.Td>
                  <Table.Td>
                    <Code dir="ltr">{k.fingerprint}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setDeleting(k)}
                      aria-label={t('backup.partnerKeys.deleteNamed', { name: k.label })}
                    >
                      {t('common.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">{t('backup.partnerKeys.empty')}</Text>
        )}
        <form onSubmit={(e) => void add(e)} noValidate>
          <Group align="flex-start" wrap="wrap">
            <TextInput
              label={t('backup.partnerKeys.label')}
              value={form.values.label}
              onChange={(e) => form.set('label', e.currentTarget.value)}
              error={form.errors.label ? t(form.errors.label) : undefined}
              w={220}
            />
            <TextInput
              label={t('backup.partnerKeys.recipient', QUOTED)}
              value={form.values.recipient}
              onChange={(e) => form.set('recipient', e.currentTarget.value)}
              error={form.errors.recipient ? t(form.errors.recipient, QUOTED) : undefined}
              dir="ltr"
              style={{ flex: 1, minWidth: 320 }}
              spellCheck={false}
            />
            <Button type="submit" mt={25} loading={create.isPending}>
              {t('backup.partnerKeys.add')}
            </Button>
          </Group>
        </form>
        <FormError error={form.formError} />
      </Stack>
      <Modal opened={Boolean(deleting)} onClose={() => setDeleting(null)} title={t('backup.partnerKeys.deleteTitle')} centered>
        <Stack>
          <Text>{t('backup.partnerKeys.confirmDelete', { name: deleting?.label ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void remove()} data-autofocus>
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
