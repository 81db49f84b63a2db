// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.238482353823) q[0];
rx(pi*-0.131165662674) q[1];
rx(pi*0.014491136858) q[2];
rx(pi*-0.005052842325) q[3];
rx(pi*-0.022903014041) q[4];
rx(pi*-0.001516084698) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.463510411292) q[0];
rx(pi*-0.074648560395) q[1];
rx(pi*0.049835635735) q[2];
rx(pi*-0.012180820628) q[3];
rx(pi*-0.020778910586) q[4];
rx(pi*0.001971848044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.150834008217) q[0];
rx(pi*-0.035870360596) q[1];
rx(pi*0.000517584191) q[2];
rx(pi*-0.002289199117) q[3];
rx(pi*-0.020896973252) q[4];
rx(pi*0.00099070923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.472257455107) q[0];
rx(pi*-0.12475018931) q[1];
rx(pi*0.05434323805) q[2];
rx(pi*-0.010582625138) q[3];
rx(pi*-0.018518798618) q[4];
rx(pi*-0.002946474239) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.180404572292) q[0];
rx(pi*-0.134303337742) q[1];
rx(pi*0.010538951059) q[2];
rx(pi*0.001510644708) q[3];
rx(pi*-0.011322182843) q[4];
rx(pi*-0.000664392793) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
