// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.011313241936) q[0];
rx(pi*-0.052940440518) q[1];
rx(pi*-0.050973858301) q[2];
rx(pi*0.008698292747) q[3];
rx(pi*0.016971872236) q[4];
rx(pi*0.031576742416) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.050123034917) q[0];
rx(pi*0.016944183883) q[1];
rx(pi*-0.05186273153) q[2];
rx(pi*0.031614045209) q[3];
rx(pi*0.011254620889) q[4];
rx(pi*-0.00977776205) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.051297462229) q[0];
rx(pi*-0.001014943729) q[1];
rx(pi*-0.026354225623) q[2];
rx(pi*0.156436565748) q[3];
rx(pi*-0.027772037714) q[4];
rx(pi*0.165664625635) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.007611606093) q[0];
rx(pi*0.016593413352) q[1];
rx(pi*-0.047023599422) q[2];
rx(pi*-0.049787013326) q[3];
rx(pi*-0.046594331519) q[4];
rx(pi*0.024155542669) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.034089844116) q[0];
rx(pi*0.00270916904) q[1];
rx(pi*0.002915058926) q[2];
rx(pi*0.000311387998) q[3];
rx(pi*-0.00892279312) q[4];
rx(pi*-0.002117070198) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
