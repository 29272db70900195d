/** The development PKI and CRL helpers live in app/src/pki.ts (the facade and gateway entries use them). */
export * from '@lcs/app/pki';
