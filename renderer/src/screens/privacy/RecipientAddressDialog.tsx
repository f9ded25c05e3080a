// A recipient's postal address and business ID (the disclosures register's recipients): the Art. 19
// letters to it are made with this address in the envelope window. Opened from the recipients list,
// from an erasure waiting for an address, and from a restriction's recipient letters.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { recipientAddressFields, type RecipientAddress, type RecipientEntry } from '../../../../shared/api/disclosures';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { bind, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';

type Input = z.input<typeof recipientAddressFields>;
const EMPTY: Input = { businessId: '', street: '', postalCode: '', city: '', country: 'FI' };

export function RecipientAddressDialog({ recipient, address, onClose, onSaved }: { recipient: string; address: RecipientAddress | null; onClose: () => void; onSaved: (e: RecipientEntry) => void }) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<Input, unknown, RecipientAddress>({ resolver: zodResolver(recipientAddressFields), defaultValues: address ?? EMPTY });
  const { isSubmitting } = form.formState;
  useEffect(() => form.setFocus('street'), [form]);

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      onSaved(await call('privacy.recipients.saveAddress', { recipient, address: values }));
    } catch (err) {
      // The form checks with the core's own schema, so what comes back is not about one field.
      setAlert(applyServerError(err, { setError: form.setError, fields: [] }, t));
    }
  });

  const label = (k: string) => t(`privacyPanel.recipientAddress.${k}`);
  return (
    <Modal title={t('privacyPanel.recipientAddress.title', { recipient })} onClose={onClose} testId="recipient-address-dialog">
      <form className="form" noValidate onSubmit={onSubmit} data-testid="recipient-address-form">
        <p className="muted">{t('privacyPanel.recipientAddress.intro')}</p>
        <FormAlert message={alert} />
        <TextField label={label('street')} autoComplete="off" {...bind(form, 'street')} />
        <div className="grid grid--postal-wide">
          <TextField label={label('postalCode')} autoComplete="off" {...bind(form, 'postalCode')} />
          <TextField label={label('city')} autoComplete="off" {...bind(form, 'city')} />
        </div>
        <div className="grid grid--2">
          <TextField label={label('country')} fieldClassName="field--tiny" maxLength={2} hint={t('fields.customer.countryHint')} {...bind(form, 'country')} />
          <TextField label={label('businessId')} optional autoComplete="off" hint={label('businessIdHint')} {...bind(form, 'businessId')} />
        </div>
        <FormActions onCancel={onClose} submitLabel={t('privacyPanel.recipientAddress.save')} busy={isSubmitting} testId="save-recipient-address" />
      </form>
    </Modal>
  );
}

/** The missing address added where a letter waits for it (erasure, restriction notices): on
 * saving, the confirmation to show ("Address saved for …"). */
export function MissingAddressDialog({ recipient, onClose, onAdded }: { recipient: string; onClose: () => void; onAdded: (message: string) => void }) {
  const { t } = useTranslation();
  return <RecipientAddressDialog recipient={recipient} address={null} onClose={onClose} onSaved={(e) => onAdded(t('privacyPanel.recipients.addressSaved', { recipient: e.recipient }))} />;
}
