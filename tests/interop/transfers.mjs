#!/usr/bin/env node
// Wallet-library interoperability: viem, as a dapp would use it, sends N plain transfers to a
// running ordod, mixing legacy (EIP-155, gasPrice) and EIP-1559 transactions across the dev
// accounts to fresh random addresses, with its own nonce management for throughput. Then every
// receipt must report success, every recipient hold exactly its value, every sender's latest
// nonce count its transfers, and every sender's balance have dropped by exactly
// sum(value + gasUsed * effectiveGasPrice).
//
//   node tests/interop/transfers.mjs --rpc http://127.0.0.1:8545 --accounts HOME/dev-accounts.json
//        [--count 1000] [--window 48] [--timeout-s 300]
//
// Prints one JSON summary line. Exit status: 0 all checks passed, 1 a mismatch or a timeout,
// 2 bad arguments or an unreachable node.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { createPublicClient, createWalletClient, defineChain, getAddress, http } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

const mismatches_shown_max = 20;
const poll_interval_ms = 25;
const receipt_batch_max = 100;
const tip_wei = 1_000_000_000n; // 1 gwei priority fee
const value_wei_max = 1_000_000_000_000_000n; // 0.001 ether

function usage(message) {
  console.error(`transfers.mjs: ${message}`);
  console.error('usage: node transfers.mjs --rpc URL --accounts dev-accounts.json [--count N] [--window W] [--timeout-s S]');
  process.exit(2);
}

function positiveInt(name, text) {
  const n = Number.parseInt(text, 10);
  if (!Number.isSafeInteger(n) || n <= 0 || String(n) !== text) usage(`--${name} must be a positive integer`);
  return n;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function randomAddress() {
  return getAddress(`0x${randomBytes(20).toString('hex')}`);
}

function randomValue() {
  return (BigInt(`0x${randomBytes(8).toString('hex')}`) % value_wei_max) + 1n;
}

const { values: args } = parseArgs({
  options: {
    rpc: { type: 'string' },
    accounts: { type: 'string' },
    count: { type: 'string', default: '1000' },
    window: { type: 'string', default: '48' },
    'timeout-s': { type: 'string', default: '300' },
  },
  strict: true,
});
if (!args.rpc) usage('--rpc is required');
if (!args.accounts) usage('--accounts is required');
const count = positiveInt('count', args.count);
const window = positiveInt('window', args.window);
const deadline = Date.now() + positiveInt('timeout-s', args['timeout-s']) * 1000;

let keys;
try {
  keys = JSON.parse(readFileSync(args.accounts, 'utf8'));
} catch (e) {
  usage(`cannot read ${args.accounts}: ${e.message}`);
}
if (!Array.isArray(keys) || keys.length === 0) usage(`${args.accounts} lists no account`);
const viemVersion = JSON.parse(readFileSync(new URL('./node_modules/viem/package.json', import.meta.url), 'utf8')).version;

const mismatches = [];
function mismatch(text) {
  mismatches.push(text);
}

function checkDeadline(what) {
  if (Date.now() > deadline) throw new Error(`timed out ${what}`);
}

// --- Chain and clients -------------------------------------------------------------------------

const bootstrap = createPublicClient({ transport: http(args.rpc, { retryCount: 0 }) });
let chainId;
try {
  chainId = await bootstrap.getChainId();
} catch (e) {
  usage(`eth_chainId at ${args.rpc} failed: ${e.shortMessage ?? e.message}`);
}
const chain = defineChain({
  id: chainId,
  name: 'ordo-dev',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [args.rpc] } },
});
const publicClient = createPublicClient({ chain, transport: http(args.rpc, { batch: { batchSize: receipt_batch_max } }) });

// --- Plan: who sends what to whom --------------------------------------------------------------

const senders = keys.map((k) => {
  const account = privateKeyToAccount(k.privateKey);
  if (account.address.toLowerCase() !== String(k.address).toLowerCase()) usage(`key of ${k.address} derives ${account.address}`);
  // No retries: a resent transaction would come back as "already known" and blur the count.
  const wallet = createWalletClient({ account, chain, transport: http(args.rpc, { retryCount: 0 }) });
  return { account, wallet, transfers: [], startNonce: 0, startBalance: 0n };
});
const transfers = [];
for (let i = 0; i < count; ++i) {
  const sender = senders[i % senders.length];
  const t = { index: i, sender, to: randomAddress(), value: randomValue(), type: i % 2 === 0 ? 'legacy' : 'eip1559' };
  sender.transfers.push(t);
  transfers.push(t);
}

const latest = await publicClient.getBlock({ blockTag: 'latest' });
const baseFee = latest.baseFeePerGas;
if (typeof baseFee !== 'bigint') usage('the latest block has no baseFeePerGas');
// Twice the base fee plus the tip: room for the base fee to rise while the load runs.
const feeCap = baseFee * 2n + tip_wei;
await Promise.all(
  senders.map(async (s) => {
    s.startNonce = await publicClient.getTransactionCount({ address: s.account.address, blockTag: 'pending' });
    s.startBalance = await publicClient.getBalance({ address: s.account.address });
  }),
);

// --- Send ----------------------------------------------------------------------------------------

