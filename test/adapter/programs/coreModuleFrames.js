const EventEmitter = require('events');
const door = new EventEmitter();
door.on('open', function greet(who) {
  debugger;
  return who;
});
door.emit('open', 'learner');
