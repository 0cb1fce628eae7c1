import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CipErrorSchema,
  KbaQuestionsResponseSchema,
  PasswordLastChangedResponseSchema,
  UserKbaResponseSchema,
} from '../wire';
import { startCip, type TestCip } from './test-support';

const GORDITA = '68567181-2cf1-4b2b-bc10-6d6f05afb8e7';
const JUN = '224187d8-6aee-42e8-826d-4384a5459efd';

describe('ibm-cip KBA questions and answers', () => {
  let cip: TestCip;
  beforeEach(async () => {
    cip = await startCip();
  });
  afterEach(() => cip.close());

  it('K1–K3 list active, inactive and all questions with totalCount', async () => {
    const active = KbaQuestionsResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/kba/questions/active')).body,
    );
    expect(active.entries.every((q) => !q.deprecated)).toBe(true);
    expect(active.entries.find((q) => q.questionNumber === 3)).toMatchObject({
      questionNumber: 3,
      questionTextByLanguage: { 'en-us': 'What is the name of your childhood best friend?' },
      roleMappings: [
        { priority: 1, roleNames: ['Manager'] },
        { priority: 2, roleNames: ['Employee', 'Contractor'] },
        { priority: 2, roleNames: ['Default'] },
      ],
      deprecated: false,
    });
    const inactive = KbaQuestionsResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/kba/questions/inactive')).body,
    );
    expect(inactive.entries[0]).toMatchObject({
      questionNumber: 1,
      questionTextByLanguage: { 'fr-ca': 'En quelle année votre père était-il né ?' },
      deprecated: true,
    });
    const all = KbaQuestionsResponseSchema.parse((await cip.call('GET', '/GmaApi/kba/questions')).body);
    expect(all.totalCount).toBe(active.totalCount + inactive.totalCount);
    expect(all.entries.map((q) => q.questionNumber)).toEqual(
      [...all.entries.map((q) => q.questionNumber)].sort((a, b) => a - b),
    );
  });

  it('U3 returns questions in the requested language, falls back to en-us, and hides answers on request', async () => {
    const res = await cip.call('GET', `/GmaApi/users/${GORDITA}/kba`);
    expect(res.body).toEqual({
      status: 'success',
      totalCount: 3,
      entries: [
        {
          questionNumber: 3,
          questionText: 'What is the name of your childhood best friend?',
          answer: 'Fred',
        },
        {
          questionNumber: 4,
          questionText: 'What is the street number of your childhood home?',
          answer: '123',
        },
        {
          questionNumber: 6,
          questionText: 'What was the name of your elementary school?',
          answer: 'Sweet Valley High',
        },
      ],
    });
    const fr = UserKbaResponseSchema.parse(
      (await cip.call('GET', `/GmaApi/users/${GORDITA}/kba?languageCode=fr-ca&returnAnswers=false`)).body,
    );
    expect(fr.entries[0]).toEqual({
      questionNumber: 3,
      questionText: "Quel est le nom de votre meilleur ami d'enfance ?",
    });
    expect(fr.entries[1]).toEqual({
      questionNumber: 4,
      questionText: 'What is the street number of your childhood home?',
    });
    expect((await cip.call('GET', `/GmaApi/users/${GORDITA}/kba?returnAnswers=perhaps`)).status).toBe(400);
  });

  it("U3 uses the user's preferredLanguage when no language is asked for", async () => {
    await cip.call('POST', '/GmaApi/identities/editUser', {
      json: [{ uuid: GORDITA, userDetails: { userAttributes: { preferredLanguage: 'de-de' } } }],
    });
    const res = UserKbaResponseSchema.parse((await cip.call('GET', `/GmaApi/users/${GORDITA}/kba`)).body);
    expect(res.entries[0]?.questionText).toBe('Wie heißt Ihr bester Freund aus der Kindheit?');
  });

  it('U6 checks an answer trimmed and without regard to case', async () => {
    const okRes = await cip.call('POST', `/GmaApi/users/${GORDITA}/kba/checkAnswer`, {
      form: { questionNumber: '3', answer: ' fred ' },
    });
    expect(okRes.body).toEqual({ status: 'success' });
    const wrong = await cip.call('POST', `/GmaApi/users/${GORDITA}/kba/checkAnswer`, {
      form: { questionNumber: '3', answer: '1977' },
    });
    expect(wrong.status).toBe(400);
    expect(CipErrorSchema.parse(wrong.body).message).toBe('KbaAnswerInvalid');
    // The seed's second example sends the same body without a content type.
    const bare = await cip.call('POST', `/GmaApi/users/${GORDITA}/kba/checkAnswer`, {
      text: 'questionNumber=4&answer=123',
    });
    expect(bare.status).toBe(200);
    expect(
      (
        await cip.call('POST', `/GmaApi/users/${GORDITA}/kba/checkAnswer`, {
          form: { questionNumber: '13', answer: 'x' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await cip.call('POST', `/GmaApi/users/${GORDITA}/kba/checkAnswer`, { form: { answer: 'x' } })).status,
    ).toBe(400);
  });

  it('U11 updates answers by question<N>, refusing undefined and newly answered deprecated questions', async () => {
    const put = await cip.call('PUT', `/GmaApi/users/${GORDITA}/kba`, {
      form: { question2: 'Fido', question7: 'Sweet Valley High', question11: 'A Few Good Men' },
    });
    expect(put.body).toEqual({ status: 'success' });
    const kba = UserKbaResponseSchema.parse((await cip.call('GET', `/GmaApi/users/${GORDITA}/kba`)).body);
    expect(kba.entries.map((e) => e.questionNumber)).toEqual([2, 3, 4, 6, 7, 11]);
    expect(kba.entries.find((e) => e.questionNumber === 2)?.answer).toBe('Fido');
    expect(
      (await cip.call('PUT', `/GmaApi/users/${GORDITA}/kba`, { form: { question99: 'x' } })).status,
    ).toBe(400);
    expect((await cip.call('PUT', `/GmaApi/users/${GORDITA}/kba`, { form: { question1: 'x' } })).status).toBe(
      400,
    );
    expect((await cip.call('PUT', `/GmaApi/users/${GORDITA}/kba`, { form: { answer: 'x' } })).status).toBe(
      400,
    );
  });

  it('U13 deletes one question of a user', async () => {
    expect((await cip.call('DELETE', `/GmaApi/users/${GORDITA}/kba/4`)).body).toEqual({ status: 'success' });
    const kba = UserKbaResponseSchema.parse((await cip.call('GET', `/GmaApi/users/${GORDITA}/kba`)).body);
    expect(kba.entries.map((e) => e.questionNumber)).toEqual([3, 6]);
    expect((await cip.call('DELETE', `/GmaApi/users/${GORDITA}/kba/4`)).status).toBe(404);
    expect((await cip.call('DELETE', `/GmaApi/users/${GORDITA}/kba/four`)).status).toBe(400);
  });
});

describe('ibm-cip passwords', () => {
  let cip: TestCip;
  beforeEach(async () => {
    cip = await startCip({ lockoutThreshold: 3 });
  });
  afterEach(() => cip.close());

  it('U7 validates the password by gtwayUUID', async () => {
    expect(
      (await cip.call('POST', `/GmaApi/users/${GORDITA}/checkPassword`, { text: 'password=core1234' })).body,
    ).toEqual({ status: 'success' });
    const wrong = await cip.call('POST', `/GmaApi/users/${GORDITA}/checkPassword`, {
      form: { password: 'nope' },
    });
    expect(wrong.status).toBe(400);
    expect(CipErrorSchema.parse(wrong.body).message).toBe('PasswordMismatch');
    expect(
      (await cip.call('POST', `/GmaApi/users/${JUN}/checkPassword`, { form: { password: 'anything' } }))
        .status,
    ).toBe(400);
    expect((await cip.call('POST', `/GmaApi/users/${GORDITA}/checkPassword`, { form: {} })).status).toBe(400);
  });

  it('locks the password with 403 after repeated failures; a success before that resets the count', async () => {
    const check = (password: string) =>
      cip.call('POST', `/GmaApi/users/${GORDITA}/checkPassword`, { form: { password } });
    await check('bad');
    await check('bad');
    expect((await check('core1234')).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await check('bad')).status).toBe(400);
    const locked = await check('core1234');
    expect(locked.status).toBe(403);
    expect(CipErrorSchema.parse(locked.body)).toMatchObject({
      status: 403,
      code: 403,
      message: 'PasswordLocked',
    });
  });

  it('answers 403 for an inactive account', async () => {
    await cip.call('POST', '/GmaApi/identities/addUser', {
      json: {
        userAttributes: { uid: 'sleepy', sn: 'Sleepy', userPassword: 'Sleep1234!' },
        account: 'true',
        userStatus: 'false',
      },
    });
    const uuid = ((await cip.call('GET', '/GmaApi/users/sleepy')).body as { entry: { gtwayUUID: string } })
      .entry.gtwayUUID;
    expect(
      (await cip.call('POST', `/GmaApi/users/${uuid}/checkPassword`, { form: { password: 'Sleep1234!' } }))
        .status,
    ).toBe(403);
  });

  it('U8 changes the password with the current one and stamps passwordLastChanged', async () => {
    cip.advance(1_800_000);
    const res = await cip.call('POST', `/GmaApi/users/${GORDITA}/changePassword`, {
      form: { password: 'core1234', newpassword: 'core1234!' },
    });
    expect(res.body).toEqual({ status: 'success' });
    const when = PasswordLastChangedResponseSchema.parse(
      (await cip.call('GET', '/GmaApi/users/ggonzalez/passwordLastChanged')).body,
    );
    expect(when.entry.passwordLastChanged).toBe('Jan 15,2026 12:30:00 PM');
    expect(
      (await cip.call('POST', `/GmaApi/users/${GORDITA}/checkPassword`, { form: { password: 'core1234!' } }))
        .status,
    ).toBe(200);
    expect(
      (await cip.call('POST', `/GmaApi/users/${GORDITA}/checkPassword`, { form: { password: 'core1234' } }))
        .status,
    ).toBe(400);
  });

  it('U8 refuses a wrong current password, a missing new one and a too-short one', async () => {
    const url = `/GmaApi/users/${GORDITA}/changePassword`;
    expect(
      (await cip.call('POST', url, { form: { password: 'wrong', newpassword: 'whatever123' } })).status,
    ).toBe(400);
    expect((await cip.call('POST', url, { form: { password: 'core1234' } })).status).toBe(400);
    const weak = await cip.call('POST', url, { form: { password: 'core1234', newpassword: 'short' } });
    expect(weak.status).toBe(400);
    expect(CipErrorSchema.parse(weak.body).message).toBe('PasswordPolicyError');
    expect(
      (
        await cip.call('POST', '/GmaApi/users/00000000-0000-4000-8000-000000000000/changePassword', {
          form: { password: 'a', newpassword: 'b' },
        })
      ).status,
    ).toBe(404);
  });
});
