// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002120526943) q[0];
rz(pi*0.003296964625) q[1];
rz(pi*-0.003520813107) q[2];
rz(pi*0.004532273706) q[3];
rz(pi*-0.002866757571) q[4];
rz(pi*-0.00481435459) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003038305006) q[0];
rz(pi*0.000493136138) q[1];
rz(pi*-0.001024122018) q[2];
rz(pi*0.001402172025) q[3];
rz(pi*0.001577706701) q[4];
rz(pi*0.001012884296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00081005836) q[0];
rz(pi*0.005774506357) q[1];
rz(pi*-0.007053653157) q[2];
rz(pi*-0.00552040494) q[3];
rz(pi*-0.00161338436) q[4];
rz(pi*-0.003995381113) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008135660064) q[0];
rz(pi*-0.002530588645) q[1];
rz(pi*-0.002384750321) q[2];
rz(pi*-0.007793750992) q[3];
rz(pi*0.002733396646) q[4];
rz(pi*0.00413530068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003928899716) q[0];
rz(pi*-0.001618194248) q[1];
rz(pi*0.000469742147) q[2];
rz(pi*-0.003567670457) q[3];
rz(pi*0.000657047004) q[4];
rz(pi*-0.002146038026) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
