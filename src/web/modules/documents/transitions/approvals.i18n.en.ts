import type { approvalsVi } from './approvals.i18n.ts';

export const approvalsEn: typeof approvalsVi = {
  decision: {
    label: 'Decision number',
    proposedHelp:
      'The next number of the agency’s register ({{no}}); you may change it. Leave it empty for the records clerk to number it after signing.',
    laterHelp: 'Empty: the records clerk numbers it after signing.',
    pending: 'Waiting for the records clerk’s number',
    number: 'Number the decision',
    numberTitle: 'Number the decision: {{label}}',
    numberIntro:
      'The decision number is not part of the approved content, so numbering does not void the approval signature. The action is audited.',
    fromRegister: 'Take the next number of the register: {{no}}',
    typed: 'Type another number',
    ok: 'Number',
    done: 'Numbered {{no}}.',
  },
  signed: {
    title: 'Digitally signed decisions',
    intro:
      'Digital signature (ký số): the decision signed with a USB token or certificate (PDF, PAdES). eiso verifies the signature’s integrity and tells whether the file was changed after signing; it does not check whether the certification authority is on a trusted list. The password confirmation above is an electronic confirmation, not a digital signature.',
    upload: 'Attach the digitally signed decision (PDF)',
    added: 'Attached and verified {{name}}.',
    empty: 'No digitally signed decision yet.',
    intact: 'Digitally signed: the signature holds, the file is intact',
    modified: 'The file was changed after signing',
    badSignature: 'The signature does not match the signer’s certificate',
    appended: 'Content was added after signing',
    subject: 'Signer (certificate)',
    issuer: 'Issued by',
    validity: 'Certificate validity',
    validityRange: '{{from}} – {{to}}',
    notValidAtSigning: 'certificate not valid at signing time',
    signingTime: 'Signing time (from the signing software)',
    uploaded: 'Attached by',
    file: 'File',
  },
};
