// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.012454648366) q[0];
rx(pi*-0.105873823173) q[1];
rx(pi*0.126718365237) q[2];
rx(pi*0.047850445996) q[3];
rx(pi*0.288637115918) q[4];
rx(pi*-0.034820254585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007123372669) q[0];
rx(pi*0.005992965096) q[1];
rx(pi*-0.014150820311) q[2];
rx(pi*-0.000531261985) q[3];
rx(pi*0.048791242893) q[4];
rx(pi*-0.018951729447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.11370303186) q[0];
rx(pi*-0.028583955107) q[1];
rx(pi*-0.006218439008) q[2];
rx(pi*0.040958633341) q[3];
rx(pi*-0.005633490224) q[4];
rx(pi*-0.135345691014) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.238720461807) q[0];
rx(pi*0.093912738981) q[1];
rx(pi*0.029968650267) q[2];
rx(pi*0.003049493294) q[3];
rx(pi*-0.026021820711) q[4];
rx(pi*-0.083550289022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.127290583308) q[0];
rx(pi*-0.044549856686) q[1];
rx(pi*0.160268207008) q[2];
rx(pi*-0.078327717683) q[3];
rx(pi*-0.067920122071) q[4];
rx(pi*0.002119597279) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
