/*
 * What the vault stores. Nothing here is readable without the passphrase: the data key is wrapped
 * by a key derived from it, and every personal record is AES-GCM ciphertext. The only plaintext is
 * what the vault needs to find things (a record's kind and its random id) and the key-derivation
 * parameters.
 */

export type VaultKdfParams = {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
};

export type VaultKeyRecord = {
  /** Always "main": one vault per browser profile. */
  id: string;
  /**
   * Layout of this row, so a later version can read an older one. Bound into the wrap (crypto.ts).
   * 2: the vault keeps a sealed index of every record's current IV (`vaultIndexKind`). 1: written
   * before that index; such a vault gets one at its next unlock and format 2 at its next
   * passphrase change.
   */
  formatVersion: VaultKeyFormat;
  kdf: VaultKdfParams;
  /** The 256-bit data key, AES-GCM encrypted by the passphrase key. */
  wrapIv: Uint8Array<ArrayBuffer>;
  wrappedKey: Uint8Array<ArrayBuffer>;
  /**
   * Written by earlier versions only: when the vault was made is a fact about the person that
   * storage need not show. The next passphrase change writes a row without it.
   */
  createdAt?: string;
};

export type VaultKeyFormat = 1 | 2;
export const currentKeyFormat: VaultKeyFormat = 2;

/**
 * The kind of the one record that holds the sealed index: each record's kind, id and the IV of
 * its current ciphertext, encrypted like any record and written in the same transaction as every
 * save and delete. A record whose IV is not the one in the index (an older copy put back) is
 * refused as damaged.
 */
export const vaultIndexKind = 'vault-index';
export const vaultIndexId = 'index';

/** The bucket of a record filed under no group (and of every row written before version 3). */
export const unfiledBucket = '';

export type VaultRecordRow = {
  kind: string;
  /** Random, so it says nothing about the record. */
  id: string;
  /** Schema version of the encrypted value; bound into the ciphertext as additional data. */
  schemaVersion: number;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
  /**
   * A lookup hint, so a feature can read a slice of its records first (the journal: the latest
   * months). It is an HMAC of the group's name (e.g. "2026-11") under a key derived from the data
   * key, so storage shows which records share a group, never which group it is; `unfiledBucket`
   * when the record has none. Not part of the ciphertext: a wrong bucket only changes the order
   * in which records are read, never what they say.
   */
  bucket: string;
};
