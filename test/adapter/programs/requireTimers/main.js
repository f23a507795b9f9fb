require('./later');
debugger;
