/**
 * A minimal SAML identity provider: metadata, and signed (optionally encrypted) login responses
 * built here and signed with xml-crypto. It is the peer the tests drive (crafting every kind of
 * bad response), and the development IdP of `pnpm start`. Never used in production.
 */
import { randomBytes } from 'node:crypto';
import * as samlifyModule from 'samlify';
import { SignedXml } from 'xml-crypto';

// samlify is CommonJS: under plain Node ESM only some names are detected as named exports.
const samlify = ((samlifyModule as unknown as { default?: typeof samlifyModule }).default ??
  samlifyModule) as typeof samlifyModule;

export interface KeyPair {
  key: string;
  cert: string;
}

const b64cert = (pem: string) => pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
const esc = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
export const newId = () => `_${randomBytes(16).toString('hex')}`;

export function idpMetadata(o: { entityId: string; ssoUrl: string; sloUrl?: string; signing: KeyPair }): string {
  const keyInfo =
    `<ds:KeyInfo><ds:X509Data><ds:X509Certificate>${b64cert(o.signing.cert)}</ds:X509Certificate>` +
    `</ds:X509Data></ds:KeyInfo>`;
  const descriptor =
    '<md:IDPSSODescriptor WantAuthnRequestsSigned="false" ' +
    'protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">';
  const root =
    '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ' +
    `xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${esc(o.entityId)}">`;
  return `<?xml version="1.0"?>
${root}
  ${descriptor}
    <md:KeyDescriptor use="signing">${keyInfo}</md:KeyDescriptor>
    ${
      o.sloUrl
        ? `<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" ` +
          `Location="${esc(o.sloUrl)}"/>`
        : ''
    }
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${esc(o.ssoUrl)}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
}

export interface ResponseInput {
  issuer: string;
  audience: string;
  acsUrl: string;
  inResponseTo?: string;
  acr: string;
  attributes: Record<string, string>;
  nameId?: string;
  /** Overrides for crafting bad responses. */
  destination?: string;
  recipient?: string;
  responseIssuer?: string;
  notBefore?: Date;
  notOnOrAfter?: Date;
  assertionId?: string;
  status?: string;
  now?: Date;
}

export function buildResponse(i: ResponseInput): { xml: string; assertionId: string; responseId: string } {
  const now = i.now ?? new Date();
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const nb = i.notBefore ?? new Date(now.getTime() - 30_000);
  const noa = i.notOnOrAfter ?? new Date(now.getTime() + 5 * 60_000);
  const assertionId = i.assertionId ?? newId();
  const responseId = newId();
  const irt = i.inResponseTo ? ` InResponseTo="${esc(i.inResponseTo)}"` : '';
  const attrs = Object.entries(i.attributes)
    .map(
      ([n, v]) =>
        `<saml:Attribute Name="${esc(n)}" ` +
        `NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml:AttributeValue ` +
        `xsi:type="xs:string">${esc(v)}</saml:AttributeValue></saml:Attribute>`,
    )
    .join('');
  const xml =
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ` +
    `xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${responseId}" Version="2.0" ` +
    `IssueInstant="${iso(now)}" Destination="${esc(i.destination ?? i.acsUrl)}"${irt}>` +
    `<saml:Issuer>${esc(i.responseIssuer ?? i.issuer)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode ` +
    `Value="${esc(i.status ?? 'urn:oasis:names:tc:SAML:2.0:status:Success')}"/></samlp:Status>` +
    `<saml:Assertion xmlns:xs="http://www.w3.org/2001/XMLSchema" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="${assertionId}" Version="2.0" ` +
    `IssueInstant="${iso(now)}">` +
    `<saml:Issuer>${esc(i.issuer)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID ` +
    `Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">${esc(i.nameId ?? newId())}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData ` +
    `NotOnOrAfter="${iso(noa)}" ` +
    `Recipient="${esc(i.recipient ?? i.acsUrl)}"${irt}/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${iso(nb)}" ` +
    `NotOnOrAfter="${iso(noa)}"><saml:AudienceRestriction><saml:Audience>${esc(i.audience)}</saml:Audience>` +
    `</saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${iso(now)}" ` +
    `SessionIndex="${newId()}"><saml:AuthnContext><saml:AuthnContextClassRef>${esc(i.acr)}` +
    `</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    (attrs ? `<saml:AttributeStatement>${attrs}</saml:AttributeStatement>` : '') +
    `</saml:Assertion></samlp:Response>`;
  return { xml, assertionId, responseId };
}

const ASSERTION = "/*[local-name()='Response']/*[local-name()='Assertion']";
const RESPONSE = "/*[local-name()='Response']";

/**
 * Signs the assertion (default), the whole response, or any root element (e.g. a LogoutRequest),
 * enveloped, placed after its Issuer.
 */
export function sign(
  xml: string,
  keys: KeyPair,
  o: { what?: 'assertion' | 'response' | 'root'; sha1?: boolean } = {},
): string {
  const target = o.what === 'response' ? RESPONSE : o.what === 'root' ? '/*' : ASSERTION;
  const sig = new SignedXml({
    privateKey: keys.key,
    publicCert: keys.cert,
    signatureAlgorithm: o.sha1
      ? 'http://www.w3.org/2000/09/xmldsig#rsa-sha1'
      : 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: target,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: o.sha1 ? 'http://www.w3.org/2000/09/xmldsig#sha1' : 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: `${target}/*[local-name()='Issuer']`, action: 'after' },
  });
  return sig.getSignedXml();
}

/** Encrypts the (signed) assertion for the SP whose metadata is given; returns base64 of the response. */
export async function encryptAssertion(xml: string, o: { idpMetadata: string; spMetadata: string }): Promise<string> {
  const idp = samlify.IdentityProvider({
    metadata: o.idpMetadata,
    isAssertionEncrypted: true,
    dataEncryptionAlgorithm: 'http://www.w3.org/2009/xmlenc11#aes256-gcm',
    keyEncryptionAlgorithm: 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
  } as never);
  const sp = samlify.ServiceProvider({ metadata: o.spMetadata } as never);
  return samlify.SamlLib.encryptAssertion(idp, sp, xml) as Promise<string>;
}

export const b64 = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');

/** The AuthnRequest in an HTTP-Redirect URL: its ID, issuer and requested level. */
export async function readRedirectRequest(
  location: string,
): Promise<{ id: string; issuer: string; acr?: string; xml: string }> {
  const { inflateRawSync } = await import('node:zlib');
  const u = new URL(location);
  const xml = inflateRawSync(Buffer.from(u.searchParams.get('SAMLRequest')!, 'base64')).toString('utf8');
  return {
    xml,
    id: /\sID="([^"]+)"/.exec(xml)![1]!,
    issuer: /<saml:Issuer>([^<]+)</.exec(xml)![1]!,
    acr: /AuthnContextClassRef>([^<]+)</.exec(xml)?.[1],
  };
}

/** A LogoutRequest from the IdP for a NameID (unsigned; sign it with `sign(xml, keys, { what: 'root' })`). */
export function logoutRequest(o: { issuer: string; destination: string; nameId: string; id?: string }): string {
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ` +
    `xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${o.id ?? newId()}" Version="2.0" ` +
    `IssueInstant="${now}" Destination="${esc(o.destination)}">` +
    `<saml:Issuer>${esc(o.issuer)}</saml:Issuer><saml:NameID ` +
    `Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">${esc(o.nameId)}</saml:NameID></samlp:LogoutRequest>`
  );
}