const started = Date.now();
async function runSender(s) {
  let nonce = s.startNonce;
  let confirmed = s.startNonce;
  for (const t of s.transfers) {
    while (nonce - confirmed >= window) {
      checkDeadline(`waiting for ${s.account.address} to confirm nonce ${confirmed}`);
      await sleep(poll_interval_ms);
      confirmed = await publicClient.getTransactionCount({ address: s.account.address, blockTag: 'latest' });
    }
    const fees = t.type === 'legacy' ? { gasPrice: feeCap } : { maxFeePerGas: feeCap, maxPriorityFeePerGas: tip_wei };
    t.nonce = nonce;
    t.fees = fees;
    t.hash = await s.wallet.sendTransaction({ to: t.to, value: t.value, nonce, gas: 21_000n, type: t.type, ...fees });
    ++nonce;
  }
}
const sendResults = await Promise.allSettled(senders.map(runSender));
const sentMs = Date.now() - started;
sendResults.forEach((r, i) => {
  if (r.status === 'rejected') mismatch(`sender ${senders[i].account.address}: ${r.reason?.shortMessage ?? r.reason?.message}`);
});

// --- Wait for every receipt ---------------------------------------------------------------------

let outstanding = transfers.filter((t) => t.hash);
try {
  while (outstanding.length > 0) {
    checkDeadline(`waiting for ${outstanding.length} receipts`);
    const batch = outstanding.slice(0, receipt_batch_max);
    const found = await Promise.all(
      batch.map((t) => publicClient.getTransactionReceipt({ hash: t.hash }).catch((e) => {
        if (e.name === 'TransactionReceiptNotFoundError') return null;
        throw e;
      })),
    );
    batch.forEach((t, k) => {
      t.receipt = found[k];
    });
    const pending = outstanding.filter((t) => !t.receipt);
    if (pending.length === outstanding.length) await sleep(poll_interval_ms * 4);
    outstanding = pending;
  }
} catch (e) {
  mismatch(e.shortMessage ?? e.message);
}
const confirmedMs = Date.now() - started;

// --- Check --------------------------------------------------------------------------------------

const blockBaseFees = new Map();
async function blockBaseFee(number) {
  if (!blockBaseFees.has(number)) {
    blockBaseFees.set(number, publicClient.getBlock({ blockNumber: number }).then((b) => b.baseFeePerGas));
  }
  return blockBaseFees.get(number);
}

const checked = transfers.filter((t) => t.receipt);
await Promise.all(
  checked.map(async (t) => {
    const r = t.receipt;
    const where = `transfer ${t.index} (${t.type}, ${t.hash})`;
    if (r.status !== 'success') mismatch(`${where}: status ${r.status}`);
    if (r.type !== t.type) mismatch(`${where}: receipt type ${r.type}`);
    if (r.from.toLowerCase() !== t.sender.account.address.toLowerCase()) mismatch(`${where}: from ${r.from}`);
    if (r.to?.toLowerCase() !== t.to.toLowerCase()) mismatch(`${where}: to ${r.to}`);
    if (r.gasUsed !== 21_000n) mismatch(`${where}: gasUsed ${r.gasUsed}`);
    const base = await blockBaseFee(r.blockNumber);
    const expectedPrice = t.type === 'legacy' ? t.fees.gasPrice : (base + tip_wei < feeCap ? base + tip_wei : feeCap);
    if (r.effectiveGasPrice !== expectedPrice) {
      mismatch(`${where}: effectiveGasPrice ${r.effectiveGasPrice}, expected ${expectedPrice} at base fee ${base}`);
    }
    const balance = await publicClient.getBalance({ address: t.to });
    if (balance !== t.value) mismatch(`${where}: recipient ${t.to} holds ${balance}, sent ${t.value}`);
  }),
);
await Promise.all(
  senders.map(async (s) => {
    const nonce = await publicClient.getTransactionCount({ address: s.account.address, blockTag: 'latest' });
    const expectedNonce = s.startNonce + s.transfers.length;
    if (nonce !== expectedNonce) mismatch(`sender ${s.account.address}: latest nonce ${nonce}, expected ${expectedNonce}`);
    const spent = s.transfers.reduce((sum, t) => sum + (t.receipt ? t.value + t.receipt.gasUsed * t.receipt.effectiveGasPrice : 0n), 0n);
    const balance = await publicClient.getBalance({ address: s.account.address });
    if (s.startBalance - balance !== spent) {
      mismatch(`sender ${s.account.address}: balance fell by ${s.startBalance - balance}, receipts account for ${spent}`);
    }
  }),
);
if (checked.length !== count) mismatch(`${count - checked.length} of ${count} transfers have no receipt`);

const blocks = new Set(checked.map((t) => t.receipt.blockNumber));
const summary = {
  ok: mismatches.length === 0,
  viem: viemVersion,
  chainId,
  transfers: count,
  confirmed: checked.length,
  legacy: transfers.filter((t) => t.type === 'legacy').length,
  eip1559: transfers.filter((t) => t.type === 'eip1559').length,
  senders: senders.length,
  blocks: blocks.size,
  sendMs: sentMs,
  confirmMs: confirmedMs,
  confirmedPerSecond: Math.round((checked.length * 1000) / Math.max(1, confirmedMs)),
  mismatches: mismatches.length,
  firstMismatches: mismatches.slice(0, mismatches_shown_max),
};
console.log(JSON.stringify(summary));
process.exit(summary.ok ? 0 : 1);
