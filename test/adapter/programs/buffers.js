// Buffers in the Variables pane: they read as Node's console.log prints them.
const greeting = Buffer.from('hi');
const zeros = Buffer.alloc(60);
const bytes = new Uint8Array([104, 105]);
debugger;
console.log(greeting, zeros.length, bytes.length);
