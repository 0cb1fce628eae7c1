import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AppTextKeysResponseSchema,
  AttributeElementsResponseSchema,
  AutocompleteResponseSchema,
  BrandingFilesResponseSchema,
  BrandingResponseSchema,
  EmailTemplatesResponseSchema,
} from '../wire';
import { startCip, type TestCip } from './test-support';

const SUCCESS = { success: true, apiError: false, message: 'Success', errors: {} };
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201f6d1bb5a0000000049454e44ae426082',
  'hex',
);

describe('ibm-cip self-service branding, texts and forms', () => {
  let cip: TestCip;
  beforeEach(async () => {
    cip = await startCip();
  });
  afterEach(() => cip.close());

  it('SS3/SS4/SS5 serve branding files, their list and the LESS variables', async () => {
    const res = await cip.emulator.app.request('/GmaApi/ss/getBrandingFile?fileId=2&instanceId=182', {
      headers: { Authorization: `Bearer ${cip.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const files = BrandingFilesResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getBrandingFiles?instanceId=182')).body,
    ).files;
    expect(files.map((f) => f.fileId)).toEqual([2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 14]);
    expect(
      BrandingResponseSchema.parse((await cip.call('GET', '/GmaApi/ss/getBranding?instanceId=182')).body)
        .brandingDataMap['@brand-primary'],
    ).toBe('#8a3ffc');
    expect((await cip.call('GET', '/GmaApi/ss/getBrandingFile?fileId=6&instanceId=182')).status).toBe(400);
    expect((await cip.call('GET', '/GmaApi/ss/getBrandingFile?fileId=2')).status).toBe(400);
  });

  it('SS33/SS34 upload images as multipart; downloadOriginal returns the factory image', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([...PNG, 1, 2, 3])], { type: 'image/png' }), 'test.png');
    expect(
      (await cip.call('POST', '/GmaApi/ss/uploadBrandingFile?instanceId=1&fileId=2', { multipart: form }))
        .body,
    ).toEqual({ status: SUCCESS });
    const ie9 = new FormData();
    ie9.append('file', new Blob([PNG], { type: 'image/gif' }), 'ie9.gif');
    expect(
      (await cip.call('POST', '/GmaApi/ss/uploadBrandingFile/IE9?instanceId=1&fileId=2', { multipart: ie9 }))
        .status,
    ).toBe(200);
    const current = await cip.emulator.app.request('/GmaApi/ss/getBrandingFile?fileId=2&instanceId=1', {
      headers: { Authorization: `Bearer ${cip.token}` },
    });
    expect((await current.arrayBuffer()).byteLength).toBe(PNG.length + 3);
    const original = await cip.emulator.app.request(
      '/GmaApi/ss/getBrandingFile?fileId=2&instanceId=1&downloadOriginal=true',
      { headers: { Authorization: `Bearer ${cip.token}` } },
    );
    expect((await original.arrayBuffer()).byteLength).toBeLessThan(PNG.length + 3);
    const files = BrandingFilesResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getBrandingFiles?instanceId=1')).body,
    ).files;
    expect(files[0]).toMatchObject({
      fileId: 2,
      fileName: 'test.png',
      customized: true,
      ie9Customized: true,
    });
    const text = new FormData();
    text.append('file', new Blob(['hello'], { type: 'text/plain' }), 'a.txt');
    expect(
      (await cip.call('POST', '/GmaApi/ss/uploadBrandingFile?instanceId=1&fileId=2', { multipart: text }))
        .status,
    ).toBe(400);
    expect(
      (
        await cip.call('POST', '/GmaApi/ss/uploadBrandingFile?instanceId=1&fileId=2', {
          multipart: new FormData(),
        })
      ).status,
    ).toBe(400);
  });

  it('SS10/SS27 read and update email templates (emailTypeID on input)', async () => {
    const before = EmailTemplatesResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getEmailTemplate?instanceId=3')).body,
    ).emails;
    expect(before[0]).toMatchObject({
      emailTypeId: 1,
      languages: [{ langCode: 'en-us', subject: 'Awaiting approval' }, { langCode: 'fr' }],
    });
    const update = {
      instanceId: '3',
      updatedData: [
        {
          emailTypeID: '10',
          languages: [
            {
              body: '<html>revoked</html>',
              langCode: 'en-us',
              replyTo: 'noreply@YourCompany.com',
              subject: 'Reminder test change',
            },
          ],
        },
      ],
    };
    expect((await cip.call('POST', '/GmaApi/ss/updateEmailTemplate', { json: update })).body).toEqual({
      status: SUCCESS,
    });
    const after = EmailTemplatesResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getEmailTemplate?instanceId=3')).body,
    ).emails;
    expect(after.find((e) => e.emailTypeId === 10)?.languages).toEqual([
      {
        body: '<html>revoked</html>',
        langCode: 'en-us',
        replyTo: 'noreply@YourCompany.com',
        subject: 'Reminder test change',
      },
    ]);
    expect(
      (
        await cip.call('POST', '/GmaApi/ss/updateEmailTemplate', {
          json: { instanceId: '3', updatedData: [] },
        })
      ).status,
    ).toBe(400);
    expect((await cip.call('GET', '/GmaApi/ss/getEmailTemplate')).status).toBe(400);
  });

  it('SS12/SS32 read text keys per language and merge updates of the 12 key types', async () => {
    const all = AppTextKeysResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getAppTextKeys?instanceId=3&appType=pma')).body,
    ).languages;
    expect(all.map((l) => Object.keys(l)[0])).toEqual(['en-us', 'de-de']);
    const update = {
      instanceId: '3',
      updatedKeys: {
        'en-us': {
          textKeys: {
            autocompleteKeys: { 'services-col1Label': 'NameTest' },
            attributeTextKeys: { mail: 'E-mail' },
          },
        },
      },
    };
    expect((await cip.call('POST', '/GmaApi/ss/updateAppTextKeys', { json: update })).body).toEqual({
      status: SUCCESS,
    });
    const en = AppTextKeysResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getAppTextKeys?instanceId=3&appType=pma&langCode=en-us')).body,
    ).languages;
    expect(en).toHaveLength(1);
    expect(en[0]?.['en-us']?.textKeys.autocompleteKeys).toEqual({ 'services-col1Label': 'NameTest' });
    expect(en[0]?.['en-us']?.attributeTextKeys).toMatchObject({ mail: 'E-mail', givenName: 'First name' });
    expect(
      (
        await cip.call('POST', '/GmaApi/ss/updateAppTextKeys', {
          json: { instanceId: '3', updatedKeys: { 'en-us': { textKeys: { bogusKeys: {} } } } },
        })
      ).status,
    ).toBe(400);
    expect((await cip.call('GET', '/GmaApi/ss/getAppTextKeys?instanceId=3')).status).toBe(400);
  });

  it('SS13/SS31 read and replace the form of an application type', async () => {
    const recover = AttributeElementsResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getAttributeElements?instanceId=3&appType=recoverUsername')).body,
    );
    expect(recover.ldapAttributes).toEqual(['mail', 'employeeNumber']);
    expect(recover.formSections[0]?.items?.[1]).toMatchObject({
      fieldName: 'employeeNumber',
      more: 'Must be a number between 7 and 30 characters in length',
    });
    const update = {
      instanceId: 3,
      appType: 'pmx',
      data: {
        formSections: [
          {
            header: 'Profile',
            items: [{ fieldName: 'mobile', fieldType: 'text', mapping: 'mobile', idv: { use: 'true' } }],
          },
        ],
      },
    };
    expect((await cip.call('POST', '/GmaApi/ss/updateAttributeElements', { json: update })).body).toEqual({
      status: SUCCESS,
    });
    const pmx = AttributeElementsResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/ss/getAttributeElements?instanceId=3&appType=pmx')).body,
    );
    expect(pmx).toMatchObject({ ldapAttributes: ['mobile'], userIdv: true });
    const badType = {
      ...update,
      data: { formSections: [{ items: [{ fieldName: 'x', fieldType: 'slider' }] }] },
    };
    expect((await cip.call('POST', '/GmaApi/ss/updateAttributeElements', { json: badType })).status).toBe(
      400,
    );
  });

  it('SS14 autocompletes users row by row', async () => {
    const res = AutocompleteResponseSchema.parse(
      (await cip.call('POST', '/GmaApi/ss/autocomplete', { json: { type: 'user', searchString: 'gonz' } }))
        .body,
    );
    expect(res.columns).toEqual(['ID', 'First Name', 'Last Name', 'Email', 'User']);
    expect(res.rows).toEqual([
      ['68567181-2cf1-4b2b-bc10-6d6f05afb8e7', 'Gordita', 'Gonzalez', 'gordita@gmail.com', 'ggonzalez'],
    ]);
    const services = AutocompleteResponseSchema.parse(
      (
        await cip.call('POST', '/GmaApi/ss/autocomplete', {
          json: { type: 'service', searchString: 'child' },
        })
      ).body,
    );
    expect(services.rows.map((r) => r[0])).toEqual(['ChildService1A', 'ChildService1B']);
    expect(
      (await cip.call('POST', '/GmaApi/ss/autocomplete', { json: { type: 'group', searchString: 'x' } }))
        .status,
    ).toBe(400);
  });
});
